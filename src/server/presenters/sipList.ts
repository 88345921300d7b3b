import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type { SipListItem, SipListPage, SipListQuery } from '../../shared/api/sipList.js';
import type { ListedCase } from '../data/caseList/listedCases.js';
import { readSipListPage } from '../data/caseList/page.js';
import type { Actor } from '../sips/actor.js';
import { listedName } from './names.js';

/**
 * A page of the cases the acting unit may see, with the total that match. The access rule is part of both
 * queries, so neither a page nor the count can include a case the unit may not see. The caller logs the access.
 */
export async function readSipList(
  db: Kysely<DB>,
  actor: Actor,
  query: SipListQuery,
  language: 'sv' | 'en',
): Promise<SipListPage> {
  if (!worksWithCases(actor.role)) return { items: [], total: 0, nextCursor: null };
  const today = stockholmDate();
  const { rows, nextCursor, total } = await readSipListPage(db, actor.unitId, query, today);
  return { items: rows.map((row) => presentRow(row, language)), total, nextCursor };
}

function presentRow(row: ListedCase, language: 'sv' | 'en'): SipListItem {
  const meeting = row.meetingStartsAt ? new Date(row.meetingStartsAt).toISOString() : null;
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    phase: row.phase,
    personName: listedName(row, language),
    protectedIdentity: row.protectedIdentity,
    targetGroup: row.targetGroup,
    convenerUnitName: row.convenerUnitName,
    myParts: (row.parts ?? '').split(',').filter(Boolean) as UnitPart[],
    nextDate: meeting ?? row.followUpOn,
    nextDateKind: meeting ? 'meeting' : row.followUpOn ? 'follow_up' : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
