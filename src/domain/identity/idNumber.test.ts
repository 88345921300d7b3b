import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../errors.js';
import { formatIdNumber, parseIdNumber } from './idNumber.js';
import type { IdNumber } from './idNumber.js';
import { refusal } from '../refusal.testing.js';
// The check digit computed independently of the module and its library.
import { luhn } from '../../../test/support/luhn.js';

/** A fixed "now" so that the tests do not depend on the day they run. */
const NOW = new Date('2026-11-27T12:00:00Z');
const TODAY = '2026-11-27';
const opts = { today: NOW };

/**
 * Builds a twelve-digit number from a birth date written YYYY-MM-DD and a three-digit serial; `coordination` adds
 * 60 to the day. The date is only split, never checked, so impossible dates can be built as well.
 */
function build(isoDate: string, serial: string, coordination = false): string {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  const dd = String(Number(day) + (coordination ? 60 : 0)).padStart(2, '0');
  const nine = `${year.slice(2)}${month}${dd}${serial}`;
  return `${year}${month}${dd}${serial}${luhn(nine)}`;
}

const twelve = (value: string, sep = '-') => `${value.slice(0, 8)}${sep}${value.slice(8)}`;
const ten = (value: string, sep = '-') => `${value.slice(2, 8)}${sep}${value.slice(8)}`;

function expectRefused(input: string, reason: string, options: Parameters<typeof parseIdNumber>[1] = opts) {
  const error = refusal(() => parseIdNumber(input, options));
  expect(error.kind).toBe('unprocessable');
  expect(error.code).toBe('invalid_id_number');
  expect(error.details).toEqual({ field: 'idNumber', reason });
  expect(error.text.sv.trim()).not.toBe('');
  expect(error.text.en.trim()).not.toBe('');
  expect(error.message).toBe(error.text.en);
  return error;
}

/** The UTC calendar day of a generated date (fast-check's bounds below are UTC midnights). */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** An instant whose Stockholm calendar day is `iso` (noon UTC is 13:00 or 14:00 in Stockholm). */
const noonOf = (iso: string) => new Date(`${iso}T12:00:00Z`);
const serialOf = (n: number) => String(n).padStart(3, '0');
const sexOf = (serial: string): IdNumber['sex'] => (Number(serial[2]) % 2 === 1 ? 'male' : 'female');

describe('the helpers of this test', () => {
  it('compute the check digit of well-known test numbers', () => {
    // Skatteverket's published example and the library's own test number.
    expect(luhn('811218987')).toBe(6);
    expect(luhn('121212121')).toBe(2);
    expect(luhn('701063239')).toBe(1);
    expect(build('1912-12-12', '121')).toBe('191212121212');
    expect(build('1970-10-03', '239', true)).toBe('197010632391');
  });
});

describe('parseIdNumber: personnummer', () => {
  const expectedResult: IdNumber = {
    kind: 'personnummer',
    value: '191212121212',
    birthDate: '1912-12-12',
    sex: 'male',
  };

  it.each(['19121212-1212', '191212121212', '19121212+1212', '  19121212-1212\n', '\t191212121212 '])(
    'accepts the 12-digit form %j',
    (input) => {
      expect(parseIdNumber(input, opts)).toEqual(expectedResult);
    },
  );

  it('accepts a 10-digit form with "+" for a person of 100 years or more', () => {
    expect(parseIdNumber('121212+1212', opts)).toEqual(expectedResult);
  });

  it('accepts Skatteverket’s published example in all its forms', () => {
    const expected: IdNumber = {
      kind: 'personnummer',
      value: '198112189876',
      birthDate: '1981-12-18',
      sex: 'male',
    };
    for (const input of ['811218-9876', '8112189876', '19811218-9876', '198112189876']) {
      expect(parseIdNumber(input, opts)).toEqual(expected);
    }
  });

  it('reads the sex from the third digit of the serial, not from the check digit', () => {
    const female = build('1950-06-15', '386');
    const male = build('1950-06-15', '383');
    expect(parseIdNumber(female, opts).sex).toBe('female');
    expect(parseIdNumber(male, opts).sex).toBe('male');
    // Check digits with the other parity than the serial.
    expect(female.slice(-1)).toBe('9');
    expect(male.slice(-1)).toBe('6');
  });

  it('accepts the oldest and the youngest possible person', () => {
    expect(parseIdNumber(build('1880-01-01', '123'), opts).birthDate).toBe('1880-01-01');
    expect(parseIdNumber(build(TODAY, '123'), opts).birthDate).toBe(TODAY);
  });

  it('accepts 29 February in a leap year, also in 2000', () => {
    expect(parseIdNumber(build('2000-02-29', '246'), opts).birthDate).toBe('2000-02-29');
    expect(parseIdNumber(build('1904-02-29', '246'), opts).birthDate).toBe('1904-02-29');
  });

  it('takes "reserve: false" as a national number', () => {
    expect(parseIdNumber('19121212-1212', { reserve: false, today: NOW })).toEqual(expectedResult);
  });
});

describe('parseIdNumber: samordningsnummer', () => {
  it('accepts Skatteverket’s example 701063-2391 (born 3 October 1970) in all its forms', () => {
    const expected: IdNumber = {
      kind: 'samordningsnummer',
      value: '197010632391',
      birthDate: '1970-10-03',
      sex: 'male',
    };
    for (const input of ['701063-2391', '7010632391', '19701063-2391', '197010632391', '19701063+2391']) {
      expect(parseIdNumber(input, opts)).toEqual(expected);
    }
  });

  it('gives the birth date without the 60 and the sex from the serial', () => {
    const value = build('2001-02-28', '242', true);
    expect(value.slice(6, 8)).toBe('88');
    expect(parseIdNumber(value, opts)).toEqual({
      kind: 'samordningsnummer',
      value,
      birthDate: '2001-02-28',
      sex: 'female',
    });
  });

  it.each([
    ['the first of a month (day 61)', '1990-01-01'],
    ['the 31st of a month (day 91)', '1990-01-31'],
    ['29 February in a leap year (day 89)', '2000-02-29'],
  ])('accepts %s', (_what, iso) => {
    const parsed = parseIdNumber(build(iso, '135', true), opts);
    expect(parsed.kind).toBe('samordningsnummer');
    expect(parsed.birthDate).toBe(iso);
  });

  it('is a personnummer with the same date and serial, told apart only by the day', () => {
    const person = parseIdNumber(build('1990-05-17', '135'), opts);
    const coordinated = parseIdNumber(build('1990-05-17', '135', true), opts);
    expect(person.kind).toBe('personnummer');
    expect(coordinated.kind).toBe('samordningsnummer');
    expect(coordinated.birthDate).toBe(person.birthDate);
    expect(coordinated.sex).toBe(person.sex);
  });
});

describe('parseIdNumber: refusals of the number itself', () => {
  it.each([['19121212-1213'], ['191212121210'], ['121212-1211'], ['811218-9870'], ['701063-2392']])(
    'refuses %s with a wrong check digit',
    (input) => {
      const error = expectRefused(input, 'checksum_or_date');
      expect(error.text.en).toMatch(/check digit/);
    },
  );

  it.each([
    ['30 February', '2023-02-30'],
    ['29 February in a common year', '2023-02-29'],
    ['29 February 1900 (not a leap year)', '1900-02-29'],
    ['31 April', '2023-04-31'],
    ['month 00', '2023-00-10'],
    ['month 13', '2023-13-10'],
    ['day 00', '2023-05-00'],
    ['day 32', '2023-05-32'],
    ['day 60 (a samordningsnummer for day 0)', '2023-05-60'],
    ['day 92 (a samordningsnummer for day 32)', '2023-05-92'],
    ['day 91 in April (a samordningsnummer for 31 April)', '2023-04-91'],
    ['day 89 in February of a common year', '2023-02-89'],
  ])('refuses an impossible date: %s', (_what, iso) => {
    const value = build(iso, '123');
    expect(value).toMatch(/^\d{12}$/);
    expectRefused(value, 'checksum_or_date');
    expectRefused(twelve(value), 'checksum_or_date');
  });

  it('refuses 20230230 with the right check digit in its 10-digit forms too', () => {
    const value = build('2023-02-30', '123');
    expect(value.slice(0, 8)).toBe('20230230');
    expectRefused(ten(value), 'checksum_or_date');
    expectRefused(ten(value, ''), 'checksum_or_date');
  });

  it('refuses the serial 000, which is never issued', () => {
    expectRefused(build('1990-05-17', '000'), 'checksum_or_date');
  });

  it.each([
    ['tomorrow', '2026-11-28'],
    ['next year', '2027-01-01'],
    ['far in the future', '2099-12-31'],
    ['before 1880', '1879-12-31'],
    ['in the 1800s', '1812-06-01'],
  ])('refuses a birth date %s', (_what, iso) => {
    const error = expectRefused(build(iso, '123'), 'date_out_of_range');
    expect(error.text.en).toMatch(/future|far back/);
    expectRefused(build(iso, '123', true), 'date_out_of_range');
  });

  it('refuses a 10-digit "+" number that would be born before 1880', () => {
    const value = build('1879-12-31', '123');
    expectRefused(ten(value, '+'), 'date_out_of_range');
  });

  it('decides "future" by options.today', () => {
    const value = build('2028-01-05', '123');
    expectRefused(value, 'date_out_of_range');
    expect(parseIdNumber(value, { today: noonOf('2028-01-05') }).birthDate).toBe('2028-01-05');
    expectRefused(value, 'date_out_of_range', { today: noonOf('2028-01-04') });
  });

  it('gives each reason its own text', () => {
    const texts = [
      expectRefused('abc', 'format').text,
      expectRefused('19121212-1213', 'checksum_or_date').text,
      expectRefused(build('2099-01-01', '123'), 'date_out_of_range').text,
      expectRefused('x', 'reserve_format', { reserve: true }).text,
    ];
    expect(new Set(texts.map((text) => text.sv)).size).toBe(texts.length);
    expect(new Set(texts.map((text) => text.en)).size).toBe(texts.length);
  });
});

describe('parseIdNumber: format errors', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['letters', 'abcdefgh-ijkl'],
    ['too short', '19121212-121'],
    ['too long', '19121212-12120'],
    ['11 digits', '12121212121'],
    ['13 digits', '1912121212120'],
    ['8 digits', '19121212'],
    ['9 digits before the serial', '191212120-1212'],
    ['space as separator', '19121212 1212'],
    ['en dash as separator', '19121212–1212'],
    ['two separators', '19121212--1212'],
    ['both separators', '121212-+1212'],
    ['separators in the date', '1912-12-12-1212'],
    ['separator at the wrong place', '1912121-21212'],
    ['separator at the start', '-1912121212'],
    ['separator at the end', '191212121212-'],
    ['a sign in front', '+19121212-1212'],
    ['a line break inside', '121212\n1212'],
    ['full-width digits', '１９１２１２１２-１２１２'],
    ['Arabic-Indic digits', '١٢١٢١٢-١٢١٢'],
    ['a letter in the serial', '19121212-12A2'],
    ['an interim number (letter in the serial)', '19121212-T212'],
    ['a reserve number', 'RES-12345'],
  ])('refuses a format error (%s)', (_what, input) => {
    const error = expectRefused(input, 'format');
    expect(error.text.sv).toContain('ÅÅÅÅMMDD-NNNN');
    expect(error.text.en).toContain('YYYYMMDD-NNNN');
  });
});

describe('parseIdNumber: the century of a 10-digit number', () => {
  it.each(['121212-1212', '1212121212'])('reads %s as born in this century', (input) => {
    expect(parseIdNumber(input, opts)).toEqual({
      kind: 'personnummer',
      value: '201212121212',
      birthDate: '2012-12-12',
      sex: 'male',
    });
  });

  it('reads a year after this year’s two digits as last century', () => {
    const value = build('1950-06-15', '384');
    expect(parseIdNumber(ten(value), opts)).toEqual({
      kind: 'personnummer',
      value,
      birthDate: '1950-06-15',
      sex: 'female',
    });
    expect(parseIdNumber(ten(value, ''), opts).value).toBe(value);
  });

  it('reads this year’s two digits as this year up to today and as a hundred years ago after it', () => {
    expect(parseIdNumber(ten(build('2026-01-01', '123')), opts).birthDate).toBe('2026-01-01');
    expect(parseIdNumber(ten(build(TODAY, '123')), opts).birthDate).toBe(TODAY);
    expect(parseIdNumber(ten(build('1926-11-28', '123')), opts).birthDate).toBe('1926-11-28');
  });

  it('reads a 99-year-old whose birthday is later this year in the right century', () => {
    const value = build('1926-12-24', '123');
    expect(ten(value)).toBe('261224-1238');
    expect(parseIdNumber('261224-1238', opts)).toEqual({
      kind: 'personnummer',
      value: '192612241238',
      birthDate: '1926-12-24',
      sex: 'male',
    });
    expect(parseIdNumber('2612241238', opts).birthDate).toBe('1926-12-24');
  });

  // Skatteverket (18 § andra stycket folkbokföringslagen): the "-" becomes "+" in the calendar year the person
  // turns 100, so in November 2026 the register writes 261224+1238 for this person.
  it('reads the "+" form of a person who turns 100 later this year', () => {
    expect(parseIdNumber('261224+1238', opts).birthDate).toBe('1926-12-24');
  });

  it('reads "+" as a hundred years earlier than "-"', () => {
    const value = build('1920-03-04', '011');
    expect(parseIdNumber(ten(value, '+'), opts).birthDate).toBe('1920-03-04');
    const younger = build('2020-03-04', '011');
    expect(younger.slice(2)).toBe(value.slice(2));
    expect(parseIdNumber(ten(value, '-'), opts).birthDate).toBe('2020-03-04');
    expect(parseIdNumber(ten(value, ''), opts).value).toBe(younger);
  });

  it('reads the century relative to options.today', () => {
    const value = build('2028-01-05', '123');
    expect(ten(value)).toBe('280105-1232');
    const in2030 = new Date('2030-06-01T12:00:00Z');
    expect(parseIdNumber('280105-1232', { today: in2030 })).toEqual({
      kind: 'personnummer',
      value: '202801051232',
      birthDate: '2028-01-05',
      sex: 'male',
    });
    expect(parseIdNumber('280105+1232', { today: in2030 }).birthDate).toBe('1928-01-05');
    expect(parseIdNumber('280105-1232', opts).birthDate).toBe('1928-01-05');
  });

  it('compares the real day of a samordningsnummer, not the day + 60, with today', () => {
    // Born 10 November 2026: day 70 is "after" 27 November, day 10 is not.
    const value = build('2026-11-10', '135', true);
    expect(parseIdNumber(ten(value), opts)).toEqual({
      kind: 'samordningsnummer',
      value,
      birthDate: '2026-11-10',
      sex: 'male',
    });
    expect(parseIdNumber(ten(build('1926-12-24', '135', true)), opts).birthDate).toBe('1926-12-24');
  });

  it('reads 29 February with "+" from a century without it as impossible', () => {
    const value = build('2000-02-29', '123');
    expect(parseIdNumber(ten(value), opts).birthDate).toBe('2000-02-29');
    expectRefused(ten(value, '+'), 'checksum_or_date');
  });

  it('takes today as the date in Stockholm: a child born just after midnight is accepted', () => {
    // 22:30 UTC on 30 April; in Stockholm it is already 1 May.
    const justAfterMidnight = new Date('2024-05-01T00:30:00+02:00');
    const value = build('2024-05-01', '123');
    expect(parseIdNumber(value, { today: justAfterMidnight }).birthDate).toBe('2024-05-01');
    expect(parseIdNumber(ten(value), { today: justAfterMidnight }).birthDate).toBe('2024-05-01');
    expectRefused(build('2024-05-02', '123'), 'date_out_of_range', { today: justAfterMidnight });
    expect(parseIdNumber(ten(build('2024-05-02', '123')), { today: justAfterMidnight }).birthDate).toBe(
      '1924-05-02',
    );
  });

  it('takes today as the date in Stockholm in winter time too (UTC+1)', () => {
    const newYearsNight = new Date('2024-01-01T00:30:00+01:00');
    const value = build('2024-01-01', '123');
    expect(parseIdNumber(ten(value), { today: newYearsNight }).birthDate).toBe('2024-01-01');
    const lateOnNewYearsEve = new Date('2023-12-31T23:30:00+01:00');
    expectRefused(value, 'date_out_of_range', { today: lateOnNewYearsEve });
    expect(parseIdNumber(ten(value), { today: lateOnNewYearsEve }).birthDate).toBe('1924-01-01');
  });

  it('property: the 10-digit form with "-" or none gives the same result as the 12-digit form (under 100)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1926-11-28T00:00:00Z'), max: NOW, noInvalidDate: true }),
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        fc.constantFrom('-', ''),
        (date, serialNumber, coordination, sep) => {
          const value = build(isoDay(date), serialOf(serialNumber), coordination);
          const parsed = parseIdNumber(ten(value, sep), opts);
          expect(parsed).toEqual(parseIdNumber(value, opts));
          expect(parsed.value).toBe(value);
        },
      ),
    );
  });

  it('property: the 10-digit form with "+" reads a person of 100 years or more', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1880-01-01T00:00:00Z'),
          max: new Date('1926-11-27T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        (date, serialNumber, coordination) => {
          const value = build(isoDay(date), serialOf(serialNumber), coordination);
          expect(parseIdNumber(ten(value, '+'), opts)).toEqual(parseIdNumber(value, opts));
        },
      ),
    );
  });

  it('property: for any today, "-" reads the last hundred years, "+" the hundred before, and no future date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1980-01-01T00:00:00Z'),
          max: new Date('2150-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.date({
          min: new Date('1880-01-01T00:00:00Z'),
          max: new Date('2150-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        (todayDate, birth, serialNumber, coordination) => {
          const today = isoDay(todayDate);
          const born = isoDay(birth);
          const yearsBefore = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
          // "+" is decided by the year alone, so it reaches back to the year 199 years before this one.
          fc.pre(Number(born.slice(0, 4)) > Number(today.slice(0, 4)) - 200);
          const options = { today: noonOf(today) };
          const value = build(born, serialOf(serialNumber), coordination);
          if (born > today) {
            expectRefused(value, 'date_out_of_range', options);
            // The 10-digit form is then read in an earlier century (or refused, e.g. for 29 February 1900).
            let reading: string | null = null;
            try {
              reading = parseIdNumber(ten(value), options).birthDate;
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
            }
            if (reading !== null) {
              expect(reading <= today).toBe(true);
              expect(reading.slice(2)).toBe(born.slice(2));
            }
          } else if (born > yearsBefore(100)) {
            expect(parseIdNumber(ten(value), options).birthDate).toBe(born);
            expect(parseIdNumber(value, options).birthDate).toBe(born);
          } else {
            expect(parseIdNumber(ten(value, '+'), options).birthDate).toBe(born);
            expect(parseIdNumber(value, options).birthDate).toBe(born);
          }
        },
      ),
    );
  });
});

describe('parseIdNumber: the clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ignores the machine’s clock when options.today is given', () => {
    vi.setSystemTime(new Date('2095-06-01T12:00:00Z'));
    expect(parseIdNumber('280105-1232', opts).birthDate).toBe('1928-01-05');
    expect(parseIdNumber('121212+1212', opts).birthDate).toBe('1912-12-12');
    expect(parseIdNumber(build(TODAY, '123'), opts).birthDate).toBe(TODAY);
    vi.setSystemTime(new Date('1990-06-01T12:00:00Z'));
    expect(parseIdNumber('121212-1212', opts).birthDate).toBe('2012-12-12');
  });

  it('uses the machine’s clock in Stockholm when options.today is not given', () => {
    vi.setSystemTime(new Date('2030-06-01T12:00:00Z'));
    expect(parseIdNumber('280105-1232').birthDate).toBe('2028-01-05');
    vi.setSystemTime(new Date('2024-04-30T22:30:00Z'));
    expect(parseIdNumber(build('2024-05-01', '123')).birthDate).toBe('2024-05-01');
    expectRefused(build('2024-05-02', '123'), 'date_out_of_range', {});
  });
});

describe('parseIdNumber: reserve numbers', () => {
  const reserve = { reserve: true };

  it.each([
    ['RES-12345', 'RES-12345'],
    ['res-12345', 'RES-12345'],
    ['Res-ab-9', 'RES-AB-9'],
    ['  ab12 ', 'AB12'],
    ['0000', '0000'],
    ['ABC-', 'ABC-'],
    ['A'.repeat(20), 'A'.repeat(20)],
    ['z'.repeat(20), 'Z'.repeat(20)],
  ])('accepts %j as %j', (input, value) => {
    expect(parseIdNumber(input, reserve)).toEqual({
      kind: 'reservnummer',
      value,
      birthDate: null,
      sex: null,
    });
  });

  it.each([
    ['too short', 'AB1'],
    ['too short with a hyphen', 'X-'],
    ['too long', 'A'.repeat(21)],
    ['too long in lower case', 'a'.repeat(21)],
    ['starts with a hyphen', '-ABC1'],
    ['inner space', 'AB 12'],
    ['Swedish letters', 'ÅÄÖ12'],
    ['Swedish letters in lower case', 'åäö12'],
    ['underscore', 'AB_12'],
    ['a slash', 'AB/12'],
    ['empty', ''],
    ['only spaces', '    '],
    ['an eszett (upper case SS)', 'straße1'],
    ['dotless i (upper case I)', 'ıııı'],
    ['long s (upper case S)', 'ſtop1'],
    ['an fi ligature (upper case FI)', 'ﬁle12'],
    ['full-width letters', 'ＲＥＳ１２'],
  ])('refuses a reserve number that is %s', (_what, input) => {
    const error = expectRefused(input, 'reserve_format', reserve);
    expect(error.text.sv).toMatch(/Reservnumret/);
    expect(error.text.en).toMatch(/reserve number/);
  });

  it('checks the characters before upper-casing', () => {
    // Each of these upper-cases to something the pattern would accept.
    for (const input of ['straße1', 'ıııı', 'ſtop1', 'ﬁle12']) {
      expect(input.toUpperCase()).toMatch(/^[A-Z0-9][A-Z0-9-]{3,19}$/);
      expectRefused(input, 'reserve_format', reserve);
    }
  });

  it('takes a personnummer-shaped input as a reserve number when asked to', () => {
    expect(parseIdNumber('19121212-1212', reserve)).toEqual({
      kind: 'reservnummer',
      value: '19121212-1212',
      birthDate: null,
      sex: null,
    });
    // Even one with a wrong check digit or a future date: a reserve number is not a personnummer.
    expect(parseIdNumber('20991231-1213', { reserve: true, today: NOW }).value).toBe('20991231-1213');
  });

  it('refuses what a reserve number cannot be, even in the shape of a personnummer', () => {
    expectRefused('19121212+1212', 'reserve_format', reserve);
  });

  it('property: accepts exactly the pattern, upper-cased', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{3,19}$/), (input) => {
        expect(parseIdNumber(input, reserve)).toEqual({
          kind: 'reservnummer',
          value: input.toUpperCase(),
          birthDate: null,
          sex: null,
        });
      }),
    );
  });
});

describe('parseIdNumber: properties', () => {
  const birthDate = fc.date({ min: new Date('1880-01-01T00:00:00Z'), max: NOW, noInvalidDate: true });
  const serial = fc.integer({ min: 1, max: 999 }).map(serialOf);

  it('accepts every real date with any serial and the right check digit', () => {
    fc.assert(
      fc.property(
        birthDate,
        serial,
        fc.boolean(),
        fc.constantFrom('', '-', '+'),
        (date, nnn, coordination, sep) => {
          const iso = isoDay(date);
          const value = build(iso, nnn, coordination);
          const parsed = parseIdNumber(twelve(value, sep), opts);
          expect(parsed).toEqual({
            kind: coordination ? 'samordningsnummer' : 'personnummer',
            value,
            birthDate: iso,
            sex: sexOf(nnn),
          });
        },
      ),
    );
  });

  it('refuses every other check digit', () => {
    fc.assert(
      fc.property(birthDate, serial, fc.boolean(), (date, nnn, coordination) => {
        const value = build(isoDay(date), nnn, coordination);
        const right = Number(value[11]);
        for (let digit = 0; digit <= 9; digit++) {
          if (digit === right) continue;
          const wrong = `${value.slice(0, 11)}${digit}`;
          expectRefused(wrong, 'checksum_or_date');
          expectRefused(twelve(wrong), 'checksum_or_date');
          expectRefused(ten(wrong), 'checksum_or_date');
          expectRefused(ten(wrong, '+'), 'checksum_or_date');
        }
      }),
    );
  });

  it('refuses every single wrong digit in the date, serial or check digit', () => {
    fc.assert(
      fc.property(
        birthDate,
        serial,
        fc.boolean(),
        fc.integer({ min: 2, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (date, nnn, coordination, position, shift) => {
          const value = build(isoDay(date), nnn, coordination);
          const changed = String((Number(value[position]) + shift) % 10);
          const wrong = `${value.slice(0, position)}${changed}${value.slice(position + 1)}`;
          expect(wrong).not.toBe(value);
          expectRefused(wrong, 'checksum_or_date');
        },
      ),
    );
  });

  it('refuses every date after today', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2026-11-28T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        serial,
        fc.boolean(),
        (date, nnn, coordination) => {
          expectRefused(build(isoDay(date), nnn, coordination), 'date_out_of_range');
        },
      ),
    );
  });

  it('refuses every date before 1880', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1800-01-01T00:00:00Z'),
          max: new Date('1879-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        serial,
        fc.boolean(),
        (date, nnn, coordination) => {
          expectRefused(build(isoDay(date), nnn, coordination), 'date_out_of_range');
        },
      ),
    );
  });

  it('reads back what formatIdNumber writes', () => {
    fc.assert(
      fc.property(birthDate, serial, fc.boolean(), (date, nnn, coordination) => {
        const parsed = parseIdNumber(build(isoDay(date), nnn, coordination), opts);
        const written = formatIdNumber(parsed.kind, parsed.value);
        expect(written).toMatch(/^\d{8}-\d{4}$/);
        expect(parseIdNumber(written, opts)).toEqual(parsed);
      }),
    );
  });

  it('throws nothing but a DomainError for arbitrary strings, and returns only well-formed results', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^\s?\d{2,8}[-+ ]?\d{0,5}\s?$/),
      fc.stringMatching(/^\d{6}[-+]?\d{4}$/),
      fc.stringMatching(/^(18|19|20)\d{6}[-+]?\d{4}$/),
      fc.stringMatching(/^[A-Za-z0-9ßıſ-]{0,22}$/),
    );
    fc.assert(
      fc.property(input, fc.boolean(), (text, reserveNumber) => {
        let result: IdNumber;
        try {
          result = parseIdNumber(text, { reserve: reserveNumber, today: NOW });
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).kind).toBe('unprocessable');
          expect((error as DomainError).code).toBe('invalid_id_number');
          return;
        }
        if (reserveNumber) {
          expect(result.kind).toBe('reservnummer');
          expect(result.value).toMatch(/^[A-Z0-9][A-Z0-9-]{3,19}$/);
          expect(result.value).toBe(text.trim().toUpperCase());
        } else {
          expect(result.kind).not.toBe('reservnummer');
          expect(result.value).toMatch(/^\d{12}$/);
          expect(luhn(result.value.slice(2, 11))).toBe(Number(result.value[11]));
          expect(result.value.slice(2)).toBe(text.trim().replace(/[-+]/, '').slice(-10));
          const day = Number(result.value.slice(6, 8)) - (result.kind === 'samordningsnummer' ? 60 : 0);
          expect(result.birthDate).toBe(
            `${result.value.slice(0, 4)}-${result.value.slice(4, 6)}-${String(day).padStart(2, '0')}`,
          );
          expect(result.sex).toBe(sexOf(result.value.slice(8, 11)));
          expect(result.birthDate! <= TODAY).toBe(true);
          expect(result.birthDate! >= '1880-01-01').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatIdNumber', () => {
  it('writes national numbers as YYYYMMDD-NNNN', () => {
    expect(formatIdNumber('personnummer', '191212121212')).toBe('19121212-1212');
    expect(formatIdNumber('samordningsnummer', '197010632391')).toBe('19701063-2391');
  });

  it('writes a reserve number as issued', () => {
    expect(formatIdNumber('reservnummer', 'RES-12345')).toBe('RES-12345');
    expect(formatIdNumber('reservnummer', '191212121212')).toBe('191212121212');
  });
});
