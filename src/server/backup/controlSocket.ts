import { chmod, mkdir, rm } from 'node:fs/promises';
import { createConnection, createServer, type Socket } from 'node:net';
import { isAbsolute, join } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database, DatabaseConfig } from '../../db/database.js';
import { BackupRefused, backupRefused } from './backupRefused.js';
import { writeBackup, type BackupSummary } from './writeBackup.js';

/**
 * A running embedded server holds its data directory, so `samplan backup` cannot open it; it asks the server
 * instead, on a Unix socket inside the data directory. The socket's directory is the owner's alone (0700): only the
 * OS user that owns the data — who could copy its files anyway — can ask. One request, one answer, a line of JSON
 * each: `{"backup": "/absolute/path"}` → `{"ok": true, "summary": …}` or `{"ok": false, "sv": …, "en": …}`.
 */
export const controlSocketPath = (dataDir: string) => join(dataDir, 'samplan-control', 'socket');

/** A Unix socket's path must fit in sun_path (108 bytes on Linux, 104 on the BSDs and macOS, with its NUL). */
const socketPathLimit = process.platform === 'linux' ? 107 : 103;

const requestSchema = z.object({ backup: z.string().min(1).max(4096) });
const answerSchema = z.union([
  z.object({
    ok: z.literal(true),
    summary: z.object({
      file: z.string(),
      bytes: z.number(),
      tables: z.number(),
      rows: z.number(),
      createdAt: z.string(),
    }),
  }),
  z.object({ ok: z.literal(false), sv: z.string(), en: z.string() }),
]);
type Answer = z.infer<typeof answerSchema>;

/** The longest request line read: a path, in JSON. */
const maxRequestBytes = 8192;
const requestTimeoutMs = 10_000;

function socketPathFits(path: string): boolean {
  return Buffer.byteLength(path) <= socketPathLimit;
}

/**
 * Listens for backup requests when the database is embedded; null for PostgreSQL (the command reads the database
 * itself) and when the data directory's path is too long for a socket (said in the log, and by the command).
 */
export async function listenForBackupRequests(
  database: Database,
  config: DatabaseConfig,
  logger: Logger,
): Promise<{ close: () => Promise<void> } | null> {
  if (!('dataDir' in config) || config.dataDir === null) return null;
  const path = controlSocketPath(config.dataDir);
  if (!socketPathFits(path)) {
    logger.warn(
      { length: Buffer.byteLength(path), limit: socketPathLimit },
      'backup control socket off: the data directory path is too long; samplan backup needs the server stopped',
    );
    return null;
  }
  await mkdir(join(config.dataDir, 'samplan-control'), { recursive: true, mode: 0o700 });
  await chmod(join(config.dataDir, 'samplan-control'), 0o700);
  // Left by a server that was killed; this process holds the data directory now, so no one else listens there.
  await rm(path, { force: true });
  const server = createServer((socket) => {
    // A client that connects and says nothing must not hold the server's stop.
    socket.setTimeout(requestTimeoutMs, () => socket.destroy());
    readLine(socket)
      .then((line) => {
        socket.setTimeout(0);
        return answer(database, line, logger);
      })
      .then(
        (reply) => socket.end(`${JSON.stringify(reply)}\n`),
        () => socket.destroy(),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        // Waits for a backup being written to finish; closing also removes the socket file.
        server.close(() => resolve());
      }),
  };
}

async function answer(database: Database, line: string, logger: Logger): Promise<Answer> {
  let request: z.infer<typeof requestSchema>;
  try {
    request = requestSchema.parse(JSON.parse(line));
  } catch {
    return { ok: false, ...backupRefused('unknownRequest').text };
  }
  try {
    if (!isAbsolute(request.backup)) throw backupRefused('pathNotAbsolute', { file: request.backup });
    const summary = await writeBackup(database, request.backup);
    logger.info(
      { file: summary.file, bytes: summary.bytes, tables: summary.tables },
      'backup written on request',
    );
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof BackupRefused) return { ok: false, ...error.text };
    logger.error({ err: error }, 'backup on request failed');
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, ...backupRefused('notWritten', { reason }).text };
  }
}

function readLine(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\n');
      if (end !== -1) resolve(received.slice(0, end));
      else if (received.length > maxRequestBytes) reject(new Error('request too long'));
    });
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

/** Asks the server running on `dataDir` to write a backup to `file` (absolute), and gives its summary. */
export async function requestBackup(dataDir: string, file: string): Promise<BackupSummary> {
  const path = controlSocketPath(dataDir);
  if (!socketPathFits(path))
    throw backupRefused('socketPathTooLong', { length: Buffer.byteLength(path), limit: socketPathLimit });
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = createConnection(path);
    let received = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ backup: file })}\n`));
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => resolve(received));
    socket.on('error', () => reject(backupRefused('serverNotAnswering', { dataDir, socket: path })));
  });
  let parsed: Answer;
  try {
    parsed = answerSchema.parse(JSON.parse(reply));
  } catch {
    throw backupRefused('serverNotAnswering', { dataDir, socket: path });
  }
  if (!parsed.ok) throw new BackupRefused({ sv: parsed.sv, en: parsed.en });
  return parsed.summary;
}
