import { createHash } from 'node:crypto';
import type { Goal as PlanGoal } from '../../../shared/plan.js';
import { caseSv } from '../../../shared/words/case.sv.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  concept,
  reference,
  samplanCodeSystem,
  textOrAbsent,
  type Annotation,
  type CodeableConcept,
  type Reference,
} from './elements.js';
import {
  goalAchievement,
  goalLifecycle,
  type GoalLifecycleStatus,
  type GoalStanding,
  type Outcome,
} from './goalStatus.js';

/** A follow-up's judgement of one goal. */
export interface GoalJudgement {
  heldOn: string;
  outcome: Outcome;
  note: string;
}

/** Everything a Goal is built from: the goal as the newest version has it, its case, and its follow-ups. */
export interface GoalFacts extends Omit<GoalStanding, 'outcome'> {
  sipId: string;
  personId: string;
  /** The goal as stored: versions saved before goals had codes have none. */
  goal: Omit<PlanGoal, 'codes'> & { codes?: PlanGoal['codes'] };
  /** When the first established version that has the goal's key was established; null in a draft. */
  firstEstablishedAt: Date | null;
  /** Every follow-up's judgement of the goal, newest first. */
  judgements: GoalJudgement[];
}

export type FhirGoal = {
  resourceType: 'Goal';
  id: string;
  lifecycleStatus: GoalLifecycleStatus;
  achievementStatus?: CodeableConcept;
  category: CodeableConcept[];
  description: CodeableConcept;
  subject: Reference;
  expressedBy?: Reference;
  startDate?: string;
  statusDate?: string;
  note?: Annotation[];
};

const goalAchievementSystem = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
const achievementDisplay = {
  'in-progress': 'In Progress',
  improving: 'Improving',
  achieved: 'Achieved',
  'not-achieved': 'Not Achieved',
} as const;

/**
 * A goal's id: the SIP's UUID as 32 hex digits, then the first 32 hex digits of SHA-256 of the goal's key. Plan
 * keys may hold characters an id may not; the hash keeps the id stable while the goal keeps its key, and the SIP
 * part lets a read find the case without a lookup table.
 */
export function goalId(sipId: string, key: string): string {
  return `${sipId.replaceAll('-', '')}${goalKeyHash(key)}`;
}

function goalKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The SIP and key hash a Goal id names, or undefined for an id Samplan never made. */
export function readGoalId(id: string): { sipId: string; keyHash: string } | undefined {
  const match = /^([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})([0-9a-f]{32})$/.exec(id);
  if (!match) return undefined;
  const [, a, b, c, d, e, keyHash] = match as unknown as [string, ...string[]];
  return { sipId: `${a}-${b}-${c}-${d}-${e}`, keyHash: keyHash! };
}

/** Whether a goal's key is the one a Goal id's hash names. */
export function goalKeyMatches(key: string, keyHash: string): boolean {
  return goalKeyHash(key) === keyHash;
}

/**
 * The Goal (fhir-mapping.md): the individual's own wording exactly as written, with codes from the county's code
 * systems as further codings beside it, never instead of it.
 */
export function goalResource(base: string, facts: GoalFacts): FhirGoal {
  const { goal, judgements } = facts;
  const newest = judgements[0];
  const outcome = newest?.outcome ?? null;
  const patient = reference('Patient', facts.personId);
  const notes = judgements.flatMap((judgement): Annotation[] => {
    const text = textOrAbsent(judgement.note);
    return text === undefined ? [] : [{ time: judgement.heldOn, text }];
  });
  return {
    resourceType: 'Goal',
    id: goalId(facts.sipId, goal.key),
    lifecycleStatus: goalLifecycle({ phase: facts.phase, established: facts.established, outcome }),
    achievementStatus: achievementOf(base, outcome),
    category: [concept(samplanCodeSystem(base, 'goal-kind'), goal.kind, caseSv.vocab.goalKind[goal.kind])],
    description: goal.codes?.length ? { coding: goal.codes, text: goal.text } : { text: goal.text },
    subject: patient,
    expressedBy: goal.kind === 'individual' ? patient : undefined,
    startDate: facts.firstEstablishedAt ? stockholmDate(facts.firstEstablishedAt) : undefined,
    statusDate: newest?.heldOn,
    note: notes.length > 0 ? notes : undefined,
  };
}

/** FHIR's achievement next to Samplan's own outcome, since `partly` and `improving` are not the same statement. */
function achievementOf(base: string, outcome: Outcome | null): CodeableConcept | undefined {
  const achievement = goalAchievement(outcome);
  const coding = achievement && {
    system: goalAchievementSystem,
    code: achievement,
    display: achievementDisplay[achievement],
  };
  if (outcome === null)
    return coding ? { coding: [coding], text: fhirResourcesSv.goal.inProgress } : undefined;
  const display = caseSv.vocab.outcome[outcome];
  const own = { system: samplanCodeSystem(base, 'follow-up-outcome'), code: outcome, display };
  return { coding: coding ? [coding, own] : [own], text: display };
}
