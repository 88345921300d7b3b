import type { Role } from '../../shared/api/vocabulary.js';

/** Who does something: the user, the unit they act for and their role there. Every write is recorded with both. */
export interface Actor {
  userId: string;
  unitId: string;
  role: Role;
}
