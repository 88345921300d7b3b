import type { Messages } from './messages.js';

/** Swedish words of the refusals of a code import and of codes in a plan; codeRefusals.en.ts mirrors every key. */
export const codeRefusalsSv = {
  fileRefused:
    'Filen lästes inte in: {{count}} rader har fel. Inget ändrades. Första felet, rad {{line}}: {{first}}',
  tooLarge: 'Filen är större än {{megabytes}} MB. Dela upp kodsystemet eller kontakta förvaltningen.',
  tooManyRows: 'Filen har fler än {{max}} koder.',
  empty: 'Filen har inga koder under rubrikraden.',
  notUtf8: 'Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen.',
  header:
    'Första raden ska vara rubrikerna system, code, display (kodsystemets URI, koden och den svenska texten), avgränsade med komma eller semikolon.',
  /** One bad row, said after its line number. */
  row: {
    unreadable: 'raden kan inte läsas som CSV ({{reason}}).',
    columns: 'raden har {{found}} fält, ska ha 3 (system, code, display).',
    system: 'kodsystemets URI saknas eller är inte en absolut URI (till exempel http://… eller urn:oid:…).',
    otherSystem:
      'raden hör till kodsystemet {{system}}, men filen började med {{first}}. En fil läser in ett kodsystem.',
    code: 'koden saknas, är längre än 100 tecken eller börjar eller slutar med mellanslag.',
    display: 'den svenska texten saknas eller är längre än 500 tecken.',
    duplicate: 'koden {{code}} finns redan på rad {{line}}.',
  },
  unknownCode:
    'Koden {{code}} i {{system}} finns inte i något inläst kodsystem. Ta bort den eller välj en annan.',
};

export type CodeRefusalMessages = Messages<typeof codeRefusalsSv>;
