import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { planVersionsWithAuthors } from '../data/plans.js';
import { unitDirectory } from '../data/directory.js';
import { planPdf } from './planPdf.js';

type VersionRow = Awaited<ReturnType<typeof planVersionsWithAuthors>>[number];

/** The PDF of a stored plan version, with the names of the units it mentions looked up now. */
export async function planVersionPdf(db: Kysely<DB>, row: VersionRow): Promise<Buffer> {
  const { content } = row;
  const units = await unitDirectory(db, [
    row.conveningUnitId,
    ...(content.coordinator.unitId ? [content.coordinator.unitId] : []),
    ...content.efforts.flatMap((effort) => (effort.responsibleUnitId ? [effort.responsibleUnitId] : [])),
  ]);
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
    convenerUnitId: row.conveningUnitId,
    units,
    content,
  });
}
