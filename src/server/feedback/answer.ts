import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { conflict, DomainError } from '../../domain/errors.js';
import type { FeedbackFormState, feedbackAnswerBody } from '../../shared/api/feedback.js';
import { feedbackLinkByHash, recordFeedbackAnswer } from '../data/feedback.js';
import { secretHash } from '../secretToken.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { feedbackRefusalsEn } from '../../shared/words/feedbackRefusals.en.js';
import { feedbackRefusalsSv } from '../../shared/words/feedbackRefusals.sv.js';

const words = { sv: feedbackRefusalsSv, en: feedbackRefusalsEn };

/** The same answer for a token never made and one whose hash we do not hold: nothing to tell them apart. */
function unknownLink(): DomainError {
  return new DomainError(
    'not_found',
    'feedback_link_unknown',
    bothLanguages(words, (said) => said.linkUnknown),
  );
}

function alreadyUsed(): DomainError {
  return conflict(
    'feedback_already_given',
    bothLanguages(words, (said) => said.alreadyGiven),
  );
}

function expired(): DomainError {
  return conflict(
    'feedback_link_expired',
    bothLanguages(words, (said) => said.linkExpired),
  );
}

async function openToken(db: Kysely<DB>, token: string, forUpdate: boolean) {
  const found = await feedbackLinkByHash(db, secretHash(token), { forUpdate });
  if (!found) throw unknownLink();
  if (found.usedOn !== null || found.meetingId === null) throw alreadyUsed();
  if (found.expiresAt.getTime() <= Date.now()) throw expired();
  return { ...found, meetingId: found.meetingId };
}

/** Whether the link may still be answered, told before the person spends time on the form. */
export async function feedbackFormState(db: Kysely<DB>, token: string): Promise<FeedbackFormState> {
  const open = await openToken(db, token, false);
  return { expiresAt: open.expiresAt.toISOString() };
}

/**
 * Stores one answer and spends the token in the same transaction, so a token answers once even when two
 * submits race (the row is locked). The answer keeps only the convening unit, its organisation and the meeting's
 * month; the token forgets its meeting and keeps only the day it was used (docs/decisions/0012-feedback.md).
 */
export function submitFeedback(
  db: Kysely<DB>,
  token: string,
  answer: z.output<typeof feedbackAnswerBody>,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const open = await openToken(trx, token, true);
    await recordFeedbackAnswer(trx, open, answer);
  });
}
