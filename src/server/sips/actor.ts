/** Who does something: the user and the unit they act for. Every write is recorded with both. */
export interface Actor {
  userId: string;
  unitId: string;
}
