import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parseIdNumber } from '../../../domain/identity/idNumber.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  accessLogChoices,
  accessLogExportMax,
  accessLogExportQuery,
  accessLogPersonResponse,
  accessLogQuery,
  accessLogResponse,
  type AccessLogFilter,
} from '../../../shared/api/accessLog.js';
import { personLookupBody } from '../../../shared/api/requests.js';
import { accessLogCsv } from '../../audit/accessLogCsv.js';
import { logAccess } from '../../audit/logAccess.js';
import { inTransaction } from '../../../db/transaction.js';
import { reviewEntries, summariseUnusual } from '../../audit/review.js';
import { findLoggedPerson, reviewChoices } from '../../audit/reviewDirectory.js';
import { reviewActions } from '../../audit/unusualPatterns.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { requestLanguage } from '../../language.js';
import { presentAccessLogEntry, presentLoggedPerson } from '../../presenters/accessLogEntry.js';
import { reviewReason } from './reviewReason.js';

const policy = { access: 'actingUser', policy: 'organisation:readAccessLog' } as const;

/**
 * The access-log review for unit managers and administrators: the entries in their scope, filtered, with
 * unusual patterns flagged, and the same as CSV. Reading the log is itself an access to personal data and is
 * logged, with the filters (ids and dates only) as the reason.
 */
export const accessLogRoutes: RouteModule = (app, { database: { db } }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/access-log',
    {
      config: policy,
      schema: { tags: ['access-log'], querystring: accessLogQuery, response: { 200: accessLogResponse } },
    },
    async (request) => {
      const reviewer = actingAs(request);
      const { page, pageSize, ...filter } = request.query;
      const language = requestLanguage(request);
      return inTransaction(db, async (trx) => {
        const entries = await reviewEntries(trx, reviewer, filter, {
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        const summary = await summariseUnusual(trx, reviewer, filter);
        await logAccess(trx, reviewer, reviewActions[0], logSubject(filter));
        return {
          entries: entries.map((entry) => presentAccessLogEntry(entry, language)),
          page,
          pageSize,
          summary,
          thresholds: { manyPersons: filter.manyPersons, windowMinutes: filter.windowMinutes },
          exportMax: accessLogExportMax,
        };
      });
    },
  );

  routes.get(
    '/api/access-log/export.csv',
    { config: policy, schema: { tags: ['access-log'], querystring: accessLogExportQuery } },
    async (request, reply) => {
      const reviewer = actingAs(request);
      const filter = request.query;
      const language = requestLanguage(request);
      const entries = await inTransaction(db, async (trx) => {
        // One more than the cap tells whether the export was cut short.
        const found = await reviewEntries(trx, reviewer, filter, {
          limit: accessLogExportMax + 1,
          offset: 0,
        });
        await logAccess(trx, reviewer, reviewActions[1], logSubject(filter));
        return found;
      });
      const capped = entries.length > accessLogExportMax;
      const rows = entries
        .slice(0, accessLogExportMax)
        .map((entry) => presentAccessLogEntry(entry, language));
      const name = `${language === 'sv' ? 'atkomstlogg' : 'access-log'}-${stockholmDate()}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .header('x-export-row-limit', String(accessLogExportMax))
        .header('x-export-truncated', capped ? 'true' : 'false')
        .send(accessLogCsv(rows, language));
    },
  );

  routes.get(
    '/api/access-log/choices',
    { config: policy, schema: { tags: ['access-log'], response: { 200: accessLogChoices } } },
    (request) => reviewChoices(db, actingAs(request)),
  );

  // POST, like the person search: the identity number travels in the body, never in an address.
  routes.post(
    '/api/access-log/person',
    {
      config: policy,
      schema: { tags: ['access-log'], body: personLookupBody, response: { 200: accessLogPersonResponse } },
    },
    async (request) => {
      const reviewer = actingAs(request);
      const id = parseIdNumber(request.body.idNumber, { reserve: request.body.reserve });
      const language = requestLanguage(request);
      return inTransaction(db, async (trx) => {
        const person = await findLoggedPerson(trx, reviewer, id);
        await logAccess(trx, reviewer, 'search_person', {
          personId: person?.id ?? null,
          reason: reviewReason({}),
        });
        return { person: person ? presentLoggedPerson(person, language) : null };
      });
    },
  );
};

function logSubject(filter: AccessLogFilter) {
  return { personId: filter.person ?? null, sipId: filter.sip ?? null, reason: reviewReason(filter) };
}
