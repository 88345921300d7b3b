import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Coding } from '../../shared/coding.js';
import { importCodes } from '../codes/importCodes.js';

/**
 * A sample of a few codes of ICF (WHO's International Classification of Functioning, Disability and Health), in
 * Socialstyrelsen's Swedish wording, so the demo's plans carry codes. Only a handful of codes: a county loads the
 * whole classification itself, from a CSV file on the code systems page or with `samplan import-codes`.
 */
export const demoCodeSystem = { uri: 'http://hl7.org/fhir/sid/icf', name: 'ICF (urval för demo)' } as const;

const sample = {
  b164: 'Högre kognitiva funktioner',
  d230: 'Att genomföra daglig rutin',
  d510: 'Att tvätta sig',
  d570: 'Att sköta sin egen hälsa',
  d630: 'Att bereda måltider',
  d640: 'Att utföra hushållsarbete',
  d760: 'Familjerelationer',
} as const;

/** One of the sample's codes, as a plan carries it. */
export function demoCode(code: keyof typeof sample): Coding {
  return { system: demoCodeSystem.uri, code, display: sample[code] };
}

/** Loads the sample the way an administrator loads a file, so the demo exercises the same import. */
export async function seedDemoCodes(db: Kysely<DB>): Promise<void> {
  const rows = Object.entries(sample).map(([code, display]) => `${demoCodeSystem.uri},${code},${display}`);
  await importCodes(
    db,
    { csv: ['system,code,display', ...rows].join('\n'), name: demoCodeSystem.name },
    null,
  );
}
