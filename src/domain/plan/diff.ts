import { emptyPlan, type PlanContent } from '../../shared/plan.js';

/** One difference between two versions of a plan, by section and, in lists, by item. */
export interface PlanChange {
  section: keyof PlanContent;
  /** The item's key, for goals, efforts and measures by others. */
  itemKey?: string;
  /** The changed field within an item or the coordinator. */
  field?: string;
  change: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

type Keyed = { key: string } & Record<string, unknown>;
const listSections = ['goals', 'efforts', 'measuresByOthers'] as const;

const readingOrder = Object.keys(emptyPlan()) as (keyof PlanContent)[];

/** What changed from `before` to `after`, section by section, in the order the plan is read. */
export function diffPlans(before: PlanContent, after: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  // The order the plan is read in, not the order of the keys given: jsonb from the database sorts its keys.
  for (const section of readingOrder) {
    if ((listSections as readonly string[]).includes(section)) {
      changes.push(...diffList(section, before[section] as Keyed[], after[section] as Keyed[]));
    } else if (section === 'coordinator') {
      for (const field of Object.keys(after.coordinator) as (keyof PlanContent['coordinator'])[]) {
        if (before.coordinator[field] !== after.coordinator[field]) {
          changes.push({
            section,
            field,
            change: 'changed',
            before: before.coordinator[field],
            after: after.coordinator[field],
          });
        }
      }
    } else if (section === 'writtenWithUnitIds') {
      // A set of units: the order they were ticked in is no change.
      const units = (plan: PlanContent) => JSON.stringify([...plan.writtenWithUnitIds].sort());
      if (units(before) !== units(after))
        changes.push({ section, change: 'changed', before: before[section], after: after[section] });
    } else if (!sameValue(before[section], after[section])) {
      changes.push({ section, change: 'changed', before: before[section], after: after[section] });
    }
  }
  return changes;
}

function diffList(section: keyof PlanContent, before: Keyed[], after: Keyed[]): PlanChange[] {
  const changes: PlanChange[] = [];
  const previous = new Map(before.map((item) => [item.key, item]));
  const current = new Set(after.map((item) => item.key));
  for (const item of after) {
    const old = previous.get(item.key);
    if (old === undefined) {
      changes.push({ section, itemKey: item.key, change: 'added', before: null, after: item });
      continue;
    }
    for (const field of Object.keys(item)) {
      if (!sameValue(old[field], item[field])) {
        changes.push({
          section,
          itemKey: item.key,
          field,
          change: 'changed',
          before: old[field],
          after: item[field],
        });
      }
    }
  }
  for (const item of before) {
    if (!current.has(item.key))
      changes.push({ section, itemKey: item.key, change: 'removed', before: item, after: null });
  }
  return changes;
}

/**
 * Equal by value, whatever order an object's keys come in: jsonb from the database sorts them, so a code read back
 * (`{ code, system, display }`) is the same code as the one saved (`{ system, code, display }`).
 */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part !== null && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => a.localeCompare(b)))
      : part,
  );
}
