import {
  indicatorDefinitions,
  type Comparison,
  type Figure,
  type IndicatorResult,
  type Measure,
  type StatisticsReport,
} from '../../../shared/api/statistics.js';
import { categoryName, principalNames } from '../../../shared/api/statisticsNames.js';
import type { Language } from '../../language.js';
import type { SpreadsheetCell } from '../../spreadsheetCsv.js';
import { exportWord } from './exportVocabulary.js';
import { codesEn } from '../../../shared/words/codes.en.js';
import { codesSv } from '../../../shared/words/codes.sv.js';

/** A cell of an exported table: a number, text, or empty. */
export type ExportCell = SpreadsheetCell;

/** How a suppressed figure is written, in the file as on the page: never the number, never a zero. */
export const suppressedMark = '<5';

const headers: Record<Language, string[]> = {
  sv: ['Nivå', 'Namn', 'Mått', 'Kategori', 'Enhet', 'Denna period', '90:e percentil', 'Underlag'],
  en: ['Level', 'Name', 'Measure', 'Category', 'Unit of measure', 'This period', '90th percentile', 'Base'],
};

/** The columns of the period compared with, named for what it is. */
const comparedHeaders: Record<Language, Record<Comparison, string[]>> = {
  sv: {
    previous: ['Föregående period', '90:e percentil, föregående', 'Underlag, föregående'],
    yearBefore: ['Samma period året innan', '90:e percentil, året innan', 'Underlag, året innan'],
  },
  en: {
    previous: ['Previous period', '90th percentile, previous', 'Base, previous'],
    yearBefore: ['Same period a year earlier', '90th percentile, a year earlier', 'Base, a year earlier'],
  },
};

/**
 * A figure as the file shows it: a share in per cent with one decimal, a score with two, days and counts as
 * they are. Rounded here, once, so the CSV and the workbook say the same.
 */
export function exportNumber(measure: Measure, value: number): number {
  if (measure === 'share') return Math.round(value * 1000) / 10;
  if (measure === 'score') return Math.round(value * 100) / 100;
  return value;
}

function cells(measure: Measure, figure: Figure): ExportCell[] {
  if (figure.suppressed) return [suppressedMark, measure === 'days' ? suppressedMark : null, suppressedMark];
  const value = figure.value === null ? null : exportNumber(measure, figure.value);
  const p90 = measure === 'days' && figure.p90 !== undefined && figure.p90 !== null ? figure.p90 : null;
  return [value, p90, figure.base];
}

function indicatorRows(
  level: string,
  name: string,
  results: IndicatorResult[],
  language: Language,
  templates: StatisticsReport['templates'],
): ExportCell[][] {
  const rows: ExportCell[][] = [];
  for (const result of results) {
    const definition = indicatorDefinitions.find((d) => d.key === result.key);
    const title = definition?.name[language] ?? result.key;
    const measure = exportWord(result.measure, language);
    const row = (category: string, current: Figure, previous: Figure): ExportCell[] => [
      level,
      name,
      title,
      category,
      measure,
      ...cells(result.measure, current),
      ...cells(result.measure, previous),
    ];
    rows.push(row('', result.current, result.previous));
    for (const category of result.categories ?? [])
      rows.push(
        row(categoryName(result.key, category.key, language, templates), category.current, category.previous),
      );
  }
  return rows;
}

/**
 * The report as one table: the scope's indicators first, then each row of the drill-down one level below, with
 * the same figures the API returned, suppressed cells included as "<5". Names are of organisations and units
 * only; a statistics report holds no person.
 */
export function exportTable(report: StatisticsReport, language: Language): ExportCell[][] {
  const level = exportWord(report.filter.principal ? 'principal' : report.filter.scope, language);
  const rows = indicatorRows(
    level,
    scopeLabel(report, language),
    report.indicators,
    language,
    report.templates,
  );
  if (report.breakdown) {
    const breakdownLevel = exportWord(report.breakdown.level, language);
    for (const breakdownRow of report.breakdown.rows) {
      const name = breakdownRow.name ?? principalNames[language][breakdownRow.principal];
      rows.push(...indicatorRows(breakdownLevel, name, breakdownRow.indicators, language, report.templates));
    }
  }
  rows.push(...codeRows(level, scopeLabel(report, language), report.codes, language));
  const compared = comparedHeaders[language][report.filter.compareWith ?? 'previous'];
  return [[...headers[language], ...compared], ...rows];
}

const codeWords = { sv: codesSv.statistics, en: codesEn.statistics };

/**
 * Plans by code, after the indicators: one row per code and part of the plan, the code and its display as the
 * category. Counted for the period only, so the compared period's cells are left empty.
 */
function codeRows(
  level: string,
  name: string,
  codes: StatisticsReport['codes'],
  language: Language,
): ExportCell[][] {
  const said = codeWords[language];
  const parts = [
    ['needs', said.need],
    ['goals', said.goal],
    ['efforts', said.effort],
  ] as const;
  return codes.flatMap((code) =>
    parts.map(([part, partName]) => [
      level,
      name,
      `${said.heading}: ${partName.toLowerCase()}`,
      `${code.code} ${code.display ?? said.removedCode} (${code.systemName})`,
      exportWord('count', language),
      ...cells('count', code[part]),
      null,
      null,
      null,
    ]),
  );
}

/** Where the report is about: the organisation or unit, a principal within the county, or the county. */
export function scopeLabel(report: StatisticsReport, language: Language): string {
  if (report.scopeName) return report.scopeName;
  const principal = report.filter.principal;
  return principal ? principalNames[language][principal] : exportWord('county', language);
}

/** The file's name: what it is and the period, nothing about who asked. */
export function exportFileName(report: StatisticsReport, language: Language, extension: string): string {
  const what = language === 'sv' ? 'statistik' : 'statistics';
  return `${what}-${report.filter.from}-${report.filter.to}.${extension}`;
}
