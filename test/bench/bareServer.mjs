/* global process -- Node scripts */
// The comparison for `bench -- api`: fastify and a pg pool of Samplan's size answering a case read with exactly
// the SQL Samplan's case read runs for its data (the stored case, and the names it shows), and nothing else: no
// session, no access check, no access log, no presenter, no response schema.
import Fastify from 'fastify';
import { openDatabase } from '../../dist/db/database.js';
import { readCaseRecord } from '../../dist/server/sips/caseRecord.js';
import { readCaseNames } from '../../dist/server/presenters/sipDetail.js';

const { db } = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
const app = Fastify();
app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/case/:id', async (request) => {
  const record = await readCaseRecord(db, request.params.id, true);
  const { units, users } = await readCaseNames(db, record);
  return { record, units: Object.fromEntries(units), users: Object.fromEntries(users) };
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
