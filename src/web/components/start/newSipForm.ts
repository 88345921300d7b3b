import type { DefaultValues, FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { createSipBody, needSchema, type newPersonSchema } from '../../../shared/api/requests.js';
import type { PersonLookupResponse } from '../../../shared/api/responses.js';
import { initiatorTypes, type targetGroups } from '../../../shared/api/vocabulary.js';

type InitiatorType = (typeof initiatorTypes)[number];

/** Who took the initiative decides what else is asked: a unit for staff, a school or another actor; a name unless it was the individual. */
export function asksForUnit(type: InitiatorType): boolean {
  return type === 'staff' || type === 'school' || type === 'other_actor';
}

export function asksForName(type: InitiatorType): boolean {
  return type !== 'individual';
}

type TargetGroup = (typeof targetGroups)[number];

/**
 * The need as its form holds it: every initiator field whoever took the initiative, no unit as an empty choice.
 * What is not asked for the initiator chosen is sent as none. The target group is checked by the body's schema
 * only, so that a missing one is asked for together with everything else missing.
 */
const needInputs = z.object({
  initiatorType: z.enum(initiatorTypes),
  initiatorUnitId: z.string(),
  initiatorName: z.string(),
  targetGroup: z.custom<TargetGroup>(),
  description: z.string(),
});

/**
 * The new SIP as its form holds it: the person as the body has them — identity from the look-up, name and address
 * typed, from the population register or as the unit knows them — and the need, checked by the server's schema.
 */
export const newSipForm = createSipBody.extend({
  need: needInputs
    .transform(({ initiatorType, initiatorUnitId, initiatorName, ...need }): z.input<typeof needSchema> => ({
      ...need,
      initiatorType,
      initiatorUnitId: asksForUnit(initiatorType) && initiatorUnitId ? initiatorUnitId : null,
      initiatorName: asksForName(initiatorType) ? initiatorName : '',
    }))
    .pipe(needSchema),
});

export type NewSipInput = z.input<typeof newSipForm>;
export type NewSipBody = z.output<typeof newSipForm>;
export type PersonInput = z.input<typeof newPersonSchema>;

/** The person's details, before anything is typed or found. */
export const noPersonDetails = {
  givenName: '',
  familyName: '',
  address: '',
  phone: '',
  protectedIdentity: false,
};

/** Staff most often raise the need on behalf of their own unit: the form starts from it. */
export function newSipDefaults(actingUnitId: string | null): DefaultValues<NewSipInput> {
  return {
    person: { idNumber: '', reserve: false, ...noPersonDetails },
    need: {
      initiatorType: 'staff',
      initiatorUnitId: actingUnitId ?? '',
      initiatorName: '',
      description: '',
    },
  };
}

/** The paths in the body of the fields the form shows now, in their order: a refusal of them is shown there. */
export function shownFieldPaths(
  lookup: PersonLookupResponse,
  initiatorType: InitiatorType,
): FieldPath<NewSipInput>[] {
  const person = lookup.person
    ? []
    : ([
        'person.givenName',
        'person.familyName',
        'person.address',
        'person.phone',
        'person.protectedIdentity',
      ] as const);
  const initiator = [
    ...(asksForUnit(initiatorType) ? (['need.initiatorUnitId'] as const) : []),
    ...(asksForName(initiatorType) ? (['need.initiatorName'] as const) : []),
  ];
  return [
    'person.idNumber',
    ...person,
    'need.initiatorType',
    ...initiator,
    'need.targetGroup',
    'need.description',
  ];
}
