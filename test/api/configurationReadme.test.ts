import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredVariables } from '../../src/server/configuration/resolvedSettings.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the one table of environment variables, in README.md's "Configuration" section. */
function readmeRows(): { name: string; fallback: string }[] {
  const section = readme.split(/^## Configuration\n/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [nameCell = '', fallback = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      // One variable a row, so that each is found by its name alone.
      expect(nameCell, line).toMatch(/^`[A-Z][A-Z0-9_]*`$/);
      return { name: nameCell.slice(1, -1), fallback };
    });
}

describe("README.md's table of environment variables", () => {
  it('names exactly the variables the configuration schema declares, each once', () => {
    const documented = readmeRows().map((row) => row.name);
    expect(new Set(documented).size, 'a variable has two rows').toBe(documented.length);
    expect([...documented].sort()).toEqual(
      declaredVariables()
        .map((variable) => variable.name)
        .sort(),
    );
  });

  it('gives each fixed default as the schema has it', () => {
    const documented = new Map(readmeRows().map((row) => [row.name, row.fallback]));
    for (const variable of declaredVariables())
      if (typeof variable.fallback === 'string')
        expect(documented.get(variable.name), variable.name).toBe(`\`${variable.fallback}\``);
  });
});
