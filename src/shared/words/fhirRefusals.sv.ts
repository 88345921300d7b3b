import type { Messages } from './messages.js';

/**
 * Swedish words of the FHIR API's refusals (decision 0038), sent as the text of an OperationOutcome's issue;
 * fhirRefusals.en.ts mirrors every key.
 */
export const fhirRefusalsSv = {
  notAcceptable:
    'Svaret kan bara ges som FHIR JSON (application/fhir+json). Be om det med Accept eller _format.',
  unsupportedMediaType: 'Skicka resursen som FHIR JSON (application/fhir+json).',
  unknownType: 'Resurstypen {{type}} finns inte i detta FHIR-API.',
  unknownOperation: 'Adressen finns inte i detta FHIR-API.',
  notFound: '{{type}}/{{id}} finns inte, eller så får din enhet inte se den.',
  noHistory: '{{type}} har ingen versionshistorik i detta FHIR-API.',
  versionNotFound: 'Version {{version}} av {{type}}/{{id}} finns inte.',
  unknownParameter: 'Sökparametern {{name}} stöds inte för {{type}}.',
  duplicateParameter: 'Sökparametern {{name}} får bara anges en gång.',
  tooManyDates: 'Sökparametern {{name}} får anges högst två gånger (ett intervall).',
  modifierNotSupported: 'Modifieraren :{{modifier}} på {{name}} stöds inte.',
  badValue: 'Värdet av {{name}} går inte att läsa: {{problem}}',
  emptyValue: 'Sökparametern {{name}} saknar värde.',
  badCount: '_count ska vara ett heltal från 0 till {{max}}.',
  countTooLarge: '_count får vara högst {{max}}; hämta fler sidor med länken next.',
  badPage: 'Sidmarkören _page går inte att läsa, eller hör till en annan sökning. Börja sökningen om.',
  expectedToken: 'ett värde som kod eller system|kod.',
  expectedReference: 'en referens som {{type}}/id eller ett id.',
  expectedDate:
    'ett datum som ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller en tidpunkt med tidszon, gärna med prefix (ge, le …).',
  expectedId: 'ett id med högst 64 tecken av A–Z, a–z, 0–9, - och .',
  notSignedIn: 'Logga in i Samplan eller skicka en giltig åtkomsttoken (Authorization: Bearer).',
  noActiveUnit: 'Välj vilken enhet du arbetar för innan du läser via FHIR.',
  roleNotCaseWorker: 'Din roll arbetar inte med ärenden och kan inte läsa ärenden via FHIR.',
  csrfTokenInvalid: 'Ändringen saknar giltig CSRF-token. Ladda om sidan och försök igen.',
  clientIdTaken: 'Det finns redan en FHIR-klient med detta klient-id.',
  scopeNotGrantable: 'Behörigheten {{scope}} kan inte ges; välj bland {{scopes}}.',
  invalidToken:
    'Åtkomsttoken godtas inte: den är ogiltig, har gått ut, är inte utfärdad för Samplan, eller så är klienten inte registrerad eller avstängd.',
  insufficientScope: 'Åtkomsttoken eller klientens registrering saknar behörigheten {{scope}}.',
  keysUnavailable: 'Nycklarna för att kontrollera åtkomsttoken kunde inte hämtas. Försök igen om en stund.',
  unreadableRequest: 'Begäran går inte att läsa ({{reason}}).',
  serverFailed: 'Ett fel uppstod i Samplan. Inget ändrades; försök igen eller kontakta förvaltningen.',
  databaseBusy: 'Databasen är upptagen just nu. Inget ändrades; försök igen om en sekund.',
  methodNotAllowed: 'Metoden {{method}} stöds inte på denna adress.',
};

export type FhirRefusalMessages = Messages<typeof fhirRefusalsSv>;
