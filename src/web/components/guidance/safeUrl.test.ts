import { describe, expect, it } from 'vitest';
import { safeUrl } from './safeUrl.js';

describe('a link address in a routine text', () => {
  it('keeps web, mail and phone addresses and addresses within Samplan', () => {
    for (const url of [
      'https://www.riksdagen.se/sv/',
      'http://example.se',
      'HTTPS://EXAMPLE.SE',
      'mailto:sip@region.se',
      'tel:+4610100000',
      '/reserve/plan',
      '#plan',
      'guidance?step=plan',
      '/sida:med-kolon',
    ])
      expect(safeUrl(url), url).toBe(url);
  });

  it('drops every other protocol', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'javascript:/x/',
    ])
      expect(safeUrl(url), url).toBe('');
  });
});
