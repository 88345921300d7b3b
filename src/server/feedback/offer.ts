import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { DB } from '../../db/schema.js';
import { conflict, notFound, thing } from '../../domain/errors.js';
import type { FeedbackLink } from '../../shared/api/feedback.js';
import { logAccess } from '../audit/logAccess.js';
import { authorizeCase } from '../access/caseAccess.js';
import { insertFeedbackLink, meetingForFeedback } from '../data/feedback.js';
import type { Actor } from '../sips/actor.js';
import { newSecretToken, secretHash } from '../secretToken.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { feedbackRefusalsEn } from '../../shared/words/feedbackRefusals.en.js';
import { feedbackRefusalsSv } from '../../shared/words/feedbackRefusals.sv.js';

const words = { sv: feedbackRefusalsSv, en: feedbackRefusalsEn };

const theMeeting = thing('meeting');

/** How long a feedback link stays open: long enough to answer at home after the meeting, not forever. */
const feedbackLinkDays = 30;

/**
 * A single-use feedback link for a held meeting of the SIP, offered by its convener. The token is returned once,
 * as an address and a QR code, and only its hash is kept. The link names no one: whoever holds the card answers.
 */
export function offerFeedback(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  meetingId: string,
  publicUrl: string,
): Promise<FeedbackLink> {
  return inTransaction(db, async (trx) => {
    await authorizeCase(trx, sipId, actor, 'offerFeedback');
    const meeting = await meetingForFeedback(trx, sipId, meetingId);
    if (!meeting) throw notFound(theMeeting);
    if (meeting.status !== 'held') {
      throw conflict(
        'meeting_not_held',
        bothLanguages(words, (said) => said.meetingNotHeld),
      );
    }
    const link = await newFeedbackLink(
      trx,
      { meetingId, conveningUnitId: meeting.conveningUnitId },
      publicUrl,
    );
    await logAccess(trx, actor, 'offer_feedback', { sipId, personId: meeting.personId });
    return {
      ...link,
      qrSvg: await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    };
  });
}

/**
 * A new single-use link to the survey about a held meeting: its address, with the token shown this once, and
 * until when it is open. Offered by the convener, or asked for by the individual on their own pages.
 */
export async function newFeedbackLink(
  db: Kysely<DB>,
  meeting: { meetingId: string; conveningUnitId: string },
  publicUrl: string,
): Promise<{ url: string; expiresAt: string }> {
  const token = newSecretToken();
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + feedbackLinkDays * 24 * 60 * 60 * 1000);
  await insertFeedbackLink(db, { tokenHash: secretHash(token), ...meeting, createdAt, expiresAt });
  return { url: new URL(`/feedback/${token}`, publicUrl).toString(), expiresAt: expiresAt.toISOString() };
}
