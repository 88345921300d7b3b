import type { Messages } from './messages.js';

/**
 * Swedish words of the server's answers about the request itself rather than a rule of the domain: the titles by
 * HTTP status, malformed and refused requests, and what was not found; problems.en.ts mirrors every key.
 */
export const problemsSv = {
  /** A problem's title by its HTTP status; an unlisted status takes 500's. */
  title: {
    400: 'Felaktig begäran',
    401: 'Inte inloggad',
    403: 'Ingen behörighet',
    404: 'Hittades inte',
    405: 'Metoden stöds inte',
    409: 'Konflikt',
    413: 'För stor begäran',
    415: 'Innehållstypen stöds inte',
    422: 'Regeln är inte uppfylld',
    429: 'För många försök',
    500: 'Internt fel',
    503: 'Tillfälligt upptaget',
  },
  /** A request the framework could not read, by the code of the refusal. */
  unreadable: {
    malformed_json: 'Begärans innehåll är inte giltig JSON.',
    empty_body: 'Begärans innehåll saknas.',
    body_too_large: 'Begärans innehåll är för stort.',
    unsupported_media_type: 'Skicka innehållet som application/json.',
    invalid_content_length: 'Content-Length stämmer inte med innehållet.',
  },
  invalidRequest: 'Begäran innehåller fel: {{fields}}.',
  fieldsNotNamed: 'och {{count}} till',
  unknownField: 'Okänt fält: "{{key}}"',
  /** A request Fastify refused for a reason of its own, with Fastify's own words for it (in English). */
  badRequest: 'Begäran kunde inte behandlas: {{reason}}',
  nulCharacter: 'Texten innehåller ett NUL-tecken (\\u0000).',
  nulCharacterIn: 'Begäran innehåller ett otillåtet tecken (NUL) i {{field}}.',
  unknownReference: 'Begäran hänvisar till {{thing}} som inte finns.',
  /** What a reference pointed at, by the table it names. */
  referenced: {
    units: 'en enhet',
    organisations: 'en organisation',
    persons: 'en person',
    users: 'en användare',
    sips: 'en SIP',
    meetings: 'ett möte',
    other: 'något',
  },
  invalidValue: 'Ett värde i begäran har fel form eller ligger utanför det tillåtna.',
  notFound: '{{thing}} finns inte eller så saknar du behörighet.',
  /** What was not found, as the start of `notFound`. */
  thing: {
    sip: 'SIP:en',
    invitation: 'Kallelsen',
    meeting: 'Mötet',
    deviation: 'Avvikelsen',
    discharge: 'Utskrivningsprocessen',
    template: 'Mallen',
    version: 'Versionen',
    organisation: 'Organisationen',
    unit: 'Enheten',
  },
  routeNotFound: 'Det finns ingen sådan adress i API:et.',
  databaseBusy: 'Många ändrar samtidigt just nu. Inget sparades. Försök igen om en sekund.',
  databaseUnavailable: 'Databasen svarar inte.',
  shuttingDown: 'Servern startas om. Inget ändrades. Försök igen om en stund.',
  starting: 'Servern startar. Inget ändrades. Försök igen om en stund.',
  migrationsPending: 'Databasen är ännu inte uppdaterad för den här versionen av Samplan.',
  internalError: 'Något gick fel hos oss. Inget ändrades. Försök igen om en stund.',
};

export type ProblemMessages = Messages<typeof problemsSv>;
