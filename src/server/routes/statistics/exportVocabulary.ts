import { closureReasonNames, type ClosureReason } from '../../../domain/sip/closure.js';
import type { BreakdownLevel, IndicatorKey, Measure, ScopeLevel } from '../../../shared/api/statistics.js';
import type { Language } from '../../language.js';

/**
 * The words of a statistics file in each language. The file is read away from Samplan, so every key a figure
 * carries (a principal, an initiator, a unit category) is written out in words; an unknown key is kept as it is
 * rather than dropped. Closure reasons have their names in the domain (closureReasonNames).
 */
const words: Record<Language, Record<string, string>> = {
  sv: {
    county: 'Län',
    principal: 'Huvudman',
    organisation: 'Organisation',
    unit: 'Enhet',
    region: 'Region',
    municipality: 'Kommun',
    other: 'Annan aktör',
    count: 'antal',
    share: 'procent',
    days: 'dagar (median)',
    score: 'poäng 1–5 (medel)',
    staff: 'Personal',
    individual: 'Den enskilde',
    relative: 'Närstående',
    school: 'Skola/förskola',
    other_actor: 'Annan aktör',
    administration: 'Förvaltning',
    primary_care: 'Primärvård',
    adult_psychiatry: 'Vuxenpsykiatri',
    child_psychiatry: 'Barn- och ungdomspsykiatri',
    child_habilitation: 'Habilitering',
    hospital_ward: 'Slutenvård',
    elderly_care: 'Äldreomsorg',
    disability_support: 'Funktionsstöd (LSS)',
    individual_family_care: 'Individ- och familjeomsorg',
    social_insurance: 'Försäkringskassan',
  },
  en: {
    county: 'County',
    principal: 'Principal',
    organisation: 'Organisation',
    unit: 'Unit',
    region: 'Region',
    municipality: 'Municipality',
    other: 'Other actor',
    count: 'number',
    share: 'per cent',
    days: 'days (median)',
    score: 'score 1–5 (mean)',
    staff: 'Staff',
    individual: 'The individual',
    relative: 'Relative',
    school: 'School/preschool',
    other_actor: 'Other actor',
    administration: 'Administration',
    primary_care: 'Primary care',
    adult_psychiatry: 'Adult psychiatry',
    child_psychiatry: 'Child and adolescent psychiatry',
    child_habilitation: 'Habilitation',
    hospital_ward: 'Inpatient care',
    elderly_care: 'Elderly care',
    disability_support: 'Disability support (LSS)',
    individual_family_care: 'Individual and family care',
    social_insurance: 'Social insurance',
  },
};

/** A distribution's category in words: the closure reasons by their domain names, other keys from the list. */
export function categoryWord(indicator: IndicatorKey, key: string, language: Language): string {
  const closureName =
    indicator === 'needsEndedWithoutPlan' ? closureReasonNames[key as ClosureReason] : undefined;
  return closureName?.[language] ?? exportWord(key, language);
}

export function exportWord(
  key: ScopeLevel | BreakdownLevel | Measure | (string & {}),
  language: Language,
): string {
  return words[language][key] ?? key;
}
