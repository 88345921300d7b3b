/**
 * The fictional people of the demo county one may try the individual's side as, with the demo e-ID sign-in that
 * exists only when the demo is seeded and no e-ID broker is configured. Their identity numbers are the test
 * numbers of the demo cases (demoCases.ts); a guardian's is a test number recorded as guardian there.
 */
export interface DemoPerson {
  key: string;
  idNumber: string;
  name: string;
  description: { sv: string; en: string };
}

/** The guardians of the demo's child, Elsa (10), recorded on her case by the social services (demoCases.ts). */
export const demoGuardians = [
  {
    key: 'linnea',
    idNumber: '198403224622',
    name: 'Linnea Ekström',
    email: 'linnea.ekstrom@example.se',
    description: {
      sv: 'Mamma och vårdnadshavare till Elsa, 10 år. Ett SIP-möte med skolan och BUP är bokat.',
      en: 'Mother and guardian of Elsa, 10. A SIP meeting with the school and child psychiatry is booked.',
    },
  },
  {
    key: 'jonas',
    idNumber: '198209173759',
    name: 'Jonas Ekström',
    email: 'jonas.ekstrom@example.se',
    description: {
      sv: 'Pappa och vårdnadshavare till Elsa, 10 år. Ett SIP-möte med skolan och BUP är bokat.',
      en: 'Father and guardian of Elsa, 10. A SIP meeting with the school and child psychiatry is booked.',
    },
  },
] as const satisfies readonly (DemoPerson & { email: string })[];

export const demoPeople: DemoPerson[] = [
  {
    key: 'tor',
    idNumber: '191212121212',
    name: 'Tor Exempelsson',
    description: {
      sv: 'Vuxen med en fastställd plan mellan socialtjänst, hemtjänst och vårdcentral.',
      en: 'An adult with an established plan between social services, home care and primary care.',
    },
  },
  ...demoGuardians,
];
