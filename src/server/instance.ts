import { hostname } from 'node:os';

/**
 * The name an instance goes by in the jobs it ran and in every log line: INSTANCE_ID when the operator sets one
 * (a Kubernetes pod's name, say), else the host's name and the process id, which together tell processes apart
 * on one host as well as across hosts.
 */
export function instanceName(configured: string | null): string {
  return configured ?? `${hostname()}:${process.pid}`;
}
