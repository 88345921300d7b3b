/* global process, console -- Node scripts */
// `npm run bench -- <name>`: runs test/bench/<name>.mjs against the built server (dist/), never under `npm test`.
const name = process.argv[2];
const benches = ['api', 'stats', 'writes', 'fhir'];
if (!benches.includes(name)) {
  console.error(`Usage: npm run bench -- <${benches.join(' | ')}>`);
  process.exit(1);
}
await import(`./${name}.mjs`);
