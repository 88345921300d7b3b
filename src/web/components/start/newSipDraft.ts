import type { z } from 'zod';
import type { createSipBody } from '../../../shared/api/requests.js';
import type { PersonLookupResponse } from '../../../shared/api/responses.js';
import type { initiatorTypes, targetGroups } from '../../../shared/api/vocabulary.js';

export type InitiatorType = (typeof initiatorTypes)[number];
export type TargetGroup = (typeof targetGroups)[number];
export type CreateSipBody = z.input<typeof createSipBody>;

export interface PersonDraft {
  givenName: string;
  familyName: string;
  address: string;
  phone: string;
  protectedIdentity: boolean;
}

export interface NeedDraft {
  initiatorType: InitiatorType;
  initiatorUnitId: string;
  initiatorName: string;
  targetGroup: TargetGroup | '';
  description: string;
}

export const emptyPerson: PersonDraft = {
  givenName: '',
  familyName: '',
  address: '',
  phone: '',
  protectedIdentity: false,
};

export function emptyNeed(actingUnitId: string | null): NeedDraft {
  return {
    initiatorType: 'staff',
    initiatorUnitId: actingUnitId ?? '',
    initiatorName: '',
    targetGroup: '',
    description: '',
  };
}

/** Who took the initiative decides what else is asked: a unit for staff, a school or another actor; a name unless it was the individual. */
export function asksForUnit(type: InitiatorType): boolean {
  return type === 'staff' || type === 'school' || type === 'other_actor';
}

export function asksForName(type: InitiatorType): boolean {
  return type !== 'individual';
}

/** A field the browser can already tell is wrong; each is also the id of its input and the key of its message. */
export type FieldProblem = 'givenName' | 'familyName' | 'phone' | 'targetGroup' | 'description';

/** Where the server names the same field in the request body. */
export const fieldPaths: Record<FieldProblem, string> = {
  givenName: 'body.person.givenName',
  familyName: 'body.person.familyName',
  phone: 'body.person.phone',
  targetGroup: 'body.need.targetGroup',
  description: 'body.need.description',
};

/** The characters the API accepts in a phone number (src/shared/fields.ts). */
const PHONE = /^[+0-9 ()-]*$/;

/** What must be put right before sending, in the order of the form; a known person brings their own details. */
export function fieldProblems(
  lookup: PersonLookupResponse,
  person: PersonDraft,
  need: NeedDraft,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!lookup.person) {
    if (!person.givenName.trim()) problems.push('givenName');
    if (!person.familyName.trim()) problems.push('familyName');
    if (!PHONE.test(person.phone.trim())) problems.push('phone');
  }
  if (!need.targetGroup) problems.push('targetGroup');
  if (!need.description.trim()) problems.push('description');
  return problems;
}

/** The body of POST /api/sips. The identity number is the one the server normalised at the lookup. */
export function toCreateBody(
  lookup: PersonLookupResponse,
  reserve: boolean,
  person: PersonDraft,
  need: NeedDraft & { targetGroup: TargetGroup },
): CreateSipBody {
  const known = lookup.person;
  return {
    person: known
      ? {
          idNumber: lookup.idNumber,
          reserve,
          givenName: known.givenName,
          familyName: known.familyName,
          protectedIdentity: known.protectedIdentity,
          address: known.address,
          phone: known.phone,
        }
      : {
          idNumber: lookup.idNumber,
          reserve,
          givenName: person.givenName.trim(),
          familyName: person.familyName.trim(),
          protectedIdentity: person.protectedIdentity,
          address: person.address.trim(),
          phone: person.phone.trim(),
        },
    need: {
      initiatorType: need.initiatorType,
      initiatorUnitId: asksForUnit(need.initiatorType) && need.initiatorUnitId ? need.initiatorUnitId : null,
      initiatorName: asksForName(need.initiatorType) ? need.initiatorName.trim() : '',
      targetGroup: need.targetGroup,
      description: need.description.trim(),
    },
  };
}

/** The request paths of the fields the form shows now, so the server's complaints about them can be shown there. */
export function shownFieldPaths(lookup: PersonLookupResponse, need: NeedDraft): string[] {
  const person = lookup.person
    ? []
    : ['givenName', 'familyName', 'address', 'phone', 'protectedIdentity'].map(
        (name) => `body.person.${name}`,
      );
  const initiator = [
    ...(asksForUnit(need.initiatorType) ? ['body.need.initiatorUnitId'] : []),
    ...(asksForName(need.initiatorType) ? ['body.need.initiatorName'] : []),
  ];
  return [
    'body.person.idNumber',
    ...person,
    'body.need.initiatorType',
    ...initiator,
    'body.need.targetGroup',
    'body.need.description',
  ];
}
