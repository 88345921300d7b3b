/* global process -- Node scripts */
// The comparison for `bench -- api`: fastify and a pg pool of Samplan's size answering a case read with exactly
// the statement Samplan's case read runs for its data (the stored case with the names it shows), and nothing
// else: no session, no access check, no access log, no presenter, no response schema.
import Fastify from 'fastify';
import { openDatabase } from '../../dist/db/database.js';
import { readCaseRecord } from '../../dist/server/data/caseRecord.js';

const { db } = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
const app = Fastify();
app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/case/:id', async (request) => {
  return readCaseRecord(db, request.params.id, true);
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
