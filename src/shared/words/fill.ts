/**
 * A text with its `{{name}}` placeholders filled in: the syntax i18next reads in the web, so the server's words
 * are written the same way as the pages'. A placeholder without a value is left as it stands, to be seen.
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
