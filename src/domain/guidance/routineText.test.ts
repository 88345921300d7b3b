import { describe, expect, it } from 'vitest';
import { decideRoutineTextEdit } from './routineText.js';

describe('an edit of a routine text', () => {
  const current = { version: 3, markdown: '# Rutin' };

  it('is saved as the next version when it starts from the current one', () => {
    expect(decideRoutineTextEdit(current, { markdown: '# Ny rutin', baseVersion: 3 })).toEqual({
      kind: 'save',
      version: 4,
    });
    expect(decideRoutineTextEdit(null, { markdown: '# Första', baseVersion: 0 })).toEqual({
      kind: 'save',
      version: 1,
    });
  });

  it('is refused as stale, with the current text, when it starts from any other version', () => {
    for (const baseVersion of [0, 2, 4]) {
      const decision = decideRoutineTextEdit(current, { markdown: '# Ny rutin', baseVersion });
      expect(decision.kind).toBe('stale');
      if (decision.kind !== 'stale') continue;
      expect(decision.error.kind).toBe('conflict');
      expect(decision.error.code).toBe('routine_text_changed');
      expect(decision.error.details).toEqual({ current });
    }
    const first = decideRoutineTextEdit(null, { markdown: '# Första', baseVersion: 1 });
    expect(first.kind === 'stale' && first.error.details).toEqual({ current: null });
  });

  it('makes no version when the text is the same', () => {
    expect(decideRoutineTextEdit(current, { markdown: '# Rutin', baseVersion: 3 })).toEqual({
      kind: 'unchanged',
    });
  });
});
