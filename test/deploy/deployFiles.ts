import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { parse, parseAllDocuments } from 'yaml';

/** The deployment files as the tools that read them see them, for the checks in test/deploy (decision 0044). */

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const inRepository = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const readText = (path: string) => readFileSync(inRepository(path), 'utf8');
export const readJson = (path: string): unknown => JSON.parse(readText(path));

/** The Dockerfile's stages, each with its instructions, in order. */
export interface DockerStage {
  image: string;
  name: string | null;
  instructions: Instruction[];
}

export function dockerStages(): DockerStage[] {
  const dockerfile = DockerfileParser.parse(readText('Dockerfile'));
  return dockerfile.getFROMs().map((from) => {
    const start = from.getRange().start.line;
    const next = dockerfile.getFROMs().find((other) => other.getRange().start.line > start);
    const end = next ? next.getRange().start.line : Number.POSITIVE_INFINITY;
    return {
      image: from.getImage() ?? '',
      name: from.getBuildStage(),
      instructions: dockerfile.getInstructions().filter((instruction) => {
        const line = instruction.getRange().start.line;
        return line > start && line < end;
      }),
    };
  });
}

/** The image that runs: the last stage. */
export function runtimeStage(): DockerStage {
  const stage = dockerStages().at(-1);
  if (!stage) throw new Error('The Dockerfile has no FROM');
  return stage;
}

export const instructionsOf = (stage: DockerStage, keyword: string) =>
  stage.instructions.filter((instruction) => instruction.getKeyword() === keyword);

/** The environment the runtime stage sets (ENV), as the server's process would see it. */
export function runtimeEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const instruction of instructionsOf(runtimeStage(), 'ENV')) {
    const args = instruction.getArguments().map((arg) => arg.getValue());
    for (const pair of args) {
      const [name, ...value] = pair.split('=');
      if (name) environment[name] = value.join('=');
    }
  }
  return environment;
}

/** An exec-form instruction's argument vector (a JSON array), e.g. HEALTHCHECK's CMD or ENTRYPOINT. */
export function execForm(text: string): string[] {
  const start = text.indexOf('[');
  if (start < 0) throw new Error(`Not in exec form: ${text}`);
  return JSON.parse(text.slice(start)) as string[];
}

/** The image's command: ENTRYPOINT followed by CMD, with `node` as this machine's Node 24. */
export function imageCommand(): string[] {
  const stage = runtimeStage();
  const entrypoint = instructionsOf(stage, 'ENTRYPOINT').at(-1)?.getRawArgumentsContent();
  const cmd = instructionsOf(stage, 'CMD').at(-1)?.getRawArgumentsContent();
  return [...(entrypoint ? execForm(entrypoint) : []), ...(cmd ? execForm(cmd) : [])];
}

/** The HEALTHCHECK's command, as the container runtime runs it. */
export function healthCheckCommand(): string[] {
  const [healthCheck] = instructionsOf(runtimeStage(), 'HEALTHCHECK');
  if (!healthCheck) throw new Error('The runtime stage has no HEALTHCHECK');
  const text = healthCheck.getRawArgumentsContent() ?? '';
  return execForm(text.slice(text.indexOf('CMD')));
}

/** The compose file after YAML's merge keys (`<<`), as docker compose reads it before interpolation. */
export function composeFile(): Record<string, unknown> {
  return parse(readText('deploy/compose.yaml'), { merge: true }) as Record<string, unknown>;
}

/** The variables of deploy/env.example, as an operator's deploy/.env would set them. */
export function exampleVariables(): Record<string, string> {
  const lines = readText('deploy/env.example').split('\n');
  return Object.fromEntries(
    lines.flatMap((line) => {
      const match = /^(\w+)=(.*)$/.exec(line);
      return match ? [[match[1]!, match[2]!]] : [];
    }),
  );
}

/** Compose's interpolation of `${NAME}`, `${NAME:-default}` and `${NAME:?message}` in an environment's values. */
export function interpolated(
  environment: Record<string, string>,
  variables: Record<string, string>,
): Record<string, string> {
  const fill = (text: string) =>
    text.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, word?: string) => {
      const value = variables[name];
      if (value !== undefined && value !== '') return value;
      if (kind === '?') throw new Error(`${name}: ${word ?? 'required'}`);
      return kind === '-' ? (word ?? '') : '';
    });
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, fill(String(value))]));
}

/** Every object in the Kubernetes manifests, with the file it came from; the kustomization is not one. */
export function kubernetesObjects(): { file: string; object: Record<string, unknown> }[] {
  return kubernetesFiles()
    .filter((file) => file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(readText(`deploy/kubernetes/${file}`)).map((document) => ({
        file,
        object: document.toJS() as Record<string, unknown>,
      })),
    );
}

export const kubernetesFiles = () =>
  readdirSync(inRepository('deploy/kubernetes')).filter((file) => file.endsWith('.yaml'));
