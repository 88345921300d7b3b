import { describe, expect, it } from 'vitest';
import { addressKey, lockedMessage, loginSubjects } from './lockout.js';

describe('lockout subjects', () => {
  it('counts IPv4 as is and IPv6 by its /64 network', () => {
    expect(addressKey('192.0.2.10')).toBe('192.0.2.10');
    expect(addressKey('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('counts a username as typed, without regard to case, each with its own limit', () => {
    expect(
      loginSubjects(' Anna ', '192.0.2.10', { maxFailures: 5, maxAddressFailures: 50, lockMinutes: 15 }),
    ).toEqual([
      { subject: 'username:anna', maxFailures: 5 },
      { subject: 'address:192.0.2.10', maxFailures: 50 },
    ]);
  });
});

describe('the locked message', () => {
  it('says in minutes and Swedish clock time when to try again', () => {
    const now = new Date('2026-03-02T13:00:00Z');
    const message = lockedMessage(new Date('2026-03-02T13:14:30Z'), now);
    expect(message.sv).toBe(
      'För många misslyckade inloggningsförsök. Av säkerhetsskäl är inloggningen tillfälligt spärrad. ' +
        'Försök igen om 15 minuter (kl. 14:14).',
    );
    expect(message.en).toBe(
      'Too many failed sign-in attempts. For security, signing in is temporarily blocked. ' +
        'Try again in 15 minutes (at 14:14 Swedish time).',
    );
    expect(lockedMessage(new Date('2026-03-02T13:00:20Z'), now).en).toMatch(/Try again in 1 minute \(/);
  });
});
