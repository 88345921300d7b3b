import type { BreakdownLevel, Measure, ScopeLevel } from '../../../shared/api/statistics.js';
import type { Language } from '../../language.js';

/**
 * The words of a statistics file that only the file needs: the level of each row and the unit of each figure.
 * The file is read away from Samplan, so the keys a figure carries are written out in words — principals and
 * categories by the names the page shows them by (shared/api/statisticsNames.ts).
 */
const words: Record<Language, Record<ScopeLevel | BreakdownLevel | Measure, string>> = {
  sv: {
    county: 'Län',
    principal: 'Huvudman',
    organisation: 'Organisation',
    unit: 'Enhet',
    count: 'antal',
    share: 'procent',
    days: 'dagar (median)',
    score: 'poäng 1–5 (medel)',
  },
  en: {
    county: 'County',
    principal: 'Principal',
    organisation: 'Organisation',
    unit: 'Unit',
    count: 'number',
    share: 'per cent',
    days: 'days (median)',
    score: 'score 1–5 (mean)',
  },
};

export function exportWord(key: ScopeLevel | BreakdownLevel | Measure, language: Language): string {
  return words[language][key];
}
