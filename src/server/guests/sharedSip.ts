import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SharedSipSummary, SharedSipView } from '../../shared/api/guests.js';
import { followUpsWithRecorders, latestMeeting, type LiveUnitGrant } from '../data/guests.js';
import { establishedVersionOf, planVersionsWithAuthors } from '../data/plans.js';
import { listedName } from '../presenters/names.js';
import { templateReferenceOf } from '../templates/templateReference.js';
import type { UnitGrantStanding } from './unitGrant.js';

/** A shared SIP in the guest unit's list: whose plan by name (masked for a protected identity), never the number. */
export function presentSharedSip(grant: LiveUnitGrant, language: 'sv' | 'en'): SharedSipSummary {
  return {
    id: grant.id,
    sipId: grant.sipId,
    caseNumber: grant.caseNumber,
    personName: listedName(grant, language),
    kind: grant.kind,
    scope: grant.scope,
    expiresAt: grant.expiresAt.toISOString(),
    phase: grant.phase,
  };
}

async function establishedPlan(db: Kysely<DB>, sipId: string): Promise<SharedSipView['plan']> {
  const version = await establishedVersionOf(db, sipId);
  if (version === null) return null;
  const [row] = await planVersionsWithAuthors(db, sipId, [version]);
  if (!row) return null;
  return {
    version: row.version,
    reason: row.reason,
    authorName: row.authorName,
    authorUnitName: row.authorUnitName,
    createdAt: row.createdAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvalMethod: row.approvalMethod,
    approvalNote: row.approvalNote,
    template: templateReferenceOf(row),
    content: row.content,
  };
}

async function followUps(db: Kysely<DB>, sipId: string): Promise<SharedSipView['followUps']> {
  const rows = await followUpsWithRecorders(db, sipId);
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.heldOn,
    planVersion: row.planVersion,
    items: row.items,
    notes: row.notes,
    problems: row.problems,
    nextDate: row.nextDate,
    recordedByName: row.recordedByName,
    recordedUnitName: row.recordedUnitName,
    recordedAt: row.recordedAt.toISOString(),
  }));
}

/**
 * What the guest unit reads of the SIP, part by part as the individual side's policy lets a guest of this scope:
 * the meeting (without its place when the identity is protected, since a place may be a home), the established
 * plan, its follow-ups. Never the identity number, the address or anything else of the person's record.
 */
export async function readSharedSip(
  db: Kysely<DB>,
  { grant, may }: UnitGrantStanding,
  language: 'sv' | 'en',
): Promise<SharedSipView> {
  const meeting = may('readMeeting') ? await latestMeeting(db, grant.sipId) : undefined;
  return {
    ...presentSharedSip(grant, language),
    meeting: meeting
      ? {
          startsAt: meeting.startsAt.toISOString(),
          endsAt: meeting.endsAt.toISOString(),
          form: meeting.form,
          place: grant.protectedIdentity ? '' : meeting.place,
          status: meeting.status,
        }
      : null,
    plan: may('readPlan') ? await establishedPlan(db, grant.sipId) : null,
    followUps: may('readFollowUps') ? await followUps(db, grant.sipId) : null,
  };
}
