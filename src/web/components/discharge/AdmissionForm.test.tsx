// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Organisations } from '../../../shared/api/responses.js';
import { dischargeAnswer } from '../../testing/dischargeAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../../testing/render.js';
import { AdmissionForm } from './AdmissionForm.js';

const processId = '8a9b0c1d-2e3f-4a4b-9c5d-7e8f9a0b1c2d';
const homeCare = '9b0c1d2e-3f4a-4b5c-8d6e-8f9a0b1c2d3e';
const healthCentre = '0c1d2e3f-4a5b-4c6d-9e7f-9a0b1c2d3e4f';

const organisations: Organisations = [
  {
    id: '1d2e3f4a-5b6c-4d7e-8f8a-0b1c2d3e4f5a',
    name: 'Ekby kommun',
    kind: 'municipality',
    units: [{ id: homeCare, name: 'Hemtjänst och äldreomsorg Ekby', parentId: null, category: '' }],
  },
  {
    id: '2e3f4a5b-6c7d-4e8f-9a9b-1c2d3e4f5a6b',
    name: 'Region Sörmark',
    kind: 'region',
    units: [{ id: healthCentre, name: 'Vårdcentralen Åsen', parentId: null, category: '' }],
  },
];

function answer(request: SentRequest): { status: number; body: unknown } {
  if (request.path === '/api/organisations') return { status: 200, body: organisations };
  return { status: 201, body: dischargeAnswer(processId) };
}

function renderForm() {
  renderWeb(
    <Routes>
      <Route path="/" element={<AdmissionForm />} />
      <Route path="/discharges/:id" element={<h1>Processen</h1>} />
    </Routes>,
  );
}

const send = () => userEvent.click(screen.getByRole('button', { name: 'Skicka inskrivningsmeddelandet' }));
const message = (id: string) => document.getElementById(`${id}-error`)?.textContent;
const posted = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe("the ward's admission notice", () => {
  it('asks for the patient and the receiving units before anything is sent, the number first', async () => {
    const sent = answerRequests(answer);
    renderForm();

    await screen.findByRole('option', { name: 'Vårdcentralen Åsen' });
    await send();

    expect(message('idNumber')).toBe('Fyll i det här.');
    expect(message('givenName')).toBe('Fyll i det här.');
    expect(message('familyName')).toBe('Fyll i det här.');
    expect(message('municipalityUnit')).toBe('Gör ett val här.');
    expect(message('primaryCareUnit')).toBe('Gör ett val här.');
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.activeElement).toBe(document.getElementById('idNumber'));
    expect(posted(sent)).toEqual([]);
  });

  it('sends the admission as Swedish time, without an estimated discharge date when none is given', async () => {
    const sent = answerRequests(answer);
    renderForm();

    await userEvent.type(screen.getByLabelText(/^Personnummer/), '19440912-2381');
    await userEvent.type(screen.getByLabelText(/Förnamn/), 'Astrid');
    await userEvent.type(screen.getByLabelText(/Efternamn/), 'Testqvist');
    const date = screen.getByLabelText(/Inskriven datum/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-07-01');
    const time = screen.getByLabelText(/Inskriven klockan/);
    await userEvent.clear(time);
    await userEvent.type(time, '08:15');
    await userEvent.click(screen.getByLabelText('Från primärvården'));
    await userEvent.selectOptions(
      screen.getByLabelText(/Kommunens enhet/),
      await screen.findByRole('option', { name: 'Hemtjänst och äldreomsorg Ekby' }),
    );
    await userEvent.selectOptions(screen.getByLabelText(/^Vårdcentral/), 'Vårdcentralen Åsen');
    await send();

    await screen.findByRole('heading', { name: 'Processen' });
    expect(posted(sent)).toEqual([
      {
        method: 'POST',
        path: '/api/discharges',
        body: {
          person: {
            idNumber: '19440912-2381',
            reserve: false,
            givenName: 'Astrid',
            familyName: 'Testqvist',
            protectedIdentity: false,
            address: '',
            phone: '',
          },
          admittedAt: '2026-07-01T08:15:00+02:00',
          expectsMunicipalityEfforts: true,
          expectsPrimaryCareEfforts: false,
          municipalityUnitId: homeCare,
          primaryCareUnitId: healthCentre,
          estimatedDischargeOn: null,
        },
      },
    ]);
  });
});
