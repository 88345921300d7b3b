import type { Measure, ScopeLevel, BreakdownLevel } from '../../../shared/api/statistics.js';
import type { Language } from '../../language.js';

/**
 * The words of a statistics file in each language. The file is read away from Samplan, so every key a figure
 * carries (a principal, a closure reason, a unit category) is written out in words; an unknown key is kept as it
 * is rather than dropped.
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
    goals_reached: 'Målen är nådda',
    individual_ended: 'Personen ville avsluta',
    consent_withdrawn: 'Samtycket återkallat',
    consent_declined: 'Samtycke gavs inte',
    moved: 'Personen har flyttat',
    deceased: 'Personen har avlidit',
    no_longer_needed: 'Samordning behövs inte längre',
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
    goals_reached: 'Goals reached',
    individual_ended: 'The individual wished to end',
    consent_withdrawn: 'Consent withdrawn',
    consent_declined: 'Consent not given',
    moved: 'The individual moved',
    deceased: 'The individual died',
    no_longer_needed: 'Coordination no longer needed',
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

export function exportWord(
  key: ScopeLevel | BreakdownLevel | Measure | (string & {}),
  language: Language,
): string {
  return words[language][key] ?? key;
}
