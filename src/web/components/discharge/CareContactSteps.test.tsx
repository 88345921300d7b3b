// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { dischargeAnswer } from '../../testing/dischargeAnswer.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { CareContactForm, StartSipForm } from './CareContactSteps.js';

const processId = '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';
const process = dischargeAnswer(processId);
const sipId = '3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e';

describe("primary care's steps on a discharge process", () => {
  it('asks for the care contact to be chosen, then names the one chosen', async () => {
    const said: string[] = [];
    const sent = answerRequests(() => ({ status: 200, body: dischargeAnswer(processId) }));
    renderWeb(<CareContactForm process={process} onDone={(message) => said.push(message)} />);

    await userEvent.click(screen.getByRole('button', { name: 'Utse' }));

    const contact = screen.getByRole('combobox', { name: /Fast vårdkontakt/ });
    expect(document.getElementById('care-contact-error')?.textContent).toBe('Gör ett val här.');
    expect(document.activeElement).toBe(contact);
    expect(sent).toEqual([]);

    await userEvent.selectOptions(contact, 'Bo Ek');
    await userEvent.click(screen.getByRole('button', { name: 'Utse' }));

    await waitFor(() => expect(said).toEqual(['Den fasta vårdkontakten är utsedd.']));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/discharges/${processId}/care-contact`,
        body: { userId: '0e5f6a7b-8c9d-4e0f-8a1b-3c4d5e6f7a8b' },
      },
    ]);
  });

  it('asks why coordination is needed, then starts the SIP with the trimmed text and opens it', async () => {
    const sent = answerRequests(() => ({ status: 200, body: { ...dischargeAnswer(processId), sipId } }));
    renderWeb(
      <Routes>
        <Route path="/" element={<StartSipForm process={process} onDone={() => undefined} />} />
        <Route path="/sips/:id" element={<h1>SIP:en</h1>} />
      </Routes>,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Skapa SIP:en' }));

    const description = screen.getByLabelText(/Varför behövs samordning efter utskrivningen/);
    expect(document.getElementById('sip-description-error')?.textContent).toBe('Fyll i det här.');
    expect(document.activeElement).toBe(description);
    expect(sent).toEqual([]);

    await userEvent.type(description, '  Hemtjänst och uppföljning på vårdcentralen.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa SIP:en' }));

    await screen.findByRole('heading', { name: 'SIP:en' });
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/discharges/${processId}/sip`,
        body: { description: 'Hemtjänst och uppföljning på vårdcentralen.' },
      },
    ]);
  });
});
