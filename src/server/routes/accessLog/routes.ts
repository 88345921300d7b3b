import type { AccessAction } from '../../../shared/api/accessActions.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { parseIdNumber } from '../../../domain/identity/idNumber.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import {
  accessLogExportMax,
  accessLogExportQuery,
  normalisedCaseNumber,
  type AccessLogFilter,
} from '../../../shared/api/accessLog.js';
import { accessLogRoutes as review } from '../../../shared/api/accessLogRoutes.js';
import { accessLogCsv } from '../../audit/accessLogCsv.js';
import { logAccess } from '../../audit/logAccess.js';
import { inTransaction } from '../../../db/transaction.js';
import { reviewEntries, summariseUnusual } from '../../audit/review.js';
import { findLoggedPerson, namedInFilter, reviewChoices } from '../../audit/reviewDirectory.js';
import { reviewScopeNames } from '../../audit/reviewScope.js';
import { reviewActions } from '../../audit/unusualPatterns.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { requestLanguage, type Language } from '../../language.js';
import type { Actor } from '../../sips/actor.js';
import { presentAccessLogEntry, presentLoggedPerson } from '../../presenters/accessLogEntry.js';
import { choicesReason, reviewReason } from './reviewReason.js';

const policy = { access: 'actingUser', policy: 'organisation:readAccessLog' } as const;

/**
 * The access-log review for unit managers and administrators: the entries in their scope, filtered, with
 * unusual patterns flagged, and the same as CSV. Reading the log is itself an access to personal data and is
 * logged, with the filters (a case number, ids and dates only) as the reason; so is every look-up that finds
 * what to filter by.
 */
export const accessLogRoutes: RouteModule = (app, { database: { db } }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    review.review.path,
    {
      config: policy,
      schema: { tags: ['access-log'], querystring: review.review.query, response: review.review.responses },
    },
    async (request) => {
      const reviewer = actingAs(request);
      const { page, pageSize, ...query } = request.query;
      const filter = normalised(query);
      const language = requestLanguage(request);
      return inTransaction(db, async (trx) => {
        const entries = await reviewEntries(trx, reviewer, filter, {
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        const summary = await summariseUnusual(trx, reviewer, filter);
        const named = await logReview(trx, reviewer, reviewActions[0], filter, language);
        return {
          entries: entries.map((entry) => presentAccessLogEntry(entry, language)),
          page,
          pageSize,
          summary,
          thresholds: { manyPersons: filter.manyPersons, windowMinutes: filter.windowMinutes },
          exportMax: accessLogExportMax,
          named,
        };
      });
    },
  );

  routes.get(
    '/api/access-log/export.csv',
    { config: policy, schema: { tags: ['access-log'], querystring: accessLogExportQuery } },
    async (request, reply) => {
      const reviewer = actingAs(request);
      const filter = normalised(request.query);
      const language = requestLanguage(request);
      const entries = await inTransaction(db, async (trx) => {
        // One more than the cap tells whether the export was cut short.
        const found = await reviewEntries(trx, reviewer, filter, {
          limit: accessLogExportMax + 1,
          offset: 0,
        });
        await logReview(trx, reviewer, reviewActions[1], filter, language);
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

  // Names of the reviewer's own units or organisations: no personal data of care, so not an access to log.
  routes.get(
    review.scope.path,
    { config: policy, schema: { tags: ['access-log'], response: review.scope.responses } },
    (request) => reviewScopeNames(db, actingAs(request)),
  );

  // POST, like the person search: what is typed travels in the body, never in an address.
  routes.post(
    review.choices.path,
    {
      config: policy,
      schema: { tags: ['access-log'], body: review.choices.body, response: review.choices.responses },
    },
    async (request) => {
      const reviewer = actingAs(request);
      const { kind, text } = request.body;
      return inTransaction(db, async (trx) => {
        const found = await reviewChoices(trx, reviewer, kind, text);
        await logAccess(trx, reviewer, 'search_access_log_names', { reason: choicesReason(kind) });
        return found;
      });
    },
  );

  // POST, like the person search: the identity number travels in the body, never in an address.
  routes.post(
    review.person.path,
    {
      config: policy,
      schema: { tags: ['access-log'], body: review.person.body, response: review.person.responses },
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

/** The filter with its case number as Samplan writes it; the schema has already refused one that is not. */
function normalised<T extends AccessLogFilter>(filter: T): T {
  if (!filter.caseNumber) return filter;
  return { ...filter, caseNumber: normalisedCaseNumber(filter.caseNumber) ?? filter.caseNumber };
}

/**
 * Logs a review or an export, about the case and the person the filters name when they lie in the reviewer's
 * part of the log, and returns what the filters name for the page.
 */
async function logReview(
  trx: Kysely<DB>,
  reviewer: Actor,
  action: Extract<AccessAction, 'review_access_log' | 'export_access_log'>,
  filter: AccessLogFilter,
  language: Language,
) {
  const named = await namedInFilter(trx, reviewer, filter);
  await logAccess(trx, reviewer, action, {
    personId: named.person?.id ?? null,
    sipId: named.sip?.id ?? null,
    reason: reviewReason(filter),
  });
  return { ...named, person: named.person ? presentLoggedPerson(named.person, language) : null };
}
