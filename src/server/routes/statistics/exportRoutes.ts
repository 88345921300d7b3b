import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { statisticsQuery, type StatisticsReport } from '../../../shared/api/statistics.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { requestLanguage, type Language } from '../../language.js';
import { computeStatistics } from '../../statistics/compute.js';
import { spreadsheetCsv } from '../../spreadsheetCsv.js';
import { exportFileName, exportTable } from './exportTable.js';
import { exportXlsx } from './exportXlsx.js';

/** The same rule as GET /api/statistics: whoever may read the report may take it away as a file. */
const config = { access: 'actingUser', policy: 'organisation:readStatistics' } as const;

function attachment(reply: FastifyReply, report: StatisticsReport, language: Language, extension: string) {
  return reply
    .header('content-disposition', `attachment; filename="${exportFileName(report, language, extension)}"`)
    .header('cache-control', 'no-store');
}

/**
 * The statistics report as CSV and as an Excel workbook, with the same filter, scope check and suppression as
 * the report itself, since both are built from computeStatistics: a "<5" on the page is a "<5" in the file.
 * Like the report they hold aggregates only, so they are not written to the access log.
 */
export const statisticsExportRoutes: RouteModule = (app, { database: { db } }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/statistics/export.csv',
    { config, schema: { tags: ['statistics'], querystring: statisticsQuery } },
    async (request, reply) => {
      const language = requestLanguage(request);
      const report = await computeStatistics(db, actingAs(request), request.query);
      return attachment(reply, report, language, 'csv')
        .type('text/csv; charset=utf-8')
        .send(spreadsheetCsv(exportTable(report, language)));
    },
  );

  routes.get(
    '/api/statistics/export.xlsx',
    { config, schema: { tags: ['statistics'], querystring: statisticsQuery } },
    async (request, reply) => {
      const language = requestLanguage(request);
      const report = await computeStatistics(db, actingAs(request), request.query);
      const workbook = await exportXlsx(exportTable(report, language), report, language);
      return attachment(reply, report, language, 'xlsx')
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(workbook);
    },
  );
};
