import type { Role } from '../../shared/api/vocabulary.js';

/** Who does something: the user, the unit they act for and their role there. Every access is logged with them. */
export interface Actor {
  userId: string;
  unitId: string;
  role: Role;
  /** Where the request came from, for the access log. */
  clientAddress: string;
  /**
   * Set when a FHIR system client acts for the unit it is bound to (decision 0038): `userId` is then its
   * registration's id (fhir_clients), not a user's, and what it writes names the client.
   */
  kind?: 'fhir_client';
}
