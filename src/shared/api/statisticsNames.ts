import type { Comparison, IndicatorKey, ReportTemplate } from './statistics.js';
import type { closureReasons, initiatorTypes, organisationKinds } from './vocabulary.js';

type Language = 'sv' | 'en';
type Names<Key extends string> = Record<Language, Record<Key, string>>;

/*
 * The names the keys of a statistics report are shown by: the principals and the categories of the
 * distributions. Written once for the page and for the exported files, so a file read away from Samplan says
 * what the page says; the web app's translations take the same names from here.
 */

export const principalNames: Names<(typeof organisationKinds)[number]> = {
  sv: { region: 'Region', municipality: 'Kommun', other: 'Andra aktörer' },
  en: { region: 'Region', municipality: 'Municipality', other: 'Other actors' },
};

/** What the period is compared with, as the filter offers it and the files' selection names it. */
export const comparisonNames: Names<Comparison> = {
  sv: { previous: 'Föregående period, lika lång', yearBefore: 'Samma datum året innan' },
  en: { previous: 'The previous period, as long', yearBefore: 'The same dates a year earlier' },
};

export const initiatorTypeNames: Names<(typeof initiatorTypes)[number]> = {
  sv: {
    staff: 'Personal',
    individual: 'Den enskilde',
    relative: 'Närstående',
    school: 'Skola/förskola',
    other_actor: 'Annan aktör',
  },
  en: {
    staff: 'Staff',
    individual: 'The individual',
    relative: 'Close relative',
    school: 'School/preschool',
    other_actor: 'Other actor',
  },
};

export const closureReasonNames: Names<(typeof closureReasons)[number]> = {
  sv: {
    goals_reached: 'Målen är nådda',
    individual_ended: 'Personen vill avsluta',
    consent_withdrawn: 'Samtycket är återkallat',
    consent_declined: 'Samtycke gavs inte',
    moved: 'Personen har flyttat',
    deceased: 'Personen har avlidit',
    no_longer_needed: 'Samordning behövs inte längre',
    other: 'Annat skäl',
  },
  en: {
    goals_reached: 'The goals are reached',
    individual_ended: 'The person wants to end it',
    consent_withdrawn: 'Consent was withdrawn',
    consent_declined: 'Consent was not given',
    moved: 'The person has moved',
    deceased: 'The person has died',
    no_longer_needed: 'Coordination is no longer needed',
    other: 'Other reason',
  },
};

/** The unit categories Samplan knows; a county may name others, which are shown as they were entered. */
export const unitCategoryNames: Names<string> = {
  sv: {
    administration: 'Förvaltning',
    primary_care: 'Primärvård',
    adult_psychiatry: 'Vuxenpsykiatri',
    child_psychiatry: 'Barn- och ungdomspsykiatri',
    child_habilitation: 'Habilitering',
    hospital_ward: 'Slutenvård',
    elderly_care: 'Äldreomsorg',
    disability_support: 'Funktionsstöd (LSS)',
    individual_family_care: 'Individ- och familjeomsorg',
    social_psychiatry: 'Socialpsykiatri',
    school: 'Skola/elevhälsa',
    social_insurance: 'Försäkringskassan',
  },
  en: {
    administration: 'Administration',
    primary_care: 'Primary care',
    adult_psychiatry: 'Adult psychiatry',
    child_psychiatry: 'Child and adolescent psychiatry',
    child_habilitation: 'Habilitation',
    hospital_ward: 'Inpatient care',
    elderly_care: 'Elderly care',
    disability_support: 'Disability support (LSS)',
    individual_family_care: 'Individual and family care',
    social_psychiatry: 'Social psychiatry',
    school: 'School health',
    social_insurance: 'Social insurance',
  },
};

/** The category of plans written without a template, beside the templates' ids (plansByTemplate). */
export const noTemplate = 'none';

export const noTemplateNames: Record<Language, string> = { sv: 'Utan mall', en: 'No template' };

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
