import type { LocalisedText } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { signInRefusalsEn } from '../../shared/words/signInRefusals.en.js';
import { signInRefusalsSv } from '../../shared/words/signInRefusals.sv.js';

const words = { sv: signInRefusalsSv, en: signInRefusalsEn };

/**
 * What a password of a local account must be. Length matters most (NIST SP 800-63B), so the rules are few: long
 * enough, not all one kind of character, not the username, not one of the passwords every attacker tries first.
 * Pure, so the rules are tested on their own and the same rules apply wherever a password is set.
 */
export const minimumPasswordLength = 12;

export type PasswordViolationCode =
  'too_short' | 'single_character_class' | 'same_as_username' | 'same_as_current' | 'common_password';

export interface PasswordViolation {
  code: PasswordViolationCode;
  messages: LocalisedText;
}

/**
 * A short list of the commonest passwords long enough to pass the other rules, Swedish ones included. Not a
 * breach corpus: a few well-known picks, compared without regard to case.
 */
const commonPasswords = new Set([
  'password1234',
  'password123!',
  'password12345',
  'passw0rd1234',
  'lösenord1234',
  'losenord1234',
  'lösenord123!',
  'losenord123!',
  'lösenord12345',
  'qwerty123456',
  'qwertyuiop12',
  'qwertyuiop123',
  'asdfghjkl123',
  'abc123456789',
  'abcd12345678',
  '1q2w3e4r5t6y',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'välkommen123',
  'valkommen123',
  'välkommen1234',
  'valkommen1234',
  'sommar2024!!',
  'sommar2025!!',
  'sommar2026!!',
  'vinter2024!!',
  'vinter2025!!',
  'vinter2026!!',
  'changeme1234',
  'admin1234567',
  'administrator1',
  'samplan12345',
  'samplan123456',
]);

type CharacterClass = 'lower' | 'upper' | 'digit' | 'other';

function characterClass(character: string): CharacterClass {
  if (/\p{Ll}/u.test(character)) return 'lower';
  if (/\p{Lu}/u.test(character)) return 'upper';
  if (/\p{Nd}/u.test(character)) return 'digit';
  return 'other';
}

export interface PasswordContext {
  username: string;
  /** When changing a password: the one it replaces. */
  currentPassword?: string;
}

/** Every rule the password breaks, in a fixed order; an empty list means it may be used. */
export function passwordViolations(password: string, context: PasswordContext): PasswordViolation[] {
  const codes: PasswordViolationCode[] = [];
  // Counted in characters as people see them, not UTF-16 units, so "å" is one.
  const characters = [...password];
  if (characters.length < minimumPasswordLength) codes.push('too_short');
  if (new Set(characters.map(characterClass)).size < 2) codes.push('single_character_class');
  const lowered = password.trim().toLowerCase();
  if (lowered === context.username.trim().toLowerCase()) codes.push('same_as_username');
  if (context.currentPassword !== undefined && password === context.currentPassword)
    codes.push('same_as_current');
  if (commonPasswords.has(lowered)) codes.push('common_password');
  return codes.map((code) => ({
    code,
    messages: bothLanguages(words, (said) => fill(said.password[code], { length: minimumPasswordLength })),
  }));
}
