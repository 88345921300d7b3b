import { z } from 'zod';
import { refused, Refused } from './refusals.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** What `samplan config --check` and the README's table need to know of a variable besides its value. */
export interface VariableAbout {
  /** The default as shown, null when unset means off or absent; a function when it follows another variable. */
  fallback: string | null | ((env: Environment) => string);
  /**
   * `value`: a secret, never shown, not even in a refusal: only that it is set. `password`: an address that may carry
   * a password, shown with the password hidden, and not at all when it cannot be read as an address.
   */
  secret: 'value' | 'password' | null;
}

/** Every declared variable's schema, with what is known about it. */
export const variableAbout = z.registry<VariableAbout>();

/** Reads a variable's trimmed, non-empty text into its value, or says why it cannot. */
export type Reader<T> = (text: string) => T | Refused;

/** How a refusal travels in a zod issue: the English as the message, both languages in `params`. */
function issue(refusal: Refused) {
  return { code: 'custom' as const, message: refusal.said.en, params: { said: refusal.said } };
}

/**
 * One environment variable: unset or blank gives `fallback`, anything else goes through `read`. Declared in an area's
 * shape under its name, so zod names it in every issue.
 */
export function variable<T>(
  read: Reader<T>,
  fallback: T,
  about: Partial<VariableAbout> = {},
): z.ZodType<T, string | undefined> {
  const schema = z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const text = raw?.trim() ?? '';
      if (text === '') return fallback;
      const value = read(text);
      if (!(value instanceof Refused)) return value;
      // The object holding the variable adds its name to the issue's path.
      ctx.addIssue(issue(value));
      return z.NEVER;
    });
  variableAbout.add(schema, {
    fallback: fallback === null ? null : String(fallback),
    secret: null,
    ...about,
  });
  return schema;
}

/**
 * An area of the configuration: its variables, and how their values become its part of the `Config`, which may
 * refuse a combination (`refuse` names the variable to change).
 */
export function settingsArea<Shape extends Record<string, z.ZodType<unknown, string | undefined>>, T>(
  variables: Shape,
  assemble: (
    values: z.output<z.ZodObject<Shape>>,
    refuse: (variable: string, refused: Refused) => never,
  ) => T,
) {
  return z.object(variables).transform((values, ctx) => {
    try {
      return assemble(values, (name, refused) => {
        throw new RefusedCombination(name, refused);
      });
    } catch (error) {
      if (!(error instanceof RefusedCombination)) throw error;
      ctx.addIssue({ ...issue(error.refused), path: [error.variable] });
      return z.NEVER;
    }
  });
}

class RefusedCombination extends Error {
  constructor(
    readonly variable: string,
    readonly refused: Refused,
  ) {
    super(refused.said.en);
  }
}

export const text: Reader<string> = (text) => text;

const onWords = ['true', '1', 'yes', 'on'];
const offWords = ['false', '0', 'no', 'off'];

export const flag: Reader<boolean> = (text) => {
  const word = text.toLowerCase();
  if (onWords.includes(word)) return true;
  if (offWords.includes(word)) return false;
  return refused.flag();
};

export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): Reader<number> {
  return (text) => {
    const parsed = Number(text);
    if (Number.isSafeInteger(parsed) && parsed >= min && parsed <= max) return parsed;
    return max === Number.MAX_SAFE_INTEGER && min === 1
      ? refused.positiveWholeNumber()
      : refused.wholeNumber({ min, max });
  };
}

export const positiveWholeNumber = wholeNumber(1);

/** One of a few words, whatever their case. */
export function oneOf<const Choice extends string>(choices: readonly Choice[]): Reader<Choice> {
  return (text) => {
    const word = text.toLowerCase();
    return (choices as readonly string[]).includes(word)
      ? (word as Choice)
      : refused.oneOf({ choices: choices.join(', ') });
  };
}

/** An address with one of `protocols`, kept as written; `wrong` says what it must be instead. */
export function address(protocols: string[], wrong: Refused): Reader<string> {
  return (text) => (URL.canParse(text) && protocols.includes(new URL(text).protocol) ? text : wrong);
}

// Only a service on this machine may be reached over plain http: anywhere else tokens, identity numbers and keys
// would cross the network unencrypted.
export const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An https address, or plain http only on this machine; `example` shows a right one. */
export function secureAddress(example: string): Reader<URL> {
  return (text) => {
    if (!URL.canParse(text)) return refused.address({ example });
    const url = new URL(text);
    const loopback = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
    return url.protocol === 'https:' || loopback ? url : refused.httpsOnly();
  };
}

/** A list separated by `separator`, its empty entries left out; `read` takes each entry. */
export function list<T>(separator: string, read: Reader<T>): Reader<T[]> {
  return (text) => {
    const values: T[] = [];
    for (const entry of text.split(separator).map((part) => part.trim())) {
      if (entry === '') continue;
      const value = read(entry);
      if (value instanceof Refused) return value;
      values.push(value);
    }
    return values;
  };
}
