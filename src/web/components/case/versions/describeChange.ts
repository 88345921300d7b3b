import type { TFunction } from 'i18next';
import type { PlanDiffResponse } from '../../../../shared/api/responses.js';
import type { PlanContent } from '../../../../shared/plan.js';
import { caseSv } from '../../../../shared/words/case.sv.js';
import { isKeyOf } from '../../../i18n/isKeyOf.js';
import type { UnitInfo } from '../units.js';

type Change = PlanDiffResponse['changes'][number];

export interface DiffLookups {
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
  /** Both versions' content, to name goals and efforts by their words rather than their keys. */
  contents: PlanContent[];
  t: TFunction;
}

const MAX = 80;
const shorten = (text: string) => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);

const listSections = { goals: 'goal', efforts: 'effort', measuresByOthers: 'measure' } as const;

function itemText(item: Record<string, unknown>): string {
  const text = typeof item.text === 'string' ? item.text : item.description;
  return typeof text === 'string' ? text.trim() : '';
}

function findItem(change: Change, contents: PlanContent[]): Record<string, unknown> | undefined {
  if (!(change.section in listSections) || !change.itemKey) return undefined;
  for (const content of contents) {
    const list = content[change.section as keyof typeof listSections] as { key: string }[];
    const item = list.find((candidate) => candidate.key === change.itemKey);
    if (item) return item;
  }
  return undefined;
}

/** Where the change is, in words: "Insats: Stöd i hemmet – Kontaktperson". */
export function changePlace(change: Change, { contents, t }: DiffLookups): string {
  const kind = listSections[change.section as keyof typeof listSections];
  let place = kind
    ? t(`case.plan.${kind}`)
    : isKeyOf(caseSv.plan.fields, change.section)
      ? t(`case.plan.fields.${change.section}`)
      : change.section;
  const item = findItem(change, contents);
  if (item && itemText(item)) place = `${place}: ${shorten(itemText(item))}`;
  if (!change.field) return place;
  return `${place} – ${isKeyOf(caseSv.diff.fields, change.field) ? t(`case.diff.fields.${change.field}`) : change.field}`;
}

/** A value before or after a change, as a person would read it. */
export function changeValue(change: Change, value: unknown, lookups: DiffLookups): string {
  const { t, units, organisationName, contents } = lookups;
  if (value === null || value === undefined || value === '') return t('case.diff.empty');
  const unit = (id: string) => {
    const info = units.get(id);
    return info ? `${info.unitName}, ${info.organisationName}` : id;
  };
  if (typeof value === 'string') {
    if (change.field === 'responsibleUnitId' || change.field === 'unitId') return unit(value);
    if (change.section === 'overallResponsibilityOrganisationId') return organisationName(value);
    if (change.field === 'kind')
      return isKeyOf(caseSv.vocab.goalKind, value) ? t(`case.vocab.goalKind.${value}`) : value;
    return value;
  }
  if (Array.isArray(value)) {
    // goalKeys: the goals an effort serves.
    const goals = new Map(contents.flatMap((content) => content.goals).map((goal) => [goal.key, goal.text]));
    return (
      value.map((key) => shorten(goals.get(String(key)) ?? String(key))).join('; ') || t('case.diff.empty')
    );
  }
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    const details = [itemText(item)];
    if (typeof item.responsibleUnitId === 'string') details.push(unit(item.responsibleUnitId));
    if (typeof item.actor === 'string' && item.actor) details.push(item.actor);
    return details.filter(Boolean).join(' · ') || t('case.diff.empty');
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : t('case.diff.empty');
}
