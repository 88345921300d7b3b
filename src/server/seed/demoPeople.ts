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
];
