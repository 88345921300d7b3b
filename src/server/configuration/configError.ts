import type { z } from 'zod';
import type { LocalisedText } from '../../domain/errors.js';
import { configurationEn } from '../../shared/words/configuration.en.js';
import { configurationSv } from '../../shared/words/configuration.sv.js';

/** One variable that is wrong, and why, in both languages. */
export interface ConfigProblem {
  variable: string;
  said: LocalisedText;
}

/**
 * The configuration cannot be used. Its message names each wrong variable once, in Swedish and English, and never
 * its value: the refusals are written without it, as the value may be a password.
 */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(issues: readonly z.core.$ZodIssue[]) {
    const problems = new Map<string, ConfigProblem>();
    for (const issue of issues) {
      // An issue's path is the area, then the variable, which is always the last.
      const variable = String(issue.path.at(-1));
      const said = issue.code === 'custom' ? (issue.params?.said as LocalisedText | undefined) : undefined;
      const problem = { variable, said: said ?? { sv: issue.message, en: issue.message } };
      // A variable two areas share (TRUST_PROXY, HOST, SEED_DEMO) is refused by both in the same words.
      problems.set(`${variable} ${problem.said.en}`, problem);
    }
    const list = [...problems.values()];
    super(
      [
        configurationSv.wrong,
        configurationEn.wrong,
        ...list.flatMap(({ variable, said }) => [`  ${variable} ${said.sv}.`, `  ${variable} ${said.en}.`]),
      ].join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = list;
  }
}
