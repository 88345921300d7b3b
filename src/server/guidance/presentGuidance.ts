import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { decideOrganisationAction } from '../../domain/access/policy.js';
import { lawByStep } from '../../domain/guidance/lawText.js';
import type { GuidanceResponse } from '../../shared/api/guidance.js';
import { guidanceSteps } from '../../shared/guidance.js';
import type { SessionUser } from '../auth/sessionStore.js';
import { currentRoutineTexts } from '../data/routineTexts.js';

/**
 * The routine texts are the county's own, like its deadlines, so they are changed under the same action as the
 * county settings: by the system administrator, acting as one.
 */
export function mayEditRoutineTexts(user: Pick<SessionUser, 'units' | 'activeUnitId'>): boolean {
  const role = user.units.find((unit) => unit.unitId === user.activeUnitId)?.role;
  return role !== undefined && decideOrganisationAction('administerCountySettings', { role }).allowed;
}

/** Every step in the process's order: the county's current routine text and the law's wording. */
export async function presentGuidance(db: Kysely<DB>, mayEdit: boolean): Promise<GuidanceResponse> {
  const routines = await currentRoutineTexts(db);
  return {
    steps: guidanceSteps.map((step) => ({ step, routine: routines.get(step) ?? null, law: lawByStep[step] })),
    mayEdit,
  };
}
