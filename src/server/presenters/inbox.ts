import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { inboxItem } from '../../shared/api/responses.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { invitationsToAnswer } from '../data/invitations.js';
import type { Actor } from '../sips/actor.js';

/** Invitations the unit still has to answer, soonest meeting first (`invitationsToAnswer`). */
export async function listInbox(db: Kysely<DB>, actor: Actor): Promise<z.infer<typeof inboxItem>[]> {
  if (!worksWithCases(actor.role)) return [];
  const rows = await invitationsToAnswer(db, actor.unitId, stockholmDate());
  return rows.map((row) => ({
    id: row.id,
    sipId: row.sipId,
    caseNumber: row.caseNumber,
    status: row.status,
    obliged: row.obliged,
    convenerUnitName: row.convenerUnitName,
    convenerOrganisationName: row.convenerOrganisationName,
    meetingStartsAt: row.startsAt.toISOString(),
    meetingForm: row.form,
    meetingPlace: row.place,
    message: row.message,
    sentAt: row.sentAt.toISOString(),
    rescheduled: row.seenSequence < row.sequence,
  }));
}
