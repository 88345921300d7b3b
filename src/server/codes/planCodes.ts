import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { unprocessable } from '../../domain/errors.js';
import type { Coding } from '../../shared/coding.js';
import type { PlanContent } from '../../shared/plan.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { codeRefusalsEn } from '../../shared/words/codeRefusals.en.js';
import { codeRefusalsSv } from '../../shared/words/codeRefusals.sv.js';
import { fill } from '../../shared/words/fill.js';
import { storedCodes } from '../data/codes.js';

const words = { sv: codeRefusalsSv, en: codeRefusalsEn };

/** Each coding of the plan with its place in the content, as a refusal names the field. */
function codingsOf(content: PlanContent): { path: string; coding: Coding }[] {
  return [
    ...content.needsCodes.map((coding, index) => ({ path: `content.needsCodes.${index}`, coding })),
    ...content.goals.flatMap((goal, at) =>
      goal.codes.map((coding, index) => ({ path: `content.goals.${at}.codes.${index}`, coding })),
    ),
    ...content.efforts.flatMap((effort, at) =>
      effort.codes.map((coding, index) => ({ path: `content.efforts.${at}.codes.${index}`, coding })),
    ),
  ];
}

const keyOf = (coding: { system: string; code: string }) => `${coding.system}|${coding.code}`;

/**
 * A plan may carry only codes from a loaded code system: the first that is not is refused by its code, system
 * and field (422 `unknown_code`). The content comes back with each code's display as the code system words it,
 * whatever the client sent, and a code given twice in one part once.
 */
export async function withStoredCodes(db: Kysely<DB>, content: PlanContent): Promise<PlanContent> {
  const codings = codingsOf(content);
  if (codings.length === 0) return content;
  const stored = new Map(
    (
      await storedCodes(
        db,
        codings.map(({ coding }) => coding),
      )
    ).map((code) => [keyOf(code), code]),
  );
  const unknown = codings.find(({ coding }) => !stored.has(keyOf(coding)));
  if (unknown) {
    throw unprocessable(
      'unknown_code',
      bothLanguages(words, (said) =>
        fill(said.unknownCode, { code: unknown.coding.code, system: unknown.coding.system }),
      ),
      { field: unknown.path, system: unknown.coding.system, codeValue: unknown.coding.code },
    );
  }
  const asStored = (codes: Coding[]): Coding[] => {
    const unique = new Map(codes.map((coding) => [keyOf(coding), stored.get(keyOf(coding)) as Coding]));
    return [...unique.values()];
  };
  return {
    ...content,
    needsCodes: asStored(content.needsCodes),
    goals: content.goals.map((goal) => ({ ...goal, codes: asStored(goal.codes) })),
    efforts: content.efforts.map((effort) => ({ ...effort, codes: asStored(effort.codes) })),
  };
}
