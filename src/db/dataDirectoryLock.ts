import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';

/**
 * A lock no living holder has touched for this long is taken over: its holder's machine stopped. Long enough that
 * a holder busy in one long embedded query (PGlite runs in the process's own thread) never loses it.
 */
const staleMs = 60_000;
const touchMs = 5_000;

/** Who holds the lock, written beside it, so that a holder on this machine that died is known at once. */
interface Owner {
  host: string;
  pid: number;
  /** This process's life: the same pid after a restart (pid 1 in a container) is not the same holder. */
  life: string;
}

const thisLife = randomUUID();

/** Raised when another process has the embedded database open. */
export class DataDirectoryInUse extends Error {
  constructor(dataDir: string, owner: Owner | null) {
    const holder = owner ? ` (process ${owner.pid} on ${owner.host})` : '';
    super(
      `Datakatalogen ${dataDir} används redan av en annan Samplan-process${holder}. Stoppa den först; flera ` +
        `instanser behöver PostgreSQL (DATABASE_URL).\n` +
        `The data directory ${dataDir} is already in use by another Samplan process${holder}. Stop it first; ` +
        `several instances need PostgreSQL (DATABASE_URL).`,
    );
    this.name = 'DataDirectoryInUse';
  }
}

async function ownerOf(ownerFile: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(ownerFile, 'utf8')) as Owner;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/** Whether the recorded holder is known to be gone: a process of this machine that no longer runs. */
function isGone(owner: Owner | null): boolean {
  if (owner === null || owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return owner.life !== thisLife;
  return !isRunning(owner.pid);
}

const take = (dataDir: string) =>
  lockfile.lock(dataDir, {
    stale: staleMs,
    update: touchMs,
    onCompromised: (error) => {
      console.error(`Samplan: the lock on ${dataDir} was lost (${error.message}); stopping.`);
      process.exit(1);
    },
  });

/**
 * Holds the embedded database's directory for this process's life. PGlite is PostgreSQL in one process: a second
 * process opening the same files would accept writes that the first one then overwrites, with the access log's
 * chain none the wiser. The lock is a directory beside the data (`<dataDir>.lock`, made atomically, touched while
 * held, removed when the process ends) with its holder recorded in `<dataDir>.lock.owner`. A lock left by a
 * process of this machine that was killed is taken over at once; one from another machine once it has gone
 * untouched for a minute. Returns the release. If the lock is lost while held, the process stops: it can no
 * longer know that it alone writes.
 */
export async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const lockDir = `${dataDir}.lock`;
  const ownerFile = `${lockDir}.owner`;
  let release: () => Promise<void>;
  try {
    release = await take(dataDir);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ELOCKED') throw error;
    const owner = await ownerOf(ownerFile);
    if (!isGone(owner)) throw new DataDirectoryInUse(dataDir, owner);
    // The dead holder's record goes first, so a third process starting now finds no gone holder to clear.
    await rm(ownerFile, { force: true });
    await rm(lockDir, { recursive: true, force: true });
    release = await take(dataDir).catch((again: unknown) => {
      // Another process starting at the same moment took it first.
      if ((again as { code?: unknown }).code === 'ELOCKED') throw new DataDirectoryInUse(dataDir, null);
      throw again;
    });
  }
  const owner: Owner = { host: hostname(), pid: process.pid, life: thisLife };
  await writeFile(ownerFile, JSON.stringify(owner));
  return async () => {
    await rm(ownerFile, { force: true });
    await release();
  };
}
