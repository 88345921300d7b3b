// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseAnswer } from '../../testing/caseAnswer.js';
import { answerRequests, renderWeb } from '../../testing/render.js';
import { RevealPerson } from './RevealPerson.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';

const revealed = {
  ...caseAnswer(sipId).person,
  protectedIdentity: true,
  address: 'Skyddad väg 1, 123 45 Exempelby',
  phone: '070-123 45 67',
};

describe('showing a protected person’s details', () => {
  it('asks for a reason long enough on its field, with the focus on it, before anything is sent', async () => {
    const sent = answerRequests(() => ({ status: 200, body: revealed }));
    renderWeb(<RevealPerson sipId={sipId} />);

    await userEvent.click(screen.getByRole('button', { name: 'Visa namn och kontaktuppgifter' }));
    await userEvent.click(screen.getByRole('button', { name: 'Visa uppgifterna' }));

    const reason = screen.getByLabelText('Varför behöver du uppgifterna?');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('reveal-reason-error')?.textContent).toBe('Fyll i det här.');
    expect(reason.getAttribute('aria-describedby')).toBe('reveal-reason-hint reveal-reason-error');
    expect(document.activeElement).toBe(reason);

    await userEvent.type(reason, ' ab ');
    await userEvent.click(screen.getByRole('button', { name: 'Visa uppgifterna' }));
    await waitFor(() =>
      expect(document.getElementById('reveal-reason-error')?.textContent).toContain('För lite(t)'),
    );
    expect(sent).toEqual([]);
  });

  it('sends the reason trimmed and shows the details it gets', async () => {
    const sent = answerRequests(() => ({ status: 200, body: revealed }));
    renderWeb(<RevealPerson sipId={sipId} />);

    await userEvent.click(screen.getByRole('button', { name: 'Visa namn och kontaktuppgifter' }));
    await userEvent.type(screen.getByLabelText('Varför behöver du uppgifterna?'), ' Ringa inför mötet ');
    await userEvent.click(screen.getByRole('button', { name: 'Visa uppgifterna' }));

    expect((await screen.findByRole('status')).textContent).toContain('Skyddad väg 1, 123 45 Exempelby');
    expect(sent).toEqual([
      { method: 'POST', path: `/api/sips/${sipId}/person/reveal`, body: { reason: 'Ringa inför mötet' } },
    ]);
  });
});
