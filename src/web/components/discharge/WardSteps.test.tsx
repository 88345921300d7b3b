// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dischargeAnswer } from '../../testing/dischargeAnswer.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { EstimatedDischargeForm, ReadyForm } from './WardSteps.js';

const processId = '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b';
const process = dischargeAnswer(processId);

describe("the ward's steps on a discharge process", () => {
  it('asks for the estimated discharge date, then sends the day chosen', async () => {
    const said: string[] = [];
    const sent = answerRequests(() => ({ status: 200, body: dischargeAnswer(processId) }));
    renderWeb(<EstimatedDischargeForm process={process} onDone={(message) => said.push(message)} />);

    await userEvent.click(screen.getByRole('button', { name: 'Spara datumet' }));

    const day = screen.getByLabelText(/Nytt beräknat utskrivningsdatum/);
    expect(document.getElementById('estimated-day-error')?.textContent).toBe('Fyll i det här.');
    expect(document.activeElement).toBe(day);
    expect(sent).toEqual([]);

    await userEvent.type(day, '2026-12-10');
    await userEvent.click(screen.getByRole('button', { name: 'Spara datumet' }));

    await waitFor(() => expect(said).toEqual(['Det beräknade utskrivningsdatumet är ändrat.']));
    expect(sent).toEqual([
      {
        method: 'PUT',
        path: `/api/discharges/${processId}/estimated-discharge`,
        body: { estimatedDischargeOn: '2026-12-10' },
      },
    ]);
  });

  it('asks for the date the patient became ready, sends it as Swedish time, and shows a refusal at the date', async () => {
    const sent = answerRequests(() => ({
      status: 422,
      body: {
        status: 422,
        code: 'rule_violation',
        detail: 'Utskrivningsklar kan inte anges i förväg.',
        field: 'readyAt',
      },
    }));
    renderWeb(<ReadyForm process={process} onDone={() => undefined} />);

    const date = screen.getByLabelText(/Utskrivningsklar datum/);
    await userEvent.clear(date);
    await userEvent.click(screen.getByRole('button', { name: 'Bekräfta utskrivningsklar' }));

    expect(document.getElementById('ready-date-error')?.textContent).toBe('Fyll i det här.');
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(sent).toEqual([]);

    await userEvent.type(date, '2026-12-03');
    const time = screen.getByLabelText(/Utskrivningsklar klockan/);
    await userEvent.clear(time);
    await userEvent.type(time, '09:30');
    await userEvent.click(screen.getByRole('button', { name: 'Bekräfta utskrivningsklar' }));

    await waitFor(() =>
      expect(document.getElementById('ready-date-error')?.textContent).toBe(
        'Utskrivningsklar kan inte anges i förväg.',
      ),
    );
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/discharges/${processId}/ready`,
        body: { readyAt: '2026-12-03T09:30:00+01:00' },
      },
    ]);
  });
});
