import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../db/seed/demoCounty.js';
import { minimumPasswordLength, passwordViolations } from './passwordPolicy.js';

const codes = (password: string, username = 'anna.andersson', currentPassword?: string) =>
  passwordViolations(password, { username, currentPassword }).map((violation) => violation.code);

describe('password policy', () => {
  it('accepts long passwords that mix kinds of character', () => {
    expect(codes('Korrekt-häst-batteri')).toEqual([]);
    expect(codes('tre ord och en till')).toEqual([]);
    expect(codes('123456789012a')).toEqual([]);
  });

  it('accepts the demo and test passwords, so the seeded accounts follow the rules', () => {
    expect(codes(demoPassword, 'helena')).toEqual([]);
    expect(codes('Test-password-1', 'user1-abcdef')).toEqual([]);
  });

  it('wants at least twelve characters, counted as people see them', () => {
    expect(minimumPasswordLength).toBe(12);
    expect(codes('Abcdefghij1')).toEqual(['too_short']);
    expect(codes('Abcdefghij12')).toEqual([]);
    // Ten letters and a digit: each "å" counts as one character.
    expect(codes('åäöåäöåäöå1')).toEqual(['too_short']);
    expect(codes('')).toEqual(['too_short', 'single_character_class']);
  });

  it('refuses a password of one kind of character only', () => {
    expect(codes('abcdefghijklmn')).toEqual(['single_character_class']);
    expect(codes('ABCDEFGHIJKLMN')).toEqual(['single_character_class']);
    expect(codes('12345678901234')).toEqual(['single_character_class']);
    expect(codes('!#%&/()=?!#%&/')).toEqual(['single_character_class']);
    expect(codes('ÅÄÖÅÄÖÅÄÖÅÄÖ')).toEqual(['single_character_class']);
    expect(codes('abcdefghijklmN')).toEqual([]);
  });

  it('refuses the username, whatever the case and spaces', () => {
    expect(codes('Anna.Andersson', 'anna.andersson')).toEqual(['same_as_username']);
    expect(codes(' anna.andersson ', 'Anna.Andersson')).toEqual(['same_as_username']);
    expect(codes('anna.andersson1', 'anna.andersson')).toEqual([]);
  });

  it('refuses the current password when changing it', () => {
    expect(codes('Korrekt-häst-batteri', 'anna', 'Korrekt-häst-batteri')).toEqual(['same_as_current']);
    expect(codes('Korrekt-häst-batteri', 'anna', 'Något-annat-helt-1')).toEqual([]);
  });

  it('refuses common passwords, whatever the case', () => {
    for (const password of ['Password1234', 'LÖSENORD1234', 'Sommar2025!!', 'Qwerty123456', 'Välkommen123']) {
      expect(codes(password)).toEqual(['common_password']);
    }
  });

  it('names every rule broken, each in Swedish and English', () => {
    const violations = passwordViolations('anna', { username: 'anna', currentPassword: 'anna' });
    expect(violations.map((violation) => violation.code)).toEqual([
      'too_short',
      'single_character_class',
      'same_as_username',
      'same_as_current',
    ]);
    for (const violation of violations) {
      expect(violation.messages.sv).toMatch(/^[A-ZÅÄÖ].*\.$/);
      expect(violation.messages.en).toMatch(/^[A-Z].*\.$/);
      expect(violation.messages.sv).not.toBe(violation.messages.en);
    }
    expect(violations[0]!.messages).toEqual({
      sv: 'Lösenordet måste ha minst 12 tecken.',
      en: 'The password must have at least 12 characters.',
    });
  });

  it('never accepts anything shorter than twelve characters, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), fc.string(), (password, username) => {
        const result = codes(password, username);
        if ([...password].length < 12) expect(result).toContain('too_short');
        expect(new Set(result).size).toBe(result.length);
      }),
    );
  });
});
