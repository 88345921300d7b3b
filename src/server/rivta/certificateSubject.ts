/**
 * A certificate's subject as a set of attributes, so the same subject matches however it was written: RFC 4514
 * (`CN=tp.example.se,O=Inera AB,C=SE`, as a proxy passes it on), OpenSSL's one line (`/C=SE/O=Inera AB/CN=…`) or
 * Node's (`C=SE\nO=Inera AB\nCN=…`). Attribute names are compared without case, values exactly.
 */
export type Subject = readonly string[];

const attribute = /^([A-Za-z][A-Za-z0-9.-]*)\s*=\s*(.*)$/s;

export function parseSubject(text: string): Subject | null {
  const trimmed = text.trim();
  const parts = trimmed.startsWith('/')
    ? trimmed.slice(1).split('/')
    : trimmed.includes('\n')
      ? trimmed.split('\n')
      : splitUnescaped(trimmed);
  const pairs: string[] = [];
  for (const part of parts) {
    const match = attribute.exec(part.trim());
    if (!match) return null;
    const [, name, value] = match as unknown as [string, string, string];
    pairs.push(`${name.toUpperCase()}=${unescape(value.trim())}`);
  }
  return pairs.length === 0 ? null : pairs.sort();
}

export function sameSubject(a: Subject, b: Subject): boolean {
  return a.length === b.length && a.every((pair, index) => pair === b[index]);
}

/** Splits at commas that RFC 4514 has not escaped with a backslash. */
function splitUnescaped(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\\' && index + 1 < text.length) {
      current += char + text[index + 1]!;
      index += 1;
    } else if (char === ',') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}
