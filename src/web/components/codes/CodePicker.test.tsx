// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CodeFound } from '../../../shared/api/codeSystemRoutes.js';
import type { Coding } from '../../../shared/coding.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { CodePicker } from './CodePicker.js';

const icf = 'http://who.int/icf';
const found: CodeFound[] = [
  { system: icf, systemName: 'ICF', code: 'd230', display: 'Att genomföra daglig rutin' },
  { system: icf, systemName: 'ICF', code: 'd240', display: 'Att hantera stress' },
];

/** The picker as a form holds it: the chosen codes are state the test can read. */
function Holder({ initial, seen }: { initial: Coding[]; seen: (codes: Coding[]) => void }) {
  const [codes, setCodes] = useState(initial);
  return (
    <CodePicker
      value={codes}
      context="Mål 1"
      onChange={(next) => {
        setCodes(next);
        seen(next);
      }}
    />
  );
}

describe('the code picker', () => {
  it('searches as one types, and chooses a code with the arrow keys and Enter', async () => {
    const sent = answerRequests(() => ({ status: 200, body: { codes: found } }));
    let chosen: Coding[] = [];
    renderWeb(<Holder initial={[]} seen={(codes) => (chosen = codes)} />);

    const input = screen.getByRole('combobox', { name: /Lägg till kod/ });
    await userEvent.type(input, 'dag');
    const list = await screen.findByRole('listbox');
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['d230 Att genomföra daglig rutin ICF', 'd240 Att hantera stress ICF']);
    // One search for the word, after the typing paused, not one per letter.
    expect(sent.map((request) => request.path)).toEqual(['/api/codes?q=dag']);
    expect(input.getAttribute('aria-expanded')).toBe('true');

    await userEvent.keyboard('{ArrowDown}');
    const second = within(list).getByRole('option', { name: /d240/ });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    await userEvent.keyboard('{Enter}');

    expect(chosen).toEqual([{ system: icf, code: 'd240', display: 'Att hantera stress' }]);
    expect(input).toHaveProperty('value', '');
    const chips = screen.getByRole('list', { name: 'Valda koder: Mål 1' });
    expect(within(chips).getByRole('listitem').textContent).toContain('d240 Att hantera stress');
  });

  it('does not offer a code already chosen, and removes a chosen code by its button', async () => {
    answerRequests(() => ({ status: 200, body: { codes: found } }));
    let chosen: Coding[] = [];
    const routine = { system: icf, code: 'd230', display: 'Att genomföra daglig rutin' };
    renderWeb(<Holder initial={[routine]} seen={(codes) => (chosen = codes)} />);

    await userEvent.type(screen.getByRole('combobox'), 'd2');
    const list = await screen.findByRole('listbox');
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['d240 Att hantera stress ICF']);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());

    await userEvent.click(
      screen.getByRole('button', { name: 'Ta bort koden d230 Att genomföra daglig rutin' }),
    );
    expect(chosen).toEqual([]);
    expect(screen.queryByRole('list', { name: /Valda koder/ })).toBeNull();
  });

  it('says when nothing matches', async () => {
    answerRequests(() => ({ status: 200, body: { codes: [] } }));
    renderWeb(<Holder initial={[]} seen={() => undefined} />);
    await userEvent.type(screen.getByRole('combobox'), 'zzz');
    expect(await screen.findByText('Ingen kod matchar.')).toBeTruthy();
    expect(screen.getByRole('combobox').getAttribute('aria-expanded')).toBe('false');
  });
});
