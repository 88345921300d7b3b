/* global process -- Node scripts */
// A throwaway PostgreSQL server on 127.0.0.1 for benchmarks, kept between runs in the system's temporary
// directory so generated data can be reused; started for the run and stopped afterwards.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 55491;
const root = join(tmpdir(), 'samplan-bench-postgres');
const dataDir = join(root, 'data');

/** PostgreSQL refuses to run as root, so as root its tools run as the postgres user. */
function pgTool(tool, args) {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', tool, ...args]] : [tool, args];
  execFileSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Starts the server (creating its cluster the first time) and returns its URL and a function that stops it. */
export function startBenchPostgres() {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    if (process.getuid?.() === 0) {
      const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
      const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
      chownSync(root, Number(ids), Number(gid));
      chownSync(dataDir, Number(ids), Number(gid));
    }
    pgTool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  }
  const options = [
    `-p ${PORT}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${root}`,
    '-c shared_buffers=512MB',
    '-c work_mem=64MB',
    '-c maintenance_work_mem=256MB',
    '-c max_wal_size=4GB',
    // Throwaway data: durability would only slow the load.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  pgTool('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(root, 'server.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${PORT}`,
    stop: () => pgTool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
  };
}
