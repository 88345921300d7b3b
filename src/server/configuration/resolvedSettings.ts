import { configAreas } from '../config.js';
import { variableAbout, type Environment, type VariableAbout } from './variables.js';

/** A declared variable: its exact name and what is known of it. */
export interface DeclaredVariable extends VariableAbout {
  name: string;
}

/** Every variable the configuration schema declares, once, in the order of its areas. */
export function declaredVariables(): DeclaredVariable[] {
  const declared = new Map<string, DeclaredVariable>();
  for (const area of Object.values(configAreas))
    for (const [name, schema] of Object.entries(area.in.shape)) {
      const about = variableAbout.get(schema);
      if (!about)
        throw new Error(`${name} is declared without variable(), so nothing is known of its default`);
      if (!declared.has(name)) declared.set(name, { name, ...about });
    }
  return [...declared.values()];
}

/** One setting as `samplan config --check` shows it. */
export interface ResolvedSetting {
  name: string;
  /** The value as it may be shown, `hidden` for a secret, or null when it is not set and has no default. */
  shown: string | { hidden: true } | null;
  source: 'environment' | 'default';
}

const hidden = { hidden: true } as const;
const passwordMask = '***';

/**
 * An address with its password (in the user information, or a query parameter such as libpq's `password`) hidden;
 * any other text as it is.
 */
function withoutPassword(text: string): string {
  if (!URL.canParse(text)) return text;
  const url = new URL(text);
  const secretParameters = [...url.searchParams.keys()].filter((key) =>
    /password|secret|token|key/i.test(key),
  );
  if (url.password === '' && secretParameters.length === 0) return text;
  if (url.password !== '') url.password = passwordMask;
  for (const key of secretParameters) url.searchParams.set(key, passwordMask);
  return url.href;
}

function shownValue(text: string, variable: DeclaredVariable): ResolvedSetting['shown'] {
  if (variable.secret === 'value') return hidden;
  // An address that cannot be read as one may still be a connection string with a password in it.
  if (variable.secret === 'password' && !URL.canParse(text)) return hidden;
  return withoutPassword(text);
}

/**
 * Every declared variable with the value it has in `env` (trimmed, as the schema reads it) or its default, secrets
 * hidden: what the configuration resolves to, whether or not it is valid.
 */
export function resolvedSettings(env: Environment): ResolvedSetting[] {
  return declaredVariables().map((variable) => {
    const text = env[variable.name]?.trim() ?? '';
    if (text !== '') return { name: variable.name, shown: shownValue(text, variable), source: 'environment' };
    const fallback = typeof variable.fallback === 'function' ? variable.fallback(env) : variable.fallback;
    return { name: variable.name, shown: fallback, source: 'default' };
  });
}
