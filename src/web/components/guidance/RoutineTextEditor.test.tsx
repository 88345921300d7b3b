// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoutineTextVersion } from '../../../shared/api/guidance.js';
import { answerRequests, renderWeb, type SentRequest } from '../../testing/render.js';
import { RoutineTextEditor } from './RoutineTextEditor.js';

function version(number: number, markdown: string): RoutineTextVersion {
  return {
    version: number,
    markdown,
    writtenAt: '2026-11-30T10:00:00.000Z',
    writtenByName: 'Samplan förvaltning',
  };
}

/** Answers a save with the version it made, one on from the version it was based on. */
function savedAnswer(request: SentRequest) {
  const body = request.body as { markdown: string; baseVersion: number };
  return { status: 200, body: version(body.baseVersion + 1, body.markdown) };
}

async function openEditor(current: RoutineTextVersion | null, onSaved: (message: string) => void) {
  renderWeb(<RoutineTextEditor step="consent" current={current} headingLevel={3} onSaved={onSaved} />);
  await userEvent.click(screen.getByRole('button', { name: 'Ändra rutintexten' }));
  return screen.getByLabelText('Rutintext för Samtycke');
}

describe('the routine text editor', () => {
  it('previews the text as it is written and saves it on the version it started from', async () => {
    let message = '';
    const sent = answerRequests(savedAnswer);
    const text = await openEditor(version(1, '## Samtycke först'), (saved) => (message = saved));

    expect(screen.getByText('17 av 20 000 tecken')).toBeTruthy();
    await userEvent.clear(text);
    await userEvent.type(text, '## Samtycke i Sörmark');
    expect(screen.getByRole('heading', { name: 'Samtycke i Sörmark', level: 4 })).toBeTruthy();
    expect(screen.getByText('21 av 20 000 tecken')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Spara som ny version' }));

    await waitFor(() => expect(message).toBe('Rutintexten för Samtycke är sparad som version 2.'));
    expect(sent).toEqual([
      {
        method: 'PUT',
        path: '/api/guidance/consent',
        body: { markdown: '## Samtycke i Sörmark', baseVersion: 1 },
      },
    ]);
  });

  it('shows the text someone else saved first, and saves the draft on top of it', async () => {
    let message = '';
    const sent = answerRequests((request) =>
      (request.body as { baseVersion: number }).baseVersion === 1
        ? {
            status: 409,
            body: {
              status: 409,
              code: 'routine_text_changed',
              detail: 'Rutintexten har ändrats.',
              current: version(3, 'Deras text'),
            },
          }
        : savedAnswer(request),
    );
    const text = await openEditor(version(1, 'Min början'), (saved) => (message = saved));

    await userEvent.type(text, ' och mer');
    await userEvent.click(screen.getByRole('button', { name: 'Spara som ny version' }));
    await screen.findByText('Texten som gäller nu (version 3):');
    expect(screen.getByText('Deras text')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Spara som ny version' }));

    await waitFor(() => expect(message).toBe('Rutintexten för Samtycke är sparad som version 4.'));
    expect(sent.map((request) => request.body)).toEqual([
      { markdown: 'Min början och mer', baseVersion: 1 },
      { markdown: 'Min början och mer', baseVersion: 3 },
    ]);
  });
});
