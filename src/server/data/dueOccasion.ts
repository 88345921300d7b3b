import type { Expression, SqlBool } from 'kysely';

/**
 * What a reminder adds to the query of its aggregate that finds what is due: a condition on the subject's id and
 * the occasion's key, as that query names them (not yet enqueued, or the one subject a job asks about again).
 */
export type DueCondition = (subject: Expression<string>, key: Expression<string>) => Expression<SqlBool>;
