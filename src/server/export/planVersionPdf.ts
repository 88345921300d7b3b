import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ageOn } from '../../domain/consent/consent.js';
import { formatIdNumber } from '../../domain/identity/idNumber.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { fill } from '../../shared/words/fill.js';
import { planPdfSv } from '../../shared/words/planPdf.sv.js';
import { unitDirectory } from '../data/directory.js';
import {
  invitationsToMeeting,
  meetingOfVersion,
  organisationName,
  personOfPlan,
} from '../data/planDocument.js';
import type { planVersionsWithAuthors } from '../data/plans.js';
import { listedName } from '../presenters/names.js';
import { planPdf } from './planPdf.js';
import { unitNamer } from './planPdfFacts.js';

type VersionRow = Awaited<ReturnType<typeof planVersionsWithAuthors>>[number];

/** The individual's copy, or the copy of a unit that takes part (checked before, see `planPdfCopy.ts`). */
export type PlanPdfCopy = { kind: 'person' } | { kind: 'unit'; unitId: string };

/**
 * Who the file is made for, which decides a protected identity's name: staff see it masked, as the print view and
 * every staff page show it; the individual's side sees the name, which is theirs (decision 0037).
 */
export type PlanPdfReader = 'staff' | 'person';

/** The PDF of a stored, established plan version, with what it names looked up now. Never the person's address. */
export async function planVersionPdf(
  db: Kysely<DB>,
  row: VersionRow,
  copy: PlanPdfCopy,
  reader: PlanPdfReader,
): Promise<Buffer> {
  const { content } = row;
  const person = await personOfPlan(db, row.personId);
  const found = await meetingOfVersion(db, row.sipId, row.createdAt);
  const invitations = found ? await invitationsToMeeting(db, found.id) : [];
  const units = await unitDirectory(db, [
    row.conveningUnitId,
    ...(copy.kind === 'unit' ? [copy.unitId] : []),
    ...(content.coordinator.unitId ? [content.coordinator.unitId] : []),
    ...content.efforts.flatMap((effort) => (effort.responsibleUnitId ? [effort.responsibleUnitId] : [])),
    ...invitations.map((invitation) => invitation.unitId),
  ]);
  const age = ageOn(person.birthDate, stockholmDate(row.createdAt));
  return planPdf({
    caseNumber: row.caseNumber,
    version: row.version,
    establishedAt: row.createdAt,
    establishedBy: { name: row.authorName, unitName: row.authorUnitName },
    approval: row.approvedAt
      ? { at: row.approvedAt, method: row.approvalMethod, note: row.approvalNote }
      : null,
    template:
      row.templateName !== null && row.templateVersion !== null
        ? { name: row.templateName, version: row.templateVersion }
        : null,
    copyFor:
      copy.kind === 'person'
        ? planPdfSv.copyForPerson
        : fill(planPdfSv.copyForUnit, { unit: unitNamer(units)(copy.unitId) }),
    person: {
      name: reader === 'person' ? `${person.givenName} ${person.familyName}` : listedName(person, 'sv'),
      idKind: person.idKind,
      idNumber: formatIdNumber(person.idKind, person.idNumber),
      protectedIdentity: person.protectedIdentity,
      child: age !== null && age < 18,
    },
    convenerUnitId: row.conveningUnitId,
    overallResponsibility: await organisationName(db, content.overallResponsibilityOrganisationId),
    meeting: found ? { ...found, invitations } : null,
    units,
    content,
  });
}
