import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as accessLog from './accessLog.js';
import * as countySettings from './countySettings.js';
import * as deviations from './deviations.js';
import * as discharge from './discharge.js';
import * as feedback from './feedback.js';
import { fieldName, fieldNameKeys } from './fieldNames.js';
import * as guidance from './guidance.js';
import * as notifications from './notifications.js';
import * as planTemplates from './planTemplates.js';
import * as requests from './requests.js';
import * as signIn from './signIn.js';
import * as sipList from './sipList.js';
import * as statistics from './statistics.js';

/** Every key a request schema can hold, at any depth: what a refusal may have to name. */
function keysOf(schema: z.ZodType, into: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return into;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const walk = (inner: unknown) => keysOf(inner as z.ZodType, into, seen);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        into.add(key);
        walk(value);
      }
      break;
    case 'array':
      walk(def.element);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      walk(def.innerType);
      break;
    case 'pipe':
      walk(def.in);
      walk(def.out);
      break;
    case 'record':
      walk(def.valueType);
      break;
  }
  return into;
}

const modules = {
  accessLog,
  countySettings,
  deviations,
  discharge,
  feedback,
  guidance,
  notifications,
  planTemplates,
  requests,
  signIn,
  sipList,
  statistics,
};

describe('the names of request fields', () => {
  it('names every key of every request schema in Swedish and English', () => {
    const keys = new Set<string>();
    for (const module of Object.values(modules)) {
      for (const [name, value] of Object.entries(module)) {
        if (/(Body|Query|Params|Schema)$/.test(name) && typeof value === 'object' && value && '_zod' in value)
          keysOf(value as z.ZodType, keys);
      }
    }
    expect(keys.size).toBeGreaterThan(100);
    const unnamed = [...keys].filter((key) => !fieldNameKeys.includes(key));
    expect(unnamed).toEqual([]);
  });

  it('names a field by its keys and a list item by its number, never by its path', () => {
    expect(fieldName('body.startsAt')).toEqual({ sv: 'Starttid', en: 'Start time' });
    expect(fieldName('body.content.efforts.1.contactPerson')).toEqual({
      sv: 'Insats 2 – Kontaktperson',
      en: 'Effort 2 – Contact person',
    });
    expect(fieldName('body.need.description').sv).toBe('Behov – Beskrivning');
    expect(fieldName('query.surprise')).toEqual({ sv: 'surprise', en: 'surprise' });
    expect(fieldName('body')).toEqual({ sv: 'Begäran', en: 'The request' });
  });
});
