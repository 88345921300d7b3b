import ExcelJS from 'exceljs';
import { indicatorDefinitions, type StatisticsReport } from '../../../shared/api/statistics.js';
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
    previousFrom: 'Föregående period från',
    previousTo: 'Föregående period till',
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
    previousFrom: 'Previous period from',
    previousTo: 'Previous period to',
    scope: 'Scope',
    targetGroup: 'Target group',
    ageBand: 'Age band',
    sex: 'Sex',
    all: 'All',
    suppression:
      '"<5" means fewer than five; small numbers are not shown so that no individual can be singled out.',
  },
};

/**
 * The same table as the CSV in a workbook: the figures with numbers as numbers ("<5" stays text), the selection
 * it was made with, and every indicator's definition, so the file explains itself when it is passed on.
 */
export async function exportXlsx(
  table: ExportCell[][],
  report: StatisticsReport,
  language: Language,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samplan';
  const names = sheetNames[language];
  const figures = workbook.addWorksheet(names.figures, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of table) figures.addRow(row);
  figures.getRow(1).font = { bold: true };
  figures.columns.forEach((column, index) => {
    column.width = index < 4 ? 32 : 16;
  });

  const labels = selectionLabels[language];
  const { filter, previousPeriod } = report;
  const selection = workbook.addWorksheet(names.selection);
  selection.addRows([
    [labels.from, filter.from],
    [labels.to, filter.to],
    [labels.previousFrom, previousPeriod.from],
    [labels.previousTo, previousPeriod.to],
    [labels.scope, scopeLabel(report, language)],
    [labels.targetGroup, filter.targetGroup ?? labels.all],
    [labels.ageBand, filter.ageBand ?? labels.all],
    [labels.sex, filter.sex ?? labels.all],
    [],
    [labels.suppression],
  ]);
  selection.getColumn(1).width = 28;
  selection.getColumn(2).width = 40;

  const definitions = workbook.addWorksheet(names.definitions);
  for (const definition of indicatorDefinitions)
    definitions.addRow([definition.name[language], definition.definition[language]]);
  definitions.getColumn(1).width = 36;
  definitions.getColumn(2).width = 120;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
