import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { indicatorDefinitions, type StatisticsReport } from '../../../shared/api/statistics.js';
import { comparisonNames } from '../../../shared/api/statisticsNames.js';
import type { Language } from '../../language.js';
import { scopeLabel, type ExportCell } from './exportTable.js';

const sheetNames: Record<Language, { figures: string; selection: string; definitions: string }> = {
  sv: { figures: 'Statistik', selection: 'Urval', definitions: 'Definitioner' },
  en: { figures: 'Statistics', selection: 'Selection', definitions: 'Definitions' },
};

const selectionLabels: Record<Language, Record<string, string>> = {
  sv: {
    from: 'Från och med',
    to: 'Till och med',
    previousFrom: 'Jämförelseperiod från och med',
    previousTo: 'Jämförelseperiod till och med',
    compareWith: 'Jämförs med',
    scope: 'Omfattning',
    targetGroup: 'Målgrupp',
    ageBand: 'Åldersgrupp',
    sex: 'Kön',
    all: 'Alla',
    suppression: '"<5" betyder färre än fem; små tal visas inte så att ingen enskild kan pekas ut.',
  },
  en: {
    from: 'From',
    to: 'To (inclusive)',
    previousFrom: 'Compared with, from',
    previousTo: 'Compared with, to (inclusive)',
    compareWith: 'Compared with',
    scope: 'Scope',
    targetGroup: 'Target group',
    ageBand: 'Age band',
    sex: 'Sex',
    all: 'All',
    suppression:
      '"<5" means fewer than five; small numbers are not shown so that no individual can be singled out.',
  },
};

/** A column's width in characters, and the text of a label row. */
const widths = (...characters: number[]) => characters.map((width) => ({ width }));
const bold = (text: string) => ({ value: text, type: String, fontWeight: 'bold' as const });

/**
 * The same table as the CSV in a workbook: the figures with numbers as numbers ("<5" stays text), the selection
 * it was made with, and every indicator's definition, so the file explains itself when it is passed on.
 */
export function exportXlsx(
  table: ExportCell[][],
  report: StatisticsReport,
  language: Language,
): Promise<Buffer> {
  const names = sheetNames[language];
  const [header = [], ...body] = table;
  const figures: SheetData = [
    header.map((cell) => bold(String(cell ?? ''))),
    ...body.map((row) => row.map((cell) => cell ?? null)),
  ];

  const labels = selectionLabels[language];
  const { filter, previousPeriod } = report;
  const selection: SheetData = [
    [labels.from, filter.from],
    [labels.to, filter.to],
    [labels.previousFrom, previousPeriod.from],
    [labels.previousTo, previousPeriod.to],
    [labels.scope, scopeLabel(report, language)],
    [labels.targetGroup, filter.targetGroup ?? labels.all],
    [labels.ageBand, filter.ageBand ?? labels.all],
    [labels.sex, filter.sex ?? labels.all],
    [labels.compareWith, comparisonNames[language][filter.compareWith ?? 'previous']],
    [],
    [labels.suppression],
  ];

  const definitions: SheetData = indicatorDefinitions.map((definition) => [
    definition.name[language],
    definition.definition[language],
  ]);

  return writeXlsxFile([
    {
      sheet: names.figures,
      data: figures,
      stickyRowsCount: 1,
      columns: widths(32, 32, 32, 32, ...header.slice(4).map(() => 16)),
    },
    { sheet: names.selection, data: selection, columns: widths(28, 40) },
    { sheet: names.definitions, data: definitions, columns: widths(36, 120) },
  ]).toBuffer();
}
