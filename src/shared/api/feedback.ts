import { z } from 'zod';
import { id, isoDate } from '../fields.js';

/**
 * Feedback after a SIP meeting, like the national SIP-kollen: six questions scored 1–5, each may be left as
 * "vet ej" (null), and an optional free text. Sent without signing in; the link's token is the only credential.
 */
export const feedbackQuestions = [
  'respect',
  'coDetermination',
  'relevance',
  'structure',
  'information',
  'followUp',
] as const;
export type FeedbackQuestion = (typeof feedbackQuestions)[number];

export const feedbackFreeTextMax = 2000;
/** Fewer answers than this for a scope and period and nothing of them is shown. */
export const feedbackMinimumAnswers = 5;

const score = z.number().int().min(1).max(5).nullable();
const scores = Object.fromEntries(feedbackQuestions.map((question) => [question, score])) as Record<
  FeedbackQuestion,
  typeof score
>;

export const feedbackAnswerBody = z.strictObject({
  ...scores,
  freeText: z.string().trim().max(feedbackFreeTextMax).default(''),
});
export type FeedbackAnswerBody = z.input<typeof feedbackAnswerBody>;

/** base64url of 32 random bytes; anything else cannot be a link Samplan made. */
export const feedbackTokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export const offerFeedbackBody = z.strictObject({ meetingId: id });

/** Shown once to the convener: the address and its QR code; only a hash of the token is kept. */
export const feedbackLink = z.object({
  url: z.string(),
  qrSvg: z.string(),
  expiresAt: z.string(),
});
export type FeedbackLink = z.infer<typeof feedbackLink>;

/** What the public form learns about the link: that it is open, and until when. Nothing about anyone. */
export const feedbackFormState = z.object({ expiresAt: z.string() });
export type FeedbackFormState = z.infer<typeof feedbackFormState>;

export const feedbackResultsQuery = z.strictObject({ from: isoDate, to: isoDate });

export const questionResult = z.object({
  question: z.enum(feedbackQuestions),
  /** Answers other than "vet ej". */
  answered: z.number(),
  /** Null when fewer than `feedbackMinimumAnswers` scored this question. */
  average: z.number().nullable(),
});

export const feedbackSummaryResponse = z.object({
  answers: z.number().nullable(),
  /** True when fewer than `feedbackMinimumAnswers` answers exist: then nothing else is given. */
  suppressed: z.boolean(),
  questions: z.array(questionResult),
  freeTexts: z.array(z.string()),
});
export type FeedbackSummary = z.infer<typeof feedbackSummaryResponse>;
