import type { Kysely } from 'kysely';
import type { DB, PlanVersionsTable } from '../../db/schema.js';
import type { PlanContent } from '../../shared/plan.js';
import { templateNames } from './planTemplates.js';

/**
 * The plan aggregate's reads and writes: the working copy of a case's plan, its established versions (kept for
 * ever) and the individual's approval of each. Callers hold the case's lock (runCaseWrite) for every write.
 */

/** The template version a plan was written with (both null when the case had none). */
export type WrittenWith = { templateId: string | null; templateVersion: number | null };

/** The working copy of the case's plan, locked until the transaction ends; undefined before the first save. */
export function planForUpdate(db: Kysely<DB>, sipId: string) {
  return db.selectFrom('plans').selectAll().where('sipId', '=', sipId).forUpdate().executeTakeFirst();
}

/** The working copy with the name of who saved it last and its template's names; undefined before the first save. */
export function planWithEditor(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('plans')
    .leftJoin('users', 'users.id', 'plans.updatedBy')
    .selectAll('plans')
    .select(['users.displayName as updatedByName'])
    .select(templateNames('plans'))
    .where('plans.sipId', '=', sipId)
    .executeTakeFirst();
}

/** The version of the plan in force (null before it is established); the case must have a plan. */
export async function establishedVersionOf(db: Kysely<DB>, sipId: string): Promise<number | null> {
  const plan = await db
    .selectFrom('plans')
    .select('establishedVersion')
    .where('sipId', '=', sipId)
    .executeTakeFirstOrThrow();
  return plan.establishedVersion;
}

/** The plan's working copy as saved now, created by the first save. */
export async function writePlan(
  db: Kysely<DB>,
  plan: WrittenWith & {
    sipId: string;
    content: PlanContent;
    revision: number;
    establishedVersion: number | null;
    updatedBy: string;
  },
): Promise<void> {
  const { sipId, content, ...rest } = plan;
  const values = { ...rest, content: JSON.stringify(content), updatedAt: new Date() };
  await db
    .insertInto('plans')
    .values({ sipId, ...values })
    .onConflict((oc) => oc.column('sipId').doUpdateSet(values))
    .execute();
}

/** A new established version, not yet approved by the individual. */
export async function insertPlanVersion(
  db: Kysely<DB>,
  version: WrittenWith & {
    sipId: string;
    version: number;
    content: PlanContent;
    reason: string;
    authorId: string;
    authorUnitId: string;
  },
): Promise<void> {
  await db
    .insertInto('planVersions')
    .values({
      ...version,
      content: JSON.stringify(version.content),
      approvedAt: null,
      approvalMethod: null,
      approvalRecordedBy: null,
    })
    .execute();
}

function versionOf(db: Kysely<DB>, sipId: string, version: number) {
  return db.selectFrom('planVersions').selectAll().where('sipId', '=', sipId).where('version', '=', version);
}

/** One established version of the case's plan; undefined when there is no such version. */
export function planVersion(db: Kysely<DB>, sipId: string, version: number) {
  return versionOf(db, sipId, version).executeTakeFirst();
}

/** The version of the plan in force, as established; the plan must be established. */
export async function planVersionInForce(db: Kysely<DB>, sipId: string) {
  return versionOf(db, sipId, (await establishedVersionOf(db, sipId)) ?? 0).executeTakeFirstOrThrow();
}

/** Versions of the case's plan with their author, the author's unit, the template's names and the case's person. */
export function planVersionsWithAuthors(db: Kysely<DB>, sipId: string, versions: number[]) {
  return db
    .selectFrom('planVersions as v')
    .innerJoin('sips as s', 's.id', 'v.sipId')
    .innerJoin('users as author', 'author.id', 'v.authorId')
    .innerJoin('units as authorUnit', 'authorUnit.id', 'v.authorUnitId')
    .selectAll('v')
    .select(['s.personId', 's.caseNumber', 's.conveningUnitId'])
    .select(['author.displayName as authorName', 'authorUnit.name as authorUnitName'])
    .select(templateNames('v'))
    .where('v.sipId', '=', sipId)
    .where('v.version', 'in', versions)
    .execute();
}

/** Staff record the approval they were told of; the individual's own is by their e-ID identity. */
type Approval = {
  approvalMethod: NonNullable<PlanVersionsTable['approvalMethod']>;
  approvalNote: string;
  approvalRecordedBy: string | null;
  approvedByIdentityId?: string | null;
};

/** The individual's approval of one version, recorded now. */
export async function recordApproval(
  db: Kysely<DB>,
  sipId: string,
  version: number,
  approval: Approval,
): Promise<void> {
  await db
    .updateTable('planVersions')
    .set({ approvedAt: new Date(), approvedByIdentityId: null, ...approval })
    .where('sipId', '=', sipId)
    .where('version', '=', version)
    .execute();
}
