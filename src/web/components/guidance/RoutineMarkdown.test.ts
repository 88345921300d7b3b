import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RoutineMarkdown } from './RoutineMarkdown.js';

const render = (markdown: string, headingLevel = 3) =>
  renderToStaticMarkup(createElement(RoutineMarkdown, { markdown, headingLevel }));

describe('a routine text rendered', () => {
  it('shows headings, lists, emphasis and links, its headings under the page’s own', () => {
    const html = render(
      '# Samtycke\n\n## Barn\n\n- **Först** samtycke\n- sedan [kallelse](https://example.se/sip)\n\n1. ett\n2. [reserv](/reserve/plan)',
    );
    expect(html).toContain('<h3>Samtycke</h3>');
    expect(html).toContain('<h4>Barn</h4>');
    expect(html).toContain('<li><strong>Först</strong> samtycke</li>');
    expect(html).toContain('<a href="https://example.se/sip" rel="noopener noreferrer">kallelse</a>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<a href="/reserve/plan">reserv</a>');
    // Starting at ## is the same as starting at #, and nothing goes beyond h6.
    expect(render('## Först\n\n### Sedan', 2)).toContain('<h2>Först</h2>\n<h3>Sedan</h3>');
    expect(render('#### Djup\n\n###### Djupare', 5)).toContain('<h5>Djup</h5>\n<h6>Djupare</h6>');
  });

  it('never lets HTML, scripts, event handlers or javascript: links through', () => {
    const html = render(
      [
        '<script>window.stolen = document.cookie</script>',
        '',
        '<img src="x" onerror="window.stolen = 1">',
        '',
        'Text <b onclick="alert(1)">fet</b> och <iframe src="https://evil.example"></iframe>',
        '',
        '[klicka](javascript:alert(1)) [också](JAVASCRIPT:alert(2)) [data](data:text/html,<script>alert(3)</script>)',
        '',
        '![bild](https://evil.example/spår.png)',
        '',
        '<a href="javascript:alert(4)">rå länk</a>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<b\b|onerror|onclick|javascript:|data:text/i);
    expect(html).not.toMatch(/<a\b/);
    // The links' words stay, as text.
    expect(html).toContain('<span>klicka</span>');
    expect(html).toContain('<span>också</span>');
  });
});
