// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeviationDetail } from '../../../shared/api/deviations.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { DeviationActions } from './DeviationActions.js';

const deviationId = '3f1d2c4b-6a7e-4b8c-9d0e-1f2a3b4c5d6e';

/** An open deviation at the unit's manager, who may handle, escalate or close it. */
const deviation: DeviationDetail = {
  id: deviationId,
  kind: 'disagreement_on_responsibility',
  status: 'open',
  sipId: null,
  caseNumber: 'SIP-2026-0001',
  dischargeProcessId: null,
  unit: { id: 'unit', name: 'Vårdcentralen Norr' },
  routedUnit: { id: 'unit', name: 'Vårdcentralen Norr' },
  escalationLevel: 0,
  levelName: 'Enhetens chef',
  automatic: false,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  allowedActions: ['handle', 'escalate', 'close'],
  description: 'Ingen kom till mötet.',
  resolution: '',
  reportedBy: { name: 'Karin', unitName: 'Avdelning 12' },
  closedAt: null,
  nextLevelName: 'Verksamhetschef',
  history: [],
};

describe('the steps of a deviation', () => {
  it('asks why it is escalated in its own words, without sending anything, and focuses the field', async () => {
    const sent = answerRequests(() => ({ status: 200, body: deviation }));
    renderWeb(<DeviationActions deviation={deviation} onDone={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: 'Eskalera till Verksamhetschef' }));
    await userEvent.type(screen.getByLabelText(/Varför kan avvikelsen inte lösas här/), '  ');
    await userEvent.click(screen.getAllByRole('button', { name: 'Eskalera till Verksamhetschef' })[1]!);

    const note = screen.getByLabelText(/Varför kan avvikelsen inte lösas här/);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('deviation-escalate-text-error')?.textContent).toBe(
      'Skriv här innan du skickar.',
    );
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.activeElement).toBe(note);
    expect(sent).toEqual([]);
  });

  it('closes it with the resolution as the server’s schema reads it, trimmed', async () => {
    let message = '';
    const sent = answerRequests(() => ({ status: 200, body: { ...deviation, status: 'closed' } }));
    renderWeb(<DeviationActions deviation={deviation} onDone={(done) => (message = done)} />);

    await userEvent.click(screen.getByRole('button', { name: 'Avsluta med lösning' }));
    await userEvent.type(screen.getByLabelText(/Hur löstes avvikelsen/), ' Nytt möte bokat ');
    await userEvent.click(screen.getAllByRole('button', { name: 'Avsluta med lösning' })[1]!);

    await waitFor(() => expect(message).toBe('Avvikelsen är avslutad.'));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/deviations/${deviationId}/close`,
        body: { resolution: 'Nytt möte bokat' },
      },
    ]);
  });

  it('handles it without a note, which the step does not ask for', async () => {
    let message = '';
    const sent = answerRequests(() => ({ status: 200, body: { ...deviation, status: 'handled' } }));
    renderWeb(<DeviationActions deviation={deviation} onDone={(done) => (message = done)} />);

    await userEvent.click(screen.getByRole('button', { name: 'Markera som hanterad' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Markera som hanterad' })[1]!);

    await waitFor(() => expect(message).toBe('Avvikelsen är markerad som hanterad.'));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/deviations/${deviationId}/handle`,
        body: { note: '' },
      },
    ]);
  });
});
