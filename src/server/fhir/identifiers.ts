import type { PersonsTable } from '../../db/schema.js';

/**
 * The identifier systems of fhir-mapping.md: the Swedish personnummer and samordningsnummer by their OIDs (as
 * RIV-TA's PersonIdType gives them), and Samplan's own for what has no national system.
 */
export const personnummerSystem = 'urn:oid:1.2.752.129.2.1.3.1';
export const samordningsnummerSystem = 'urn:oid:1.2.752.129.2.1.3.3';

/** Samplan's own systems and code systems live under the API's base address (fhir-mapping.md, "Conventions"). */
export const caseNumberSystem = (base: string) => `${base}/sid/case-number`;
export const samplanCodeSystem = (base: string, name: string) => `${base}/CodeSystem/${name}`;

/** A person's identity number as a FHIR Identifier; a reserve number has no national system (fhir-mapping.md). */
export function personIdentifier(kind: PersonsTable['idKind'], value: string) {
  switch (kind) {
    case 'personnummer':
      return { use: 'official', system: personnummerSystem, value };
    case 'samordningsnummer':
      return { use: 'official', system: samordningsnummerSystem, value };
    case 'reservnummer':
      return { use: 'temp', type: { text: 'reservnummer' }, value };
  }
}
