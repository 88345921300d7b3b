import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Copy } from 'dockerfile-ast';
import {
  imageCommand,
  instructionsOf,
  repositoryRoot,
  runtimeEnvironment,
  runtimeStage,
} from './deployFiles.js';

/**
 * What the Dockerfile's runtime stage does, done on this machine without Docker (decision 0044): its COPY lines
 * into a directory of its own, its `npm ci` run there, and the server started the way ENTRYPOINT and CMD start it,
 * with its ENV, as an unprivileged user who cannot write to that directory.
 */

/** The unprivileged user the rehearsal runs as; the image's own user (node, uid 1000) exists only in the image. */
export const nobody = { uid: 65534, gid: 65534 };

/** The stage's WORKDIR, where its relative paths point. */
const workdir = () => instructionsOf(runtimeStage(), 'WORKDIR').at(-1)?.getRawArgumentsContent() ?? '/';

/**
 * A directory laid out as the image's WORKDIR. Files copied from the build stage come from this checkout's own
 * build (`npm run build`, which is what the build stage runs).
 */
export async function layOutImage(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'samplan-image-'));
  await chmod(root, 0o755);
  const stageDir = workdir();
  for (const copy of instructionsOf(runtimeStage(), 'COPY')) {
    const fromBuild = (copy as Copy).getFromFlag() !== null;
    const paths = copy.getArguments().map((arg) => arg.getValue());
    const target = paths.at(-1) ?? '.';
    const intoDirectory = target.endsWith('/') || paths.length > 2;
    for (const source of paths.slice(0, -1)) {
      // The build stage's WORKDIR is the same as this one's, so /app/dist is the checkout's dist.
      const relative = fromBuild ? source.replace(new RegExp(`^${stageDir}/?`), '') : source;
      const destination = intoDirectory ? join(root, target, basename(relative)) : join(root, target);
      await cp(join(repositoryRoot, relative), destination, { recursive: true });
    }
  }
  for (const run of instructionsOf(runtimeStage(), 'RUN')) {
    for (const command of (run.getRawArgumentsContent() ?? '').split('&&').map((part) => part.trim())) {
      // The registry's packages come through this machine's npm cache; the image's own cache is cleaned after.
      if (command.startsWith('npm ci'))
        await runShell(`${command} --prefer-offline --no-audit --no-fund`, root);
    }
  }
  return root;
}

/** A data directory the unprivileged user owns, as the image's volume is owned by its user. */
export async function dataDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'samplan-data-'));
  await chown(directory, nobody.uid, nobody.gid);
  return directory;
}

export const removeDirectory = (directory: string) => rm(directory, { recursive: true, force: true });

function runShell(command: string, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${String(code)}): ${errors}`)),
    );
  });
}

/** Runs an argument vector as the unprivileged user, `node` being this machine's Node. */
export function spawnAsNobody(argv: string[], cwd: string, env: Record<string, string>): ChildProcess {
  const [program, ...args] = argv;
  return spawn(program === 'node' ? process.execPath : program!, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...env },
    uid: nobody.uid,
    gid: nobody.gid,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface RunningInstance {
  process: ChildProcess;
  url: string;
  port: string;
  /** The log lines (JSON) it has written so far. */
  log: Record<string, unknown>[];
  exited: Promise<number | null>;
}

/** Starts the image's command with the image's ENV and the given settings, and waits for "Samplan is ready". */
export async function startInstance(
  imageDir: string,
  settings: Record<string, string>,
): Promise<RunningInstance> {
  const child = spawnAsNobody(imageCommand(), imageDir, {
    ...runtimeEnvironment(),
    PORT: '0',
    ...settings,
  });
  const log: Record<string, unknown>[] = [];
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      log.push(entry);
      if (entry.msg === 'Samplan is ready') resolve(String(entry.url));
    });
    void exited.then((code) => reject(new Error(`Samplan exited (${String(code)}) before ready: ${errors}`)));
  });
  return { process: child, url, port: new URL(url).port, log, exited };
}

/** Runs the image's HEALTHCHECK command as the container runtime would, against the given port; its exit code. */
export function healthCheck(imageDir: string, argv: string[], port: string): Promise<number | null> {
  const child = spawnAsNobody(argv, imageDir, { ...runtimeEnvironment(), PORT: port });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}
