import type { CaseRecord, PersonWriter } from '../data/caseRecord.js';
import { formatIdNumber } from '../../domain/identity/idNumber.js';
import type { FromPersonView, GuardianView } from '../../shared/api/responses.js';
import { protectedName } from './names.js';

const iso = (instant: string) => new Date(instant).toISOString();

/**
 * A guardian staff recorded. For a child with protected identity their name and contact are withheld as the
 * child's own are: a guardian's name or address would lead to the child.
 */
export function presentGuardian(
  guardian: {
    id: string;
    name: string;
    idNumber: string;
    email: string;
    mobile: string;
    recordedByName: string;
    recordedAt: string | Date;
  },
  childProtected: boolean,
): GuardianView {
  return {
    id: guardian.id,
    name: childProtected ? protectedName.sv : guardian.name,
    idNumber: formatIdNumber('personnummer', guardian.idNumber),
    email: childProtected ? '' : guardian.email,
    mobile: childProtected ? '' : guardian.mobile,
    recordedByName: guardian.recordedByName,
    recordedAt: new Date(guardian.recordedAt).toISOString(),
  };
}

export function presentGuardians(
  { guardians, person }: CaseRecord,
  userName: (id: string) => string,
): GuardianView[] {
  return guardians.map((guardian) =>
    presentGuardian({ ...guardian, recordedByName: userName(guardian.recordedBy) }, person.protectedIdentity),
  );
}

/**
 * Someone who signed in with e-ID and wrote or did something in the case (also a step in its history, such as
 * approving the plan or withdrawing the consent), by their relation, and by name unless the identity is protected.
 */
export function writerOf({ writers, person }: CaseRecord): (identityId: string) => PersonWriter {
  return (identityId) => {
    const known = writers[identityId] ?? { name: '', relation: 'other' as const };
    return person.protectedIdentity ? { ...known, name: protectedName.sv } : known;
  };
}

/**
 * What the individual, a guardian or the child told on their own pages, for staff preparing the meeting and the
 * plan. Who wrote it is named by their relation to the case, and by name unless the identity is protected.
 */
export function presentFromPerson(record: CaseRecord, userName: (id: string) => string): FromPersonView {
  const { personPreparation, meetingAnswers, objections, childView } = record;
  const writer = writerOf(record);
  return {
    preparation: personPreparation && {
      whatMatters: personPreparation.whatMatters,
      questions: personPreparation.questions,
      ownGoals: personPreparation.ownGoals,
      writtenBy: writer(personPreparation.updatedBy),
      updatedAt: iso(personPreparation.updatedAt),
    },
    meetingAnswers: meetingAnswers.map((answer) => ({
      answer: answer.answer,
      wish: answer.wish,
      answeredAt: iso(answer.answeredAt),
      answeredBy: writer(answer.identityId),
    })),
    objections: objections.map((objection) => ({
      version: objection.version,
      text: objection.text,
      createdAt: iso(objection.createdAt),
      writtenBy: writer(objection.identityId),
    })),
    childView: childView && {
      good: childView.good,
      hard: childView.hard,
      wishes: childView.wishes,
      hasPicture: childView.hasPicture,
      writtenBy: writer(childView.writtenBy),
      updatedAt: iso(childView.updatedAt),
      confirmedAt: childView.confirmedAt === null ? null : iso(childView.confirmedAt),
      confirmedByName: childView.confirmedBy === null ? null : userName(childView.confirmedBy),
    },
  };
}
