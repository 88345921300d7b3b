import personnummerModule from 'personnummer';
import { unprocessable } from '../errors.js';

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

const RESERVE_PATTERN = /^[A-Z0-9][A-Z0-9-]{3,19}$/;
const OLDEST_BIRTH_YEAR = 1880;

export function parseIdNumber(input: string, options: { reserve?: boolean; today?: Date } = {}): IdNumber {
  const trimmed = input.trim();
  if (options.reserve) return parseReserveNumber(trimmed);
  if (!/^\d{6}(\d{2})?[-+]?\d{4}$/.test(trimmed)) {
    throw invalid('format', {
      sv: 'Personnumret ska skrivas som ÅÅÅÅMMDD-NNNN (12 siffror) eller ÅÅMMDD-NNNN.',
      en: 'The identity number must be written as YYYYMMDD-NNNN (12 digits) or YYMMDD-NNNN.',
    });
  }
  // The library checks the Luhn digit and that the date exists (with day + 60 for samordningsnummer).
  if (!Personnummer.valid(trimmed)) {
    throw invalid('checksum_or_date', {
      sv: 'Personnumret är inte giltigt: kontrollsiffran eller datumet stämmer inte.',
      en: 'The identity number is not valid: the check digit or the date is wrong.',
    });
  }
  const parsed = Personnummer.parse(trimmed);
  const value = parsed.format(true).replace(/\D/g, '');
  const coordination = parsed.isCoordinationNumber();
  const year = Number(value.slice(0, 4));
  const month = value.slice(4, 6);
  const day = Number(value.slice(6, 8)) - (coordination ? 60 : 0);
  const birthDate = `${year}-${month}-${String(day).padStart(2, '0')}`;
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  if (birthDate > today || year < OLDEST_BIRTH_YEAR) {
    throw invalid('date_out_of_range', {
      sv: 'Födelsedatumet i personnumret ligger i framtiden eller orimligt långt bak i tiden.',
      en: 'The date of birth in the identity number is in the future or implausibly far back.',
    });
  }
  return {
    kind: coordination ? 'samordningsnummer' : 'personnummer',
    value,
    birthDate,
    sex: parsed.isFemale() ? 'female' : 'male',
  };
}

function parseReserveNumber(input: string): IdNumber {
  const value = input.toUpperCase();
  if (!RESERVE_PATTERN.test(value)) {
    throw invalid('reserve_format', {
      sv: 'Reservnumret ska vara 4–20 tecken: bokstäver A–Z, siffror och bindestreck.',
      en: 'A reserve number is 4–20 characters: letters A–Z, digits and hyphens.',
    });
  }
  return { kind: 'reservnummer', value, birthDate: null, sex: null };
}

/** The form people read: YYYYMMDD-NNNN for national numbers, the reserve number as issued. */
export function formatIdNumber(kind: IdKind, value: string): string {
  return kind === 'reservnummer' ? value : `${value.slice(0, 8)}-${value.slice(8)}`;
}

function invalid(reason: string, text: { sv: string; en: string }) {
  return unprocessable('invalid_id_number', text, { field: 'idNumber', reason });
}
