// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FhirClientList, FhirClientView } from '../../shared/api/fhirClientRoutes.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { FhirClientsPage } from './FhirClientsPage.js';

const psychiatry = {
  id: '6e1d2c3b-4a59-4876-9a1b-2c3d4e5f6a7b',
  name: 'Vuxenpsykiatrin',
  organisationName: 'Region Sörmark',
};
const social = {
  id: '0f9e8d7c-6b5a-4493-8271-605f4e3d2c1b',
  name: 'Socialtjänsten',
  organisationName: 'Ekby kommun',
};

const journal: FhirClientView = {
  id: '0190f000-0000-7000-8000-0000000000c1',
  name: 'Journalsystemet',
  clientId: 'journal-prod',
  unitId: psychiatry.id,
  unitName: psychiatry.name,
  organisationName: psychiatry.organisationName,
  scopes: ['system/CarePlan.rs'],
  createdAt: '2026-12-01T09:00:00.000Z',
  createdByName: 'Samplan förvaltning',
  disabledAt: null,
};

function listOf(clients: FhirClientView[]): FhirClientList {
  return {
    clients,
    units: [psychiatry, social],
    scopes: ['system/CarePlan.rs', 'system/Appointment.rs', 'system/Task.rs', 'system/Task.u'],
  };
}

/** The server as the page meets it: the list, and each change answered with the client as it then stands. */
function server(clients: FhirClientView[] = [journal]) {
  return (request: SentRequest) => {
    if (request.method === 'GET') return { status: 200, body: listOf(clients) };
    if (request.path === '/api/fhir-clients') {
      const body = request.body as Pick<FhirClientView, 'name' | 'clientId' | 'unitId' | 'scopes'>;
      const made = { ...journal, ...body, id: '0190f000-0000-7000-8000-0000000000c2', unitName: social.name };
      clients.push(made);
      return { status: 200, body: made };
    }
    const changed = request.path.endsWith('/disable')
      ? { ...journal, disabledAt: '2026-12-07T12:00:00.000Z' }
      : { ...journal, ...(request.body as { scopes: string[] }) };
    clients.splice(0, 1, changed);
    return { status: 200, body: changed };
  };
}

const changes = (sent: SentRequest[]) => sent.filter((request) => request.method !== 'GET');

describe('the FHIR clients page', () => {
  it('lists each system with its unit and its scopes in words', async () => {
    answerRequests(server());
    renderWeb(<FhirClientsPage />);

    const card = (await screen.findByRole('heading', { name: 'Journalsystemet' })).closest('li')!;
    expect(within(card).getByText('journal-prod')).toBeTruthy();
    expect(within(card).getByText('Vuxenpsykiatrin, Region Sörmark')).toBeTruthy();
    expect(within(card).getByText('Läsa och söka planer (CarePlan)')).toBeTruthy();
    expect(within(card).getByText('Aktiv')).toBeTruthy();
  });

  it('asks for a name, a unit and a scope before anything is sent, and refuses a client id with spaces', async () => {
    const sent = answerRequests(server());
    renderWeb(<FhirClientsPage />);

    await userEvent.type(await screen.findByLabelText(/^Klient-id/), 'has space');
    await userEvent.click(screen.getByRole('button', { name: 'Registrera' }));

    expect(document.getElementById('fhir-name-error')?.textContent).toBe('Fyll i det här.');
    expect(document.getElementById('fhir-clientId-error')?.textContent).toBe(
      'Klient-id får bara innehålla synliga tecken, utan mellanslag.',
    );
    expect(document.getElementById('fhir-unit-error')?.textContent).toBe('Gör ett val här.');
    expect(document.getElementById('fhir-scopes-error')?.textContent).toBe('Välj minst en behörighet.');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Namn/));
    expect(changes(sent)).toEqual([]);
  });

  it('registers a system with the scopes ticked, and shows it in the list', async () => {
    const sent = answerRequests(server());
    renderWeb(<FhirClientsPage />);

    await userEvent.type(await screen.findByLabelText(/^Namn/), 'Socialtjänstens system');
    await userEvent.type(screen.getByLabelText(/^Klient-id/), 'soc-system');
    await userEvent.selectOptions(screen.getByLabelText(/^Agerar som enhet/), social.id);
    const register = screen.getByRole('group', { name: 'Behörigheter' });
    await userEvent.click(within(register).getByLabelText('Läsa och söka möten (Appointment)'));
    await userEvent.click(within(register).getByLabelText('Svara på kallelser (Task)'));
    await userEvent.click(screen.getByRole('button', { name: 'Registrera' }));

    await screen.findByText('Systemet Socialtjänstens system är registrerat.');
    expect(changes(sent)).toEqual([
      {
        method: 'POST',
        path: '/api/fhir-clients',
        body: {
          name: 'Socialtjänstens system',
          clientId: 'soc-system',
          unitId: social.id,
          scopes: ['system/Appointment.rs', 'system/Task.u'],
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Socialtjänstens system' })).toBeTruthy();
  });

  it('shows the server’s refusal of a client id already registered at the field', async () => {
    answerRequests((request) =>
      request.method === 'POST'
        ? {
            status: 409,
            body: {
              status: 409,
              code: 'duplicate_client_id',
              detail: 'Ett system med klient-id journal-prod är redan registrerat.',
              field: 'clientId',
            },
          }
        : server()(request),
    );
    renderWeb(<FhirClientsPage />);

    await userEvent.type(await screen.findByLabelText(/^Namn/), 'Kopia');
    await userEvent.type(screen.getByLabelText(/^Klient-id/), 'journal-prod');
    await userEvent.selectOptions(screen.getByLabelText(/^Agerar som enhet/), social.id);
    await userEvent.click(screen.getByLabelText('Läsa och söka planer (CarePlan)'));
    await userEvent.click(screen.getByRole('button', { name: 'Registrera' }));

    await waitFor(() =>
      expect(document.getElementById('fhir-clientId-error')?.textContent).toBe(
        'Ett system med klient-id journal-prod är redan registrerat.',
      ),
    );
  });

  it('changes a system’s scopes, and disables it after a confirmation', async () => {
    const sent = answerRequests(server());
    renderWeb(<FhirClientsPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Ändra behörigheter för Journalsystemet' }),
    );
    const card = screen.getByRole('heading', { name: 'Journalsystemet' }).closest('li')!;
    await userEvent.click(within(card).getByLabelText('Läsa och söka planer (CarePlan)'));
    await userEvent.click(within(card).getByRole('button', { name: 'Spara behörigheter' }));
    expect(document.getElementById(`fhir-scopes-${journal.id}-error`)?.textContent).toBe(
      'Välj minst en behörighet.',
    );
    await userEvent.click(within(card).getByLabelText('Läsa och söka kallelser (Task)'));
    await userEvent.click(within(card).getByRole('button', { name: 'Spara behörigheter' }));
    await screen.findByText('Behörigheterna för Journalsystemet är sparade.');

    await userEvent.click(screen.getByRole('button', { name: 'Stäng av Journalsystemet' }));
    expect(screen.getByText(/Stänga av Journalsystemet\?/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stäng av' }));
    await screen.findByText('Systemet Journalsystemet är avstängt.');
    await screen.findByText(/^Avstängd /);
    expect(screen.queryByRole('button', { name: 'Stäng av Journalsystemet' })).toBeNull();

    expect(changes(sent)).toEqual([
      {
        method: 'PUT',
        path: `/api/fhir-clients/${journal.id}/scopes`,
        body: { scopes: ['system/Task.rs'] },
      },
      { method: 'POST', path: `/api/fhir-clients/${journal.id}/disable`, body: {} },
    ]);
  });
});
