import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Ajv, type AnySchema } from 'ajv';
import ajvFormats from 'ajv-formats';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config.js';
import { serveTestDatabase, type TestServer } from '../support/testServer.js';
import { createTestDatabase } from '../support/testDatabase.js';
import {
  composeFile,
  exampleVariables,
  interpolated,
  dockerStages,
  execForm,
  healthCheckCommand,
  imageCommand,
  instructionsOf,
  kubernetesFiles,
  kubernetesObjects,
  readJson,
  readText,
  runtimeEnvironment,
  runtimeStage,
} from './deployFiles.js';

/**
 * The deployment files (decision 0044) checked without Docker or a cluster: against the Compose Specification's and
 * Kubernetes' schemas, and against the app itself — its probes, port, grace period and production settings.
 * The image is rehearsed in `npm run verify:deploy`.
 */

const execFileAsync = promisify(execFile);

interface Probe {
  httpGet: { path: string; port: string };
}
interface Container {
  ports: { name: string; containerPort: number }[];
  env: { name: string; value?: string }[];
  startupProbe: Probe;
  livenessProbe: Probe;
  readinessProbe: Probe;
}
interface Deployment {
  spec: { template: { spec: { terminationGracePeriodSeconds: number; containers: Container[] } } };
}
interface Service {
  spec: { ports: { targetPort: string | number }[] };
}
interface ComposeService {
  environment?: Record<string, string>;
  stop_grace_period?: string;
  expose?: string[];
  healthcheck?: unknown;
}

const objectOfKind = <T>(kind: string) => {
  const found = kubernetesObjects().find(({ object }) => object.kind === kind);
  if (!found) throw new Error(`No ${kind} in deploy/kubernetes`);
  return found.object as unknown as T;
};

const deployment = () => objectOfKind<Deployment>('Deployment');
const container = () => {
  const [first] = deployment().spec.template.spec.containers;
  if (!first) throw new Error('The Deployment has no container');
  return first;
};
const configMapData = () => objectOfKind<{ data: Record<string, string> }>('ConfigMap').data;

/** What a Samplan pod's process sees: the image's ENV, then the ConfigMap, then the container's own env. */
function podEnvironment(): Record<string, string> {
  // Values the cluster fills in (valueFrom: the pod's name) are left to the app's defaults here.
  const own = Object.fromEntries(
    container().env.flatMap(({ name, value }) => (value === undefined ? [] : [[name, value]])),
  );
  return { ...runtimeEnvironment(), ...configMapData(), ...own, DATABASE_URL: 'postgres://db/samplan' };
}

const composeServices = () => composeFile().services as Record<string, ComposeService>;
const samplanServices = () =>
  Object.entries(composeServices()).filter(([, service]) => service.environment?.DATABASE_URL !== undefined);

/** A Samplan service's process environment, as compose gives it with the example environment file filled in. */
const samplanEnvironment = (service: ComposeService) => ({
  ...runtimeEnvironment(),
  ...interpolated(service.environment ?? {}, exampleVariables()),
});

/** Compose's duration ("30s", "1m30s") in seconds. */
function seconds(duration: string): number {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1 };
  return [...duration.matchAll(/(\d+)([hms])/g)].reduce(
    (sum, [, amount, unit]) => sum + Number(amount) * (units[unit ?? 's'] ?? 1),
    0,
  );
}

const caddyHealthPath = () => /health_uri\s+(\S+)/.exec(readText('deploy/Caddyfile'))?.[1];

describe('the compose file', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The specification names draft 07 by its https address; Ajv knows the same meta-schema by the http one.
  ajv.addMetaSchema({ ...draft07, $id: 'https://json-schema.org/draft-07/schema' });
  const validate = ajv.compile(readJson('test/fixtures/deploy/compose-spec.json') as AnySchema);

  it('is valid by the Compose Specification, which refuses a misspelt key', () => {
    expect(validate(composeFile()), JSON.stringify(validate.errors)).toBe(true);
    const misspelt = composeFile();
    (misspelt.services as Record<string, Record<string, unknown>>).proxy!.helthcheck = { test: ['NONE'] };
    expect(validate(misspelt)).toBe(false);
  });

  it('takes the database password from the environment file, never from the file itself', () => {
    const services = composeServices();
    expect(services.postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    for (const [, service] of samplanServices())
      expect(service.environment?.DATABASE_URL).toContain(':${POSTGRES_PASSWORD:?');
    // Every variable the file requires is in the example environment file.
    const required = [...readText('deploy/compose.yaml').matchAll(/\$\{(\w+):\?/g)].map(([, name]) => name);
    const example = readText('deploy/env.example');
    for (const name of new Set(required)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('runs two Samplan instances that the app accepts, each stopped after its drain is over', () => {
    expect(samplanServices()).toHaveLength(2);
    for (const [, service] of samplanServices()) {
      const config = readConfig(samplanEnvironment(service));
      expect(seconds(service.stop_grace_period ?? '10s')).toBeGreaterThan(config.shutdownGraceSeconds);
      expect(service.expose).toContain(String(config.port));
      // Both instances write the day's scheduled backup into the same volume, whichever runs the job.
      const volumes = (service as ComposeService & { volumes: string[] }).volumes;
      expect(volumes).toContain(`backups:${config.backupDirectory}`);
    }
  });

  it("sends the proxy's traffic to each instance's port and checks them on a probe of the app", () => {
    const upstreams = composeServices().proxy?.environment?.SAMPLAN_UPSTREAMS?.split(/\s+/) ?? [];
    const expected = samplanServices().map(
      ([name, service]) => `${name}:${String(readConfig(samplanEnvironment(service)).port)}`,
    );
    expect(upstreams.sort()).toEqual(expected.sort());
    expect(readText('deploy/Caddyfile')).toContain('reverse_proxy {$SAMPLAN_UPSTREAMS}');
    expect(caddyHealthPath()).toBe('/readyz');
  });
});

describe('the Kubernetes manifests', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  // OpenAPI's number formats, which Kubernetes' schemas name beside the JSON type that already checks them.
  for (const format of ['int32', 'int64', 'double', 'byte']) ajv.addFormat(format, true);
  const schemaFiles: Record<string, string> = {
    Deployment: 'deployment-apps-v1',
    Service: 'service-v1',
    ConfigMap: 'configmap-v1',
    Secret: 'secret-v1',
    PodDisruptionBudget: 'poddisruptionbudget-policy-v1',
    Ingress: 'ingress-networking-v1',
    PersistentVolumeClaim: 'persistentvolumeclaim-v1',
  };
  const validatorOf = (kind: unknown) => {
    const file = schemaFiles[String(kind)];
    if (!file) throw new Error(`No schema for the kind ${String(kind)}`);
    return (
      ajv.getSchema(file) ??
      (ajv.addSchema(readJson(`test/fixtures/deploy/kubernetes/${file}.json`) as AnySchema, file),
      ajv.getSchema(file)!)
    );
  };

  it("are each valid by Kubernetes' schema for its kind, which refuses a misspelt field", () => {
    const objects = kubernetesObjects();
    expect(objects.map(({ object }) => object.kind).sort()).toEqual(Object.keys(schemaFiles).sort());
    for (const { file, object } of objects) {
      const validate = validatorOf(object.kind);
      expect(validate(object), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const misspelt = structuredClone(deployment()) as unknown as {
      spec: { template: { spec: { containers: Record<string, unknown>[] } } };
    };
    misspelt.spec.template.spec.containers[0]!.readinesProbe = container().readinessProbe;
    expect(validatorOf('Deployment')(misspelt)).toBe(false);
  });

  it('are all applied by the kustomization, but for the example Secret', () => {
    const kustomization = readText('deploy/kubernetes/kustomization.yaml');
    const listed = [...kustomization.matchAll(/^\s+-\s+(\S+\.yaml)$/gm)].map(([, file]) => file);
    const manifests = kubernetesFiles().filter((file) => file !== 'kustomization.yaml');
    expect(listed.sort()).toEqual(manifests.filter((file) => !file.includes('example')).sort());
  });

  it('mount a volume where the image writes the scheduled backups, the root filesystem being read-only', () => {
    const mounts = (container() as Container & { volumeMounts: { mountPath: string }[] }).volumeMounts;
    expect(mounts.map(({ mountPath }) => mountPath)).toContain(readConfig(podEnvironment()).backupDirectory);
  });

  it("give a pod more time to stop than its pause before SIGTERM and the app's drain take together", () => {
    const config = readConfig(podEnvironment());
    const pause = (container() as Container & { lifecycle: { preStop: { exec: { command: string[] } } } })
      .lifecycle.preStop.exec.command;
    expect(pause[0]).toBe('sleep');
    expect(deployment().spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(
      Number(pause[1]) + config.shutdownGraceSeconds,
    );
  });

  it("name the app's port and the metrics port, and give users only the app's", () => {
    const environment = podEnvironment();
    const config = readConfig(environment);
    const ports = Object.fromEntries(
      container().ports.map(({ name, containerPort }) => [name, containerPort]),
    );
    expect(ports.http).toBe(config.port);
    // The metrics listener answers on the pod's address, where the cluster's Prometheus scrapes it.
    expect(config.metrics).toEqual({ host: '0.0.0.0', port: ports.metrics });
    const { startupProbe, livenessProbe, readinessProbe } = container();
    for (const probe of [startupProbe, livenessProbe, readinessProbe])
      expect(probe.httpGet.port).toBe('http');
    const service = objectOfKind<Service>('Service');
    expect(service.spec.ports.map(({ targetPort }) => targetPort)).toEqual(['http']);
    expect(readText('deploy/kubernetes/ingress.yaml')).not.toMatch(/metrics|9464/);
  });
});

describe('the Dockerfile', () => {
  it('builds on Node 24 and keeps only production dependencies in the image that runs', () => {
    const stages = dockerStages();
    expect(stages.length).toBeGreaterThan(1);
    for (const stage of stages) expect(stage.image).toMatch(/^node:24(-|$)/);
    const installs = instructionsOf(runtimeStage(), 'RUN').map((run) => run.getRawArgumentsContent() ?? '');
    expect(installs.some((command) => command.includes('npm ci --omit=dev'))).toBe(true);
    const builds = stages.slice(0, -1).flatMap((stage) => instructionsOf(stage, 'RUN'));
    expect(builds.some((run) => run.getRawArgumentsContent()?.includes('npm run build'))).toBe(true);
  });

  it("starts the package's own samplan command, to serve", () => {
    const bin = (readJson('package.json') as { bin: { samplan: string } }).bin.samplan;
    expect(imageCommand()).toEqual(['node', bin, 'serve']);
  });

  it('keeps the embedded database and the scheduled backups on volumes', () => {
    const environment = runtimeEnvironment();
    const volumes = instructionsOf(runtimeStage(), 'VOLUME').flatMap((volume) =>
      execForm(volume.getRawArgumentsContent() ?? ''),
    );
    expect(volumes.sort()).toEqual([environment.BACKUP_DIR, environment.DATA_DIR].sort());
    expect(readConfig(environment).backupDirectory).toBe(environment.BACKUP_DIR);
  });

  it('runs as a user other than root, stops on SIGTERM and exposes the port the app listens on', () => {
    const stage = runtimeStage();
    const user = instructionsOf(stage, 'USER').at(-1)?.getRawArgumentsContent();
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(instructionsOf(stage, 'STOPSIGNAL')[0]?.getRawArgumentsContent()).toBe('SIGTERM');
    const config = readConfig(runtimeEnvironment());
    expect(instructionsOf(stage, 'EXPOSE')[0]?.getRawArgumentsContent()).toBe(String(config.port));
  });

  it('sets production defaults: listening beyond loopback, no demo county, secure cookies', () => {
    const config = readConfig(runtimeEnvironment());
    expect(config.host).toBe('0.0.0.0');
    expect(config.seedDemo).toBe(false);
    expect(config.cookieSecure).toBe(true);
    expect('database' in config && 'dataDir' in config.database).toBe(true);
  });
});

describe('the probes in the files', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serveTestDatabase(await createTestDatabase('pglite'));
  });
  afterAll(async () => {
    await server.close();
    await server.drop();
  });

  const runHealthCheck = async (port: string) => {
    const [program, ...args] = healthCheckCommand();
    try {
      await execFileAsync(program === 'node' ? process.execPath : program!, args, {
        env: { ...process.env, ...runtimeEnvironment(), PORT: port },
      });
      return 0;
    } catch (error) {
      return (error as { code?: number }).code ?? -1;
    }
  };

  it('ask paths the app answers 200 when it is ready', async () => {
    const paths = new Set([
      caddyHealthPath(),
      ...['startupProbe', 'livenessProbe', 'readinessProbe'].map(
        (probe) => container()[probe as 'startupProbe'].httpGet.path,
      ),
    ]);
    for (const path of paths) {
      const answer = await server.app.inject({ method: 'GET', url: path ?? '' });
      expect(answer.statusCode, `GET ${String(path)}`).toBe(200);
    }
  });

  it("the image's health check passes while the server is healthy and fails once its database is gone", async () => {
    const port = new URL(server.url).port;
    expect(await runHealthCheck(port)).toBe(0);
    const unhealthy = await serveTestDatabase(await createTestDatabase('pglite'));
    try {
      await unhealthy.drop();
      expect((await unhealthy.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
      expect(await runHealthCheck(new URL(unhealthy.url).port)).toBe(1);
    } finally {
      await unhealthy.close();
    }
  });
});
