import type { Role } from '../../shared/api/vocabulary.js';

/** Who does something: the user, the unit they act for and their role there. Every access is logged with them. */
export interface Actor {
  userId: string;
  unitId: string;
  role: Role;
  /** Where the request came from, for the access log. */
  clientAddress: string;
}
