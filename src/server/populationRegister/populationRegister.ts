import type { IdNumber } from '../../domain/identity/idNumber.js';

/** A person as the population register gives them. */
export interface RegisterPerson {
  givenName: string;
  familyName: string;
  /** One line, street, postcode and town; '' when the register has none, and always '' for a protected identity. */
  address: string;
  /** Skyddad folkbokföring or sekretessmarkering: the register says so, Samplan never guesses. */
  protectedIdentity: boolean;
}

export type RegisterAnswer =
  | { status: 'found'; person: RegisterPerson }
  | { status: 'not_found' }
  /** No answer in time, an error, or an answer Samplan could not read; `problem` says which, without personal data. */
  | { status: 'unavailable'; problem: string };

/**
 * The county's population register (its integration with Skatteverket's, e.g. through Navet or SPAR), asked for
 * name and address by identity number. Only the server asks it; see registers.ts for the kinds.
 */
export interface PopulationRegister {
  /** Where the answers come from: the demo's fictional persons, or the county's register. */
  readonly source: 'demo' | 'county';
  lookUp(id: IdNumber): Promise<RegisterAnswer>;
}

/**
 * The register's answer as Samplan may use it, whatever the register did: a throw is an unavailable register, and
 * a protected identity's address is dropped here, at the boundary, so it is never stored, shown or passed on.
 */
export async function askRegister(register: PopulationRegister, id: IdNumber): Promise<RegisterAnswer> {
  let answer: RegisterAnswer;
  try {
    answer = await register.lookUp(id);
  } catch (error) {
    return { status: 'unavailable', problem: error instanceof Error ? error.name : 'error' };
  }
  if (answer.status !== 'found' || !answer.person.protectedIdentity) return answer;
  return { status: 'found', person: { ...answer.person, address: '' } };
}
