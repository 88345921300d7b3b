import personnummerModule from 'personnummer';
import { unprocessable, type LocalisedText } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { identityRefusalsEn } from '../../shared/words/identityRefusals.en.js';
import { identityRefusalsSv } from '../../shared/words/identityRefusals.sv.js';
import { stockholmDate } from '../time/stockholm.js';

/**
 * Swedish identity numbers: personnummer, samordningsnummer (day of birth + 60) and the reserve numbers that
 * care providers issue to persons not yet identified.
 */
export type IdKind = 'personnummer' | 'samordningsnummer' | 'reservnummer';

export interface IdNumber {
  kind: IdKind;
  /** Twelve digits for personnummer and samordningsnummer; upper-case for reserve numbers. */
  value: string;
  /** ISO date, known for personnummer and samordningsnummer. */
  birthDate: string | null;
  sex: 'female' | 'male' | null;
}

// The package is CommonJS whose typings declare an ES default export; at run time the import is the class itself.
const Personnummer = personnummerModule as unknown as typeof personnummerModule.default;

const RESERVE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{3,19}$/;
const OLDEST_BIRTH_YEAR = 1880;
const words = { sv: identityRefusalsSv, en: identityRefusalsEn };

export function parseIdNumber(input: string, options: { reserve?: boolean; today?: Date } = {}): IdNumber {
  const trimmed = input.trim();
  if (options.reserve) return parseReserveNumber(trimmed);
  if (!/^\d{6}(\d{2})?[-+]?\d{4}$/.test(trimmed)) {
    throw invalid(
      'format',
      bothLanguages(words, (said) => said.format),
    );
  }
  const today = stockholmDate(options.today);
  const twelveDigits = withCentury(trimmed, today);
  // The library checks the Luhn digit and that the date exists (with day + 60 for samordningsnummer).
  if (!Personnummer.valid(twelveDigits)) {
    throw invalid(
      'checksum_or_date',
      bothLanguages(words, (said) => said.checksumOrDate),
    );
  }
  const parsed = Personnummer.parse(twelveDigits);
  const value = parsed.format(true).replace(/\D/g, '');
  const coordination = parsed.isCoordinationNumber();
  const year = Number(value.slice(0, 4));
  const month = value.slice(4, 6);
  const day = Number(value.slice(6, 8)) - (coordination ? 60 : 0);
  const birthDate = `${year}-${month}-${String(day).padStart(2, '0')}`;
  if (birthDate > today || year < OLDEST_BIRTH_YEAR) {
    throw invalid(
      'date_out_of_range',
      bothLanguages(words, (said) => said.dateOutOfRange),
    );
  }
  return {
    kind: coordination ? 'samordningsnummer' : 'personnummer',
    value,
    birthDate,
    sex: parsed.isFemale() ? 'female' : 'male',
  };
}

/**
 * The twelve digits of a number written with or without century. A ten-digit number belongs to the latest
 * century in which the date is not in the future. With `+`, written from the start of the year a person turns
 * 100, it is the latest year with those two digits at least a hundred years back.
 * The library guesses from the year alone and from the machine's clock, which fails for those turning 100 later
 * this year and for any other "today".
 */
function withCentury(input: string, today: string): string {
  const digits = input.replace(/[-+]/g, '');
  if (digits.length === 12) return digits;
  const yy = Number(digits.slice(0, 2));
  const monthDay = digits.slice(2, 4) + String(Number(digits.slice(4, 6)) % 60).padStart(2, '0');
  const thisYear = Number(today.slice(0, 4));
  const latestYearEndingIn = (limit: number) => limit - ((((limit - yy) % 100) + 100) % 100);
  // '+' is written from the start of the year a person turns 100, so it is decided by the year alone.
  if (input.includes('+')) return `${String(latestYearEndingIn(thisYear - 100)).slice(0, 2)}${digits}`;
  let year = latestYearEndingIn(thisYear);
  if (`${year}${monthDay}` > today.replace(/-/g, '')) year -= 100;
  return `${String(year).slice(0, 2)}${digits}`;
}

function parseReserveNumber(input: string): IdNumber {
  // Checked before upper-casing: 'ß'.toUpperCase() is 'SS', and only A–Z may pass.
  if (!RESERVE_PATTERN.test(input)) {
    throw invalid(
      'reserve_format',
      bothLanguages(words, (said) => said.reserveFormat),
    );
  }
  const value = input.toUpperCase();
  return { kind: 'reservnummer', value, birthDate: null, sex: null };
}

/** The form people read: YYYYMMDD-NNNN for national numbers, the reserve number as issued. */
export function formatIdNumber(kind: IdKind, value: string): string {
  return kind === 'reservnummer' ? value : `${value.slice(0, 8)}-${value.slice(8)}`;
}

function invalid(reason: string, text: LocalisedText) {
  return unprocessable('invalid_id_number', text, { field: 'idNumber', reason });
}
