/**
 * The element id of a plan field from its path in the content (`efforts.0.description`), the same path the
 * server uses for what is missing and for refused fields, so both can point at the field.
 */
export function planFieldId(path: string): string {
  return `plan-${path.replace(/\./g, '-')}`;
}

/** A key for a new goal, effort or measure; versions are compared by these keys. */
export function newKey(prefix: 'g' | 'e' | 'm'): string {
  // getRandomValues works outside secure contexts too, unlike randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Deep equality that ignores key order: the server's JSON comes back with its keys in its own order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => sameValue(left[key], right[key]));
}

/** Moves focus to an element once it exists, e.g. the text of a goal just added. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
