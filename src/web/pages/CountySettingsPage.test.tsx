// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CountySettingsBody, CountySettingsResponse } from '../../shared/api/countySettings.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { CountySettingsPage } from './CountySettingsPage.js';

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

const settings: CountySettingsResponse = {
  dischargeInvitationDays: 3,
  invitationReminderDays: 5,
  followUpReminderDays: 14,
  consentExpiryReminderDays: 30,
  childSignInAge: 12,
  personLogNamesStaff: true,
  guestDays: 90,
  scheduledBackups: false,
  backupTime: '02:00',
  backupsKept: 7,
  lastScheduledBackup: {
    startedAt: '2026-12-07T01:00:02.000Z',
    writtenAt: '2026-12-07T01:00:09.000Z',
    bytes: 12_450_000,
    failedAt: null,
  },
  escalationPath: [
    {
      level: 1,
      nameSv: 'Gränssnittsgruppen',
      nameEn: 'Interface group',
      unitId: psychiatry.id,
      unitName: psychiatry.name,
    },
  ],
  updatedAt: '2026-11-30T10:00:00.000Z',
  updatedByName: null,
  changes: [],
  mailConfigured: true,
  units: [psychiatry, social],
};

/** The settings as the server holds them after a save of `body`. */
function savedAnswer(request: SentRequest) {
  const body = request.body as CountySettingsBody;
  const units = new Map(settings.units.map((unit) => [unit.id, unit.name]));
  return {
    status: 200,
    body: {
      ...settings,
      ...body,
      escalationPath: body.escalationPath.map((level, index) => ({
        ...level,
        level: index + 1,
        unitName: units.get(level.unitId) ?? '',
      })),
      updatedAt: '2026-12-07T12:00:00.000Z',
      updatedByName: 'Samplan förvaltning',
    },
  };
}

function answer(request: SentRequest) {
  if (request.method === 'GET') return { status: 200, body: settings };
  if (request.path === '/api/settings/test-mail') return { status: 200, body: { sent: true, error: null } };
  return savedAnswer(request);
}

const saves = (sent: SentRequest[]) => sent.filter((request) => request.method === 'PUT');

describe('the county settings page', () => {
  it('refuses a number of days out of range or left empty, without sending, and focuses the first', async () => {
    const sent = answerRequests(answer);
    renderWeb(<CountySettingsPage />);

    const invitation = await screen.findByLabelText('Kallelse till SIP efter utskrivningsklar');
    await userEvent.clear(invitation);
    await userEvent.type(invitation, '31');
    await userEvent.clear(screen.getByLabelText('Påminnelse före uppföljning'));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));

    expect(invitation.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('dischargeInvitationDays-error')?.textContent).toMatch(/30/);
    expect(document.getElementById('followUpReminderDays-error')?.textContent).toBe('Fyll i det här.');
    expect(document.activeElement).toBe(invitation);
    expect(saves(sent)).toEqual([]);
  });

  it('asks for a new level’s names and unit before anything is sent', async () => {
    const sent = answerRequests(answer);
    renderWeb(<CountySettingsPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Lägg till nivå' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));

    const level = screen.getByRole('group', { name: 'Nivå 2' });
    expect(
      within(level)
        .getByLabelText(/^Namn på svenska/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(document.getElementById('level-2-sv-error')?.textContent).toBe('Fyll i det här.');
    expect(document.getElementById('level-2-unit-error')?.textContent).toBe('Gör ett val här.');
    expect(document.activeElement).toBe(within(level).getByLabelText(/^Namn på svenska/));
    expect(saves(sent)).toEqual([]);
  });

  it('sends the days as numbers and the levels in the order they were moved to', async () => {
    const sent = answerRequests(answer);
    renderWeb(<CountySettingsPage />);

    const invitation = await screen.findByLabelText('Kallelse till SIP efter utskrivningsklar');
    await userEvent.clear(invitation);
    await userEvent.type(invitation, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till nivå' }));
    const level = screen.getByRole('group', { name: 'Nivå 2' });
    await userEvent.type(within(level).getByLabelText(/^Namn på svenska/), 'Förvaltningsledningen');
    await userEvent.type(within(level).getByLabelText(/^Namn på engelska/), 'Management');
    await userEvent.selectOptions(within(level).getByLabelText(/^Enhet som hanterar nivån/), social.id);
    await userEvent.click(screen.getByRole('button', { name: 'Flytta nivå 2 upp' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));

    await screen.findByText('Inställningarna är sparade.');
    expect(saves(sent).map((request) => request.body)).toEqual([
      {
        dischargeInvitationDays: 4,
        invitationReminderDays: 5,
        followUpReminderDays: 14,
        consentExpiryReminderDays: 30,
        childSignInAge: 12,
        personLogNamesStaff: true,
        guestDays: 90,
        scheduledBackups: false,
        backupTime: '02:00',
        backupsKept: 7,
        escalationPath: [
          { nameSv: 'Förvaltningsledningen', nameEn: 'Management', unitId: social.id },
          { nameSv: 'Gränssnittsgruppen', nameEn: 'Interface group', unitId: psychiatry.id },
        ],
      },
    ]);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Kallelse till SIP efter utskrivningsklar').value).toBe(
        '4',
      ),
    );
  });

  it('sends the individual’s side’s settings, and refuses a child’s age outside 7–17', async () => {
    const sent = answerRequests(answer);
    renderWeb(<CountySettingsPage />);

    const age = await screen.findByLabelText('Egen inloggning för barn från');
    await userEvent.clear(age);
    await userEvent.type(age, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('childSignInAge-error')?.textContent).toMatch(/7/);
    expect(saves(sent)).toEqual([]);

    await userEvent.clear(age);
    await userEvent.type(age, '13');
    const guestDays = screen.getByLabelText('Så länge gäller en gästs åtkomst');
    await userEvent.clear(guestDays);
    await userEvent.type(guestDays, '30');
    await userEvent.click(screen.getByLabelText('Visa personalens namn i personens logg'));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));

    await screen.findByText('Inställningarna är sparade.');
    expect(saves(sent).map((request) => request.body)).toEqual([
      expect.objectContaining({ childSignInAge: 13, guestDays: 30, personLogNamesStaff: false }),
    ]);
  });

  it('shows the latest scheduled backup, and sends the schedule once the number kept is within 1–365', async () => {
    const sent = answerRequests(answer);
    renderWeb(<CountySettingsPage />);

    const backup = await screen.findByRole('region', { name: 'Schemalagd säkerhetskopiering' });
    expect(within(backup).getByRole('status').textContent).toBe(
      'Senaste säkerhetskopian skrevs mån 7 dec. 2026 02:00 (12,5 MB).',
    );
    await userEvent.click(within(backup).getByLabelText('Skriv en säkerhetskopia varje dag'));
    const time = within(backup).getByLabelText('Klockslag');
    await userEvent.clear(time);
    await userEvent.type(time, '23:15');
    const kept = within(backup).getByLabelText('Antal säkerhetskopior som sparas');
    await userEvent.clear(kept);
    await userEvent.type(kept, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));
    expect(kept.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(kept);
    expect(saves(sent)).toEqual([]);

    await userEvent.clear(kept);
    await userEvent.type(kept, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningar' }));
    await screen.findByText('Inställningarna är sparade.');
    expect(saves(sent).map((request) => request.body)).toEqual([
      expect.objectContaining({ scheduledBackups: true, backupTime: '23:15', backupsKept: 30 }),
    ]);
  });

  it('says when the latest scheduled backup failed', async () => {
    answerRequests((request) =>
      request.method === 'GET'
        ? {
            status: 200,
            body: {
              ...settings,
              lastScheduledBackup: {
                startedAt: '2026-12-07T01:00:02.000Z',
                writtenAt: null,
                bytes: null,
                failedAt: '2026-12-07T01:00:03.000Z',
              },
            },
          }
        : answer(request),
    );
    renderWeb(<CountySettingsPage />);
    const backup = await screen.findByRole('region', { name: 'Schemalagd säkerhetskopiering' });
    expect(within(backup).getByRole('status').textContent).toMatch(
      /^Senaste säkerhetskopian misslyckades mån 7 dec. 2026 02:00\./,
    );
  });

  it('sends a test mail only to an address, and says where it went', async () => {
    const sent = answerRequests(answer);
    renderWeb(<CountySettingsPage />);

    const to = await screen.findByLabelText(/^Skicka till e-postadress/);
    await userEvent.click(screen.getByRole('button', { name: 'Skicka provmeddelande' }));
    expect(document.getElementById('test-mail-to-error')?.textContent).toBe('Fyll i det här.');
    await userEvent.type(to, 'forvaltning@sormark.example');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka provmeddelande' }));

    await screen.findByText(/Provmeddelandet är skickat till forvaltning@sormark.example/);
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/settings/test-mail', body: { to: 'forvaltning@sormark.example' } },
    ]);
  });
});
