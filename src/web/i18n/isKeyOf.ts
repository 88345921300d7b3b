/**
 * Whether a value the server sent as plain text names one of a word list's keys: a key built from it is then
 * checked by the compiler, and a value the list lacks is shown as it came instead of being looked up blind.
 */
export function isKeyOf<Words extends object>(
  words: Words,
  value: string,
): value is Extract<keyof Words, string> {
  return Object.hasOwn(words, value);
}
