// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { InterruptForm } from './InterruptForm.js';

const processId = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

describe('the form that interrupts a discharge process', () => {
  it('asks for the reason before anything is sent', async () => {
    const sent = answerRequests(() => ({ status: 200, body: {} }));
    renderWeb(<InterruptForm processId={processId} onDone={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: 'Bekräfta avbrottet' }));

    expect(document.getElementById('interrupt-reason-error')?.textContent).toBe('Gör ett val här.');
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(sent).toEqual([]);
  });

  it('sends the chosen reason and shows a rule refusal on the field it names', async () => {
    const sent = answerRequests(() => ({
      status: 409,
      body: { status: 409, code: 'conflict', detail: 'Processen är redan avslutad.', field: 'reason' },
    }));
    renderWeb(<InterruptForm processId={processId} onDone={() => undefined} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Patienten har avlidit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Bekräfta avbrottet' }));

    await waitFor(() =>
      expect(document.getElementById('interrupt-reason-error')?.textContent).toBe(
        'Processen är redan avslutad.',
      ),
    );
    expect(sent.map((request) => [request.method, request.path, request.body])).toEqual([
      ['POST', `/api/discharges/${processId}/interrupt`, { reason: 'death', note: '' }],
    ]);
  });
});
