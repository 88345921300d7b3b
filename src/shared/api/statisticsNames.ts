import type { Comparison, IndicatorKey, ReportTemplate } from './statistics.js';
import type { closureReasons, initiatorTypes, organisationKinds } from './vocabulary.js';
import { caseEn } from '../words/case.en.js';
import { caseSv } from '../words/case.sv.js';
import { statisticsEn } from '../words/statistics.en.js';
import { statisticsSv } from '../words/statistics.sv.js';
import { vocabEn } from '../words/vocab.en.js';
import { vocabSv } from '../words/vocab.sv.js';

type Language = 'sv' | 'en';
type Names<Key extends string> = Record<Language, Record<Key, string>>;

/*
 * The names the keys of a statistics report are shown by: the principals and the categories of the
 * distributions. Read from the word catalogue for the page and for the exported files alike, so a file read away
 * from Samplan says what the page says.
 */

export const principalNames: Names<(typeof organisationKinds)[number]> = {
  sv: statisticsSv.principal,
  en: statisticsEn.principal,
};

/** What the period is compared with, as the filter offers it and the files' selection names it. */
export const comparisonNames: Names<Comparison> = {
  sv: statisticsSv.filters.comparison,
  en: statisticsEn.filters.comparison,
};

const initiatorTypeNames: Names<(typeof initiatorTypes)[number]> = {
  sv: vocabSv.initiatorType,
  en: vocabEn.initiatorType,
};

const closureReasonNames: Names<(typeof closureReasons)[number]> = {
  sv: caseSv.vocab.closureReason,
  en: caseEn.vocab.closureReason,
};

const unitCategoryNames: Names<string> = {
  sv: statisticsSv.unitCategory,
  en: statisticsEn.unitCategory,
};

/** The category of plans written without a template, beside the templates' ids (plansByTemplate). */
export const noTemplate = 'none';

const noTemplateNames: Record<Language, string> = {
  sv: statisticsSv.noTemplate,
  en: statisticsEn.noTemplate,
};

/**
 * A distribution's category in words: a closure reason, an initiator or a unit category, as its key is; a plan
 * template by the name the report gives it (the county's own word, in no language of ours).
 */
export function categoryName(
  indicator: IndicatorKey,
  key: string,
  language: Language,
  templates: readonly ReportTemplate[] = [],
): string {
  if (indicator === 'plansByTemplate') {
    if (key === noTemplate) return noTemplateNames[language];
    return templates.find((template) => template.id === key)?.name ?? key;
  }
  const names =
    indicator === 'needsEndedWithoutPlan'
      ? closureReasonNames
      : indicator === 'initiatorType'
        ? initiatorTypeNames
        : unitCategoryNames;
  return (names[language] as Record<string, string>)[key] ?? key;
}
