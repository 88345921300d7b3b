import { stockholmMidnight } from '../../domain/time/stockholm.js';
import { invalidSearch, said } from './outcome.js';

/** The FHIR search-parameter types Samplan's searches use. */
export type SearchParameterType = 'token' | 'reference' | 'date';

/** One search parameter of a resource type, as the router reads it and the CapabilityStatement lists it. */
export interface SearchParameterDefinition {
  name: string;
  type: SearchParameterType;
  /** What it searches, in English, for the CapabilityStatement. */
  description: string;
  /** For a reference: the types it may point to; a bare id means the first. */
  target?: string[];
}

/** `system|code`, `code` (any system), `system|` (any code of the system) or `|code` (a code without a system). */
export interface TokenValue {
  system: string | null;
  code: string | null;
}

export interface ReferenceValue {
  type: string;
  id: string;
}

export const datePrefixes = ['eq', 'ne', 'lt', 'gt', 'le', 'ge', 'sa', 'eb'] as const;
export type DatePrefix = (typeof datePrefixes)[number];

/** A date search value: its prefix and the instants the value stands for, `start` inclusive and `end` exclusive. */
export interface DateValue {
  prefix: DatePrefix;
  start: Date;
  end: Date;
}

/**
 * A parsed search: for each parameter given, its values. Values of a token or reference parameter separated by
 * commas are alternatives (any may match); the two values a date may be given both hold (a range).
 */
export interface ParsedSearch {
  tokens: Map<string, TokenValue[]>;
  references: Map<string, ReferenceValue[]>;
  dates: Map<string, DateValue[]>;
}

/** The parameters of every search, read by the framework itself, never by a resource type. */
export const resultParameters = ['_count', '_page', '_format'] as const;

/** FHIR's id rule, which every id in a search value and in an address must meet. */
export const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;

/** A comma that separates alternatives; `\,` is a comma inside a value (R4 search, "escaping"). */
function alternatives(value: string): string[] {
  return value.split(/(?<!\\),/).map((part) => part.replaceAll('\\,', ','));
}

function token(name: string, value: string): TokenValue {
  const bar = value.indexOf('|');
  if (bar < 0) return { system: null, code: value };
  const system = value.slice(0, bar);
  const code = value.slice(bar + 1);
  if (code.includes('|') || (system === '' && code === ''))
    throw invalidSearch('badValue', { name, problem: said('expectedToken') });
  return { system, code: code === '' ? null : code };
}

function reference(name: string, value: string, target: string[]): ReferenceValue {
  const parts = value.split('/');
  const [type, id] = parts.length === 2 ? parts : [target[0], parts[0]];
  if (parts.length > 2 || !type || !id || !target.includes(type) || !idPattern.test(id))
    throw invalidSearch('badValue', {
      name,
      problem: said('expectedReference', { type: target.join(' | ') }),
    });
  return { type, id };
}

const DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** The calendar day `days` after a day, as text, counted without any time zone. */
function dayAfter(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function date(name: string, raw: string): DateValue {
  const prefix = datePrefixes.find((p) => raw.startsWith(p)) ?? 'eq';
  const value = raw.startsWith(prefix) ? raw.slice(2) : raw;
  const refuse = () => invalidSearch('badValue', { name, problem: said('expectedDate') });
  const match = DATE.exec(value);
  if (!match) throw refuse();
  const [, yearText, monthText, dayText, hour, minute, second, fraction] = match;
  const year = Number(yearText);
  const month = Number(monthText ?? '1');
  const day = Number(dayText ?? '1');
  // A day that does not exist (2026-02-30) is refused rather than rolled over into the next month.
  const first = `${yearText!}-${monthText ?? '01'}-${dayText ?? '01'}`;
  if (month < 1 || month > 12 || dayAfter(year, month, day) !== first) throw refuse();
  if (hour !== undefined) {
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) throw refuse();
    const start = new Date(value);
    if (Number.isNaN(start.getTime())) throw refuse();
    // A time stands for the span of its last digit: the minute, the second, or the fraction given.
    const span = fraction ? 10 ** Math.max(0, 4 - fraction.length) : second !== undefined ? 1000 : 60_000;
    return { prefix, start, end: new Date(start.getTime() + span) };
  }
  // A date without a time is a day, month or year in Stockholm, as Samplan keeps its days.
  const end = dayText
    ? dayAfter(year, month, day + 1)
    : monthText
      ? dayAfter(year, month + 1, 1)
      : dayAfter(year + 1, 1, 1);
  return { prefix, start: stockholmMidnight(first), end: stockholmMidnight(end) };
}

/**
 * Reads a search's query into the values of the type's parameters, refusing with 400 anything the type does not
 * offer: an unknown parameter, a modifier (none is supported), a parameter given twice (a date: three times), an
 * empty or unreadable value. The framework's own parameters (`resultParameters`) are left to it.
 */
export function parseSearch(
  type: string,
  definitions: readonly SearchParameterDefinition[],
  query: URLSearchParams,
): ParsedSearch {
  const parsed: ParsedSearch = { tokens: new Map(), references: new Map(), dates: new Map() };
  const seen = new Map<string, number>();
  for (const [key, value] of query) {
    const [name = '', modifier] = key.split(':', 2);
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    if ((resultParameters as readonly string[]).includes(name)) {
      if (modifier !== undefined) throw invalidSearch('modifierNotSupported', { name, modifier });
      if (times > 1) throw invalidSearch('duplicateParameter', { name });
      continue;
    }
    const definition = definitions.find((d) => d.name === name);
    if (!definition) throw invalidSearch('unknownParameter', { name: key, type });
    if (modifier !== undefined) throw invalidSearch('modifierNotSupported', { name, modifier });
    if (value.trim() === '') throw invalidSearch('emptyValue', { name });
    switch (definition.type) {
      case 'token':
        if (times > 1) throw invalidSearch('duplicateParameter', { name });
        parsed.tokens.set(
          name,
          alternatives(value).map((part) => token(name, part)),
        );
        break;
      case 'reference':
        if (times > 1) throw invalidSearch('duplicateParameter', { name });
        parsed.references.set(
          name,
          alternatives(value).map((part) => reference(name, part, definition.target ?? [])),
        );
        break;
      case 'date':
        if (times > 2) throw invalidSearch('tooManyDates', { name });
        parsed.dates.set(name, [...(parsed.dates.get(name) ?? []), date(name, value)]);
        break;
    }
  }
  return parsed;
}
