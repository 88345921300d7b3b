import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Node 24 runs the TypeScript sources as they are: with type transforms (the sources use parameter properties)
// and this hook, which resolves the `.js` suffixes in their imports to the `.ts` files beside them.
const resolveTypeScript = `data:text/javascript,${encodeURIComponent(
  `import { registerHooks } from 'node:module';
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
        try { return next(specifier.slice(0, -3) + '.ts', context); } catch {}
      }
      return next(specifier, context);
    },
  });`,
)}`;

/** A running `samplan` command: its output so far, and its end. */
export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Resolves with the output once it contains `text`; rejects if the process ends first. */
  waitFor(text: string): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** The real `samplan` command in a child process, configured only by its environment. */
export function startCli(args: string[], env: Record<string, string>): CliProcess {
  const childEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'AUDIT_RETENTION_DAYS', 'NODE_OPTIONS'])
    delete childEnv[name];
  const child = spawn(
    process.execPath,
    [
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      resolveTypeScript,
      'src/cli/entry.ts',
      ...args,
    ],
    { cwd: repoRoot, env: { ...childEnv, ...env } },
  );
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, output }));
    },
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!output.includes(text)) return;
          listeners.delete(check);
          resolve(output);
        };
        listeners.add(check);
        check();
        void exited.then(() => {
          if (listeners.delete(check)) reject(new Error(`ended before saying "${text}":\n${output}`));
        });
      }),
  };
}

/** Runs a `samplan` command to its end. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { code, output } = await startCli(args, env).exited;
  return { code, output };
}

/**
 * `samplan serve` on the embedded database in `dataDir`, on a port of its own, without the demo or the scheduler;
 * `env` adds or overrides settings. Its "ready" line names the address.
 */
export function serveEmbedded(dataDir: string, env: Record<string, string> = {}): CliProcess {
  return startCli(['serve'], {
    DATA_DIR: dataDir,
    PORT: '0',
    SEED_DEMO: 'false',
    SCHEDULER: 'false',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'info',
    ...env,
  });
}
