// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWeb } from '../../testing/render.js';
import { FollowUpsSection } from './FollowUpsSection.js';

const overdue = {
  sipId: '0d7e3f0a-4b7c-4a8e-9d55-1f2e3a4b5c6d',
  caseNumber: 'SIP-2026-00042',
  personName: 'Astrid Berg',
  followUpOn: '2026-11-30',
  overdue: true,
};
const upcoming = {
  sipId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  caseNumber: 'SIP-2026-00043',
  personName: 'Nils Ek',
  followUpOn: '2026-12-14',
  overdue: false,
};

describe('the start page’s follow-ups', () => {
  it('lists each plan in a row with its case, person, date and whether it is late', () => {
    renderWeb(<FollowUpsSection followUpsDue={{ items: [overdue, upcoming], more: false }} />);

    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Astrid Berg', '30 nov. 2026', 'Försenad'],
      ['Nils Ek', '14 dec. 2026', 'Närmar sig'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'SIP-2026-00042' }).getAttribute('href')).toBe(
      `/sips/${overdue.sipId}`,
    );
    expect(screen.queryByText('Inga uppföljningar närmar sig.')).toBeNull();
    expect(screen.queryByRole('link', { name: /Bara de/ })).toBeNull();
  });

  it('says so when no follow-up is near, without a table', () => {
    renderWeb(<FollowUpsSection followUpsDue={{ items: [], more: false }} />);

    expect(screen.getByText('Inga uppföljningar närmar sig.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('links to the case list for the rest when not all are shown', () => {
    renderWeb(<FollowUpsSection followUpsDue={{ items: [overdue], more: true }} />);

    expect(screen.getByRole('link', { name: /Bara de 1 äldsta visas/ })).toBeTruthy();
  });
});
