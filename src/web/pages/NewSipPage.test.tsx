// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../shared/api/me.js';
import type { PersonLookupResponse, PopulationRegisterResponse } from '../../shared/api/responses.js';
import { useMe } from '../api/session.js';
import { caseAnswer } from '../testing/caseAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { NewSipPage } from './NewSipPage.js';

const unitId = '4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f';
const sipId = '5d6e7f8a-9b0c-4d1e-8f2a-4b5c6d7e8f9a';

const maria: Me = {
  id: '6e7f8a9b-0c1d-4e2f-9a3b-5c6d7e8f9a0b',
  username: 'maria',
  displayName: 'Maria Berg',
  locale: 'sv',
  activeUnitId: unitId,
  units: [
    {
      unitId,
      unitName: 'Individ- och familjeomsorgen Ekby',
      organisationId: '7f8a9b0c-1d2e-4f3a-8b4c-6d7e8f9a0b1c',
      organisationName: 'Ekby kommun',
      organisationKind: 'municipality',
      role: 'staff',
      allowedActions: ['workWithCases'],
    },
  ],
  showFirstGuide: false,
};

/** Tilda is in the population register; the other number is in no register. */
const tilda = '197903129828';
const unknown = '198605212385';

function lookedUp(idNumber: string): PersonLookupResponse {
  return { idKind: 'personnummer', idNumber, birthDate: null, sex: null, person: null };
}

function registerAnswer(idNumber: unknown): PopulationRegisterResponse {
  if (idNumber !== tilda) return { status: 'not_found' };
  return {
    status: 'found',
    source: 'demo',
    person: {
      givenName: 'Tilda',
      familyName: 'Provsson',
      address: 'Exempelvägen 12, 123 45 Ekby',
      protectedIdentity: false,
    },
  };
}

/** The server as the new-SIP page meets it: the signed-in user, the look-up, the register and the new case. */
function answer(request: SentRequest): { status: number; body: unknown } {
  const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
  const idNumber = 'idNumber' in body ? String(body.idNumber).replace('-', '') : '';
  switch (request.path) {
    case '/api/me':
      return { status: 200, body: maria };
    case '/api/organisations':
      return { status: 200, body: [] };
    case '/api/persons/lookup':
      return { status: 200, body: lookedUp(idNumber) };
    case '/api/persons/population-register':
      return { status: 200, body: registerAnswer(idNumber) };
    default:
      return { status: 201, body: caseAnswer(sipId) };
  }
}

/** The app shows its pages once it knows who is signed in. */
function SignedIn({ children }: { children: ReactNode }) {
  return useMe().data ? children : null;
}

function renderPage() {
  renderWeb(
    <Routes>
      <Route
        path="/"
        element={
          <SignedIn>
            <NewSipPage />
          </SignedIn>
        }
      />
      <Route path="/sips/:id" element={<h1>Den nya SIP:en</h1>} />
    </Routes>,
  );
}

async function search(idNumber: string) {
  const field = await screen.findByLabelText(/Personnummer eller samordningsnummer/);
  await userEvent.clear(field);
  await userEvent.type(field, idNumber);
  await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
}

const posted = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe('the new-SIP page', () => {
  it('asks for a number before searching, with the focus on it', async () => {
    const sent = answerRequests(answer);
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Sök' }));

    expect(document.getElementById('idNumber-error')?.textContent).toBe(
      'Skriv ett personnummer, samordningsnummer eller reservnummer.',
    );
    expect(document.activeElement).toBe(document.getElementById('idNumber'));
    expect(posted(sent)).toEqual([]);
  });

  it('fills in name and address from the register and sends the SIP with the number as the server read it', async () => {
    const sent = answerRequests(answer);
    renderPage();

    await search('19790312-9828');
    await screen.findByText('Tilda Provsson');
    expect(screen.queryByLabelText(/Förnamn/)).toBeNull();
    await userEvent.type(screen.getByLabelText(/Telefon/), '070-123 45 67');
    await userEvent.selectOptions(screen.getByLabelText(/Målgrupp/), 'Psykisk ohälsa');
    await userEvent.type(screen.getByLabelText(/Varför behövs samordning/), ' Behöver stöd. ');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa SIP' }));

    await screen.findByRole('heading', { name: 'Den nya SIP:en' });
    expect(posted(sent).map((request) => request.path)).toEqual([
      '/api/persons/lookup',
      '/api/persons/population-register',
      '/api/sips',
    ]);
    expect(posted(sent)[2]?.body).toEqual({
      person: {
        idNumber: tilda,
        reserve: false,
        givenName: 'Tilda',
        familyName: 'Provsson',
        protectedIdentity: false,
        address: 'Exempelvägen 12, 123 45 Ekby',
        phone: '070-123 45 67',
      },
      need: {
        initiatorType: 'staff',
        initiatorUnitId: unitId,
        initiatorName: '',
        targetGroup: 'mental_illness',
        description: 'Behöver stöd.',
      },
    });
  });

  it('forgets the register’s person for a new number, and asks in its own words for what is missing, first field first', async () => {
    const sent = answerRequests(answer);
    renderPage();

    await search('19790312-9828');
    await screen.findByText('Tilda Provsson');
    await search(unknown);
    await screen.findByText(/Folkbokföringen har ingen person med det numret/, { selector: '.alert p' });
    const givenName = screen.getByLabelText<HTMLInputElement>(/Förnamn/);
    expect(givenName.value).toBe('');
    await userEvent.type(screen.getByLabelText(/Telefon/), '070-ABC');
    await userEvent.click(screen.getByRole('radio', { name: 'Den enskilde' }));
    await userEvent.click(screen.getByRole('button', { name: 'Skapa SIP' }));

    const message = (id: string) => document.getElementById(`${id}-error`)?.textContent;
    expect(message('givenName')).toBe('Skriv förnamnet.');
    expect(message('familyName')).toBe('Skriv efternamnet.');
    expect(message('phone')).toBe(
      'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och +.',
    );
    expect(message('targetGroup')).toBe('Välj en målgrupp.');
    expect(message('description')).toBe('Beskriv varför samordning behövs.');
    expect(screen.getByRole('alert').textContent).toBe('Rätta de markerade fälten och försök igen.');
    expect(document.activeElement).toBe(givenName);
    expect(posted(sent).filter((request) => request.path === '/api/sips')).toEqual([]);

    await userEvent.type(givenName, 'Manuell');
    await waitFor(() => expect(message('givenName')).toBeUndefined());
  });

  it('shows a refusal of the number at the number, forgotten once the number changes, and keeps what was typed', async () => {
    const sent = answerRequests((request) =>
      request.path === '/api/sips'
        ? {
            status: 422,
            body: {
              status: 422,
              code: 'rule_violation',
              detail: 'Personnumret är inte giltigt.',
              field: 'person.idNumber',
            },
          }
        : answer(request),
    );
    renderPage();

    await search(unknown);
    await userEvent.type(await screen.findByLabelText(/Förnamn/), 'Manuell');
    await userEvent.type(screen.getByLabelText(/Efternamn/), 'Inmatning');
    await userEvent.selectOptions(screen.getByLabelText(/Målgrupp/), 'Annat');
    await userEvent.type(screen.getByLabelText(/Varför behövs samordning/), 'Behöver stöd.');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa SIP' }));

    await waitFor(() =>
      expect(document.getElementById('idNumber-error')?.textContent).toBe('Personnumret är inte giltigt.'),
    );
    expect(screen.getByRole('alert').textContent).toBe('Rätta de markerade fälten och försök igen.');
    expect(posted(sent).filter((request) => request.path === '/api/sips')).toHaveLength(1);

    await userEvent.type(screen.getByLabelText(/Personnummer eller samordningsnummer/), '0');
    expect(document.getElementById('idNumber-error')).toBeNull();
    expect(screen.getByText('Sök först fram personen i steg 1.')).toBeTruthy();

    await search(unknown);
    expect((await screen.findByLabelText<HTMLInputElement>(/Förnamn/)).value).toBe('Manuell');
  });

  it('sends a person the unit already knows as it knows them, without asking the register', async () => {
    const known = caseAnswer(sipId).person;
    const sent = answerRequests((request) =>
      request.path === '/api/persons/lookup'
        ? { status: 200, body: { ...lookedUp('194001010016'), person: known } }
        : answer(request),
    );
    renderPage();

    await search('19400101-0016');
    await screen.findByText('Din enhet känner redan till personen: Astrid Exempel.');
    expect(screen.queryByLabelText(/Förnamn/)).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Närstående' }));
    await userEvent.type(screen.getByLabelText(/Namn på den som tog initiativet/), 'Bo Exempel');
    await userEvent.selectOptions(screen.getByLabelText(/Målgrupp/), 'Multisjuka äldre');
    await userEvent.type(screen.getByLabelText(/Varför behövs samordning/), 'Behöver stöd.');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa SIP' }));

    await screen.findByRole('heading', { name: 'Den nya SIP:en' });
    expect(posted(sent).map((request) => request.path)).toEqual(['/api/persons/lookup', '/api/sips']);
    expect(posted(sent)[1]?.body).toEqual({
      person: {
        idNumber: '194001010016',
        reserve: false,
        givenName: 'Astrid',
        familyName: 'Exempel',
        protectedIdentity: false,
        address: '',
        phone: '',
      },
      need: {
        initiatorType: 'relative',
        initiatorUnitId: null,
        initiatorName: 'Bo Exempel',
        targetGroup: 'elderly_multimorbid',
        description: 'Behöver stöd.',
      },
    });
  });
});
