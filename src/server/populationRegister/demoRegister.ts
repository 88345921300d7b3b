import type { PopulationRegister, RegisterPerson } from './populationRegister.js';

/**
 * DEMO DATA: a handful of fictional persons for the demo county, so a new SIP in the demo fills in name and address
 * as it would from the county's register. None of them exists; the numbers are valid test numbers made up for the
 * demo, with birth numbers in the 98x series that the demo's other persons and the tests do not use.
 */
export const demoRegisterPersons: ReadonlyMap<string, RegisterPerson> = new Map([
  [
    '197903129828',
    {
      givenName: 'Tilda',
      familyName: 'Provsson',
      address: 'Exempelvägen 12, 123 45 Ekby',
      protectedIdentity: false,
    },
  ],
  [
    '201605209830',
    {
      givenName: 'Elias',
      familyName: 'Provsson',
      address: 'Exempelvägen 12, 123 45 Ekby',
      protectedIdentity: false,
    },
  ],
  [
    '194111029817',
    {
      givenName: 'Gunnar',
      familyName: 'Demoberg',
      address: 'Byvägen 2, 123 60 Norrås',
      protectedIdentity: false,
    },
  ],
  // Protected identity: the register knows an address, and Samplan must never store or show it.
  [
    '199208059841',
    {
      givenName: 'Nora',
      familyName: 'Hemlund',
      address: 'Tallstigen 4, 123 50 Ekby',
      protectedIdentity: true,
    },
  ],
  // A samordningsnummer (day of birth + 60): never folkbokförd, so no address.
  ['198802749864', { givenName: 'Amal', familyName: 'Testsson', address: '', protectedIdentity: false }],
]);

/** The demo's register: answers at once from the fictional persons above, and finds nobody else. */
export const demoRegister: PopulationRegister = {
  source: 'demo',
  lookUp: (id) => {
    const person = demoRegisterPersons.get(id.value);
    return Promise.resolve(person ? { status: 'found', person: { ...person } } : { status: 'not_found' });
  },
};
