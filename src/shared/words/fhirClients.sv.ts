import type { Messages } from './messages.js';

/**
 * The administrators' page for the systems that read SIPs through the FHIR API (decision 0038), and the refusals
 * of its routes.
 */
export const fhirClientsSv = {
  nav: 'FHIR-klienter',
  title: 'System som läser SIP via FHIR',
  intro:
    'Ett journalsystem eller länets integrationsplattform kan läsa SIP:ar genom Samplans FHIR-gränssnitt. Varje system får ett klient-id av länets OAuth-server. Här registrerar du det, väljer vilken enhet det agerar som och vad det får läsa. Systemet ser då precis det som enhetens medarbetare ser, och varje läsning hamnar i loggen.',
  loadFailed: 'Klienterna kunde inte läsas in.',
  none: 'Inga system är registrerade än.',
  listTitle: 'Registrerade system',
  name: 'Namn',
  clientId: 'Klient-id',
  clientIdHint: 'Det id som länets OAuth-server gav systemet (client_id i dess åtkomstbiljetter).',
  unit: 'Agerar som enhet',
  chooseUnit: 'Välj enhet',
  scopes: 'Behörigheter',
  scopesHint: 'Systemet får bara det som både dess biljett och registreringen ger.',
  chooseScopes: 'Välj minst en behörighet.',
  clientIdInvalid: 'Klient-id får bara innehålla synliga tecken, utan mellanslag.',
  created: 'Registrerad',
  createdBy: '{{time}} av {{name}}',
  status: 'Status',
  active: 'Aktiv',
  disabledAt: 'Avstängd {{time}}',
  register: {
    title: 'Registrera ett system',
    submit: 'Registrera',
    pending: 'Registrerar …',
    done: 'Systemet {{name}} är registrerat.',
  },
  change: {
    open: 'Ändra behörigheter för {{name}}',
    submit: 'Spara behörigheter',
    pending: 'Sparar …',
    done: 'Behörigheterna för {{name}} är sparade.',
  },
  disable: {
    open: 'Stäng av {{name}}',
    confirm:
      'Stänga av {{name}}? Systemet kan inte läsa något mer. En avstängd klient kan inte slås på igen; registrera den på nytt i så fall.',
    submit: 'Stäng av',
    pending: 'Stänger av …',
    done: 'Systemet {{name}} är avstängt.',
  },
  /** A scope on the page: what the system may do with a type, and the type's FHIR name. */
  scopeRead: 'Läsa och söka {{what}}',
  scopeReadAll: 'Läsa och söka allt som gränssnittet visar (*)',
  scopeUpdate: 'Svara på kallelser (Task)',
  resourceType: {
    CarePlan: 'planer',
    Goal: 'mål',
    CareTeam: 'vårdteam',
    Consent: 'samtycken',
    Task: 'kallelser',
    Appointment: 'möten',
    Encounter: 'hållna möten',
    EpisodeOfCare: 'SIP-ärenden',
    Patient: 'personer',
    Organization: 'organisationer och enheter',
    PractitionerRole: 'medarbetare och enheter i möten',
    Provenance: 'fastställanden och godkännanden',
  },
};

export type FhirClientsMessages = Messages<typeof fhirClientsSv>;
