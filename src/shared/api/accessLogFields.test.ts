import { describe, expect, it } from 'vitest';
import { normalisedCaseNumber } from './accessLogFields.js';

describe('a case number typed in the access-log review', () => {
  it('is read as Samplan writes it, whatever the case, prefix or leading zeros', () => {
    for (const typed of ['SIP-2026-00042', 'sip-2026-00042', ' Sip-2026-42 ', '2026-00042', 'SIP2026-042'])
      expect(normalisedCaseNumber(typed), typed).toBe('SIP-2026-00042');
    expect(normalisedCaseNumber('SIP-2026-123456')).toBe('SIP-2026-123456');
  });

  it('is nothing else: no name, identity number or piece of a number', () => {
    for (const typed of ['', 'SIP', 'SIP-2026', '00042', '19121212-1212', '121212-1212', 'Tove', 'SIP-26-1'])
      expect(normalisedCaseNumber(typed), typed).toBeNull();
  });
});
