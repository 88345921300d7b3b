// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerRequests, renderWeb, type SentRequest } from '../../../testing/render.js';
import { CompareVersions } from './CompareVersions.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';

/** The diff between the versions asked for, with nothing changed; a version itself is not needed for that. */
function server(request: SentRequest) {
  const query = new URL(request.path, 'http://samplan.test').searchParams;
  return request.path.includes('/plan/diff')
    ? { status: 200, body: { from: Number(query.get('from')), to: Number(query.get('to')), changes: [] } }
    : { status: 404, body: { status: 404, code: 'not_found', detail: 'Finns inte.' } };
}

function diffsAsked(sent: SentRequest[]) {
  return sent.map((request) => request.path).filter((path) => path.includes('/plan/diff'));
}

describe('the comparison of two plan versions', () => {
  it('offers the last two versions, and shows the diff of the pair chosen only when asked', async () => {
    const sent = answerRequests(server);
    renderWeb(
      <CompareVersions sipId={sipId} versions={[1, 2, 3]} units={new Map()} organisationName={() => ''} />,
    );

    expect(screen.getByRole('combobox', { name: 'Från' })).toHaveProperty('value', '2');
    expect(screen.getByRole('combobox', { name: 'Till' })).toHaveProperty('value', '3');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Från' }), 'Version 1');
    expect(diffsAsked(sent)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Jämför' }));

    expect(
      await screen.findByRole('heading', { name: 'Ändringar från version 1 till version 3' }),
    ).toBeTruthy();
    expect(await screen.findByText('Inga skillnader.')).toBeTruthy();
    expect(diffsAsked(sent)).toEqual([`/api/sips/${sipId}/plan/diff?from=1&to=3`]);
  });
});
