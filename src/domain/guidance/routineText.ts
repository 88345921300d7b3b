import { conflict, type DomainError } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { guidanceRefusalsEn } from '../../shared/words/guidanceRefusals.en.js';
import { guidanceRefusalsSv } from '../../shared/words/guidanceRefusals.sv.js';

const words = { sv: guidanceRefusalsSv, en: guidanceRefusalsEn };

/**
 * An edit of a routine text names the version it started from. Another administrator's save in between makes it
 * stale: it is refused, with the text as it now reads, so the editor can compare and save again on top of it.
 * Saving the same text again changes nothing and makes no version.
 */
export type RoutineTextEdit =
  { kind: 'save'; version: number } | { kind: 'unchanged' } | { kind: 'stale'; error: DomainError };

export function decideRoutineTextEdit<Current extends { version: number; markdown: string }>(
  current: Current | null,
  edit: { markdown: string; baseVersion: number },
): RoutineTextEdit {
  const currentVersion = current?.version ?? 0;
  if (edit.baseVersion !== currentVersion) return { kind: 'stale', error: staleRoutineText(current) };
  if (current !== null && current.markdown === edit.markdown) return { kind: 'unchanged' };
  return { kind: 'save', version: currentVersion + 1 };
}

/** The refusal of a stale edit; `current` travels with it (null when the text has none yet). */
export function staleRoutineText(current: unknown): DomainError {
  return conflict(
    'routine_text_changed',
    bothLanguages(words, (said) => said.routineTextChanged),
    { current },
  );
}
