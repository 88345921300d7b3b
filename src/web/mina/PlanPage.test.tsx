// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PersonPlan, PersonSipOverview } from '../../shared/api/personSide.js';
import { overviewAnswer, planAnswer, plainPlan, sipId, sipSummary } from '../testing/personAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { MinaRoutes } from './minaRoutes.js';

const at = '2026-12-07T10:00:00.000Z';

/** The plan's server: approving records the person's approval and nothing waits any more; an objection is kept. */
function server(start: { overview?: PersonSipOverview; plan?: PersonPlan } = {}) {
  let overview = start.overview ?? overviewAnswer();
  let plan = start.plan ?? planAnswer();
  const base = `/api/person/sips/${sipId}`;
  return (request: SentRequest) => {
    if (request.path === '/api/person/sips') return { status: 200, body: { sips: [sipSummary()] } };
    if (request.path === base) return { status: 200, body: overview };
    if (request.path === `${base}/plan`) return { status: 200, body: plan };
    if (request.path === `${base}/plan/versions/1/approve`) {
      overview = { ...overview, versionToApprove: null };
      plan = {
        ...plan,
        versions: plan.versions.map((version) => ({
          ...version,
          approval: { at, method: 'e_id', byEId: true },
        })),
      };
      return { status: 200, body: plan };
    }
    if (request.path === `${base}/plan/versions/1/objection`) {
      const { text } = request.body as { text: string };
      plan = {
        ...plan,
        versions: plan.versions.map((version) => ({ ...version, objections: [{ text, at }] })),
      };
      return { status: 200, body: plan };
    }
    if (request.path === `${base}/plan/versions/1`)
      return {
        status: 200,
        body: { version: plan.versions[0], established: true, plan: plainPlan },
      };
    return { status: 404, body: { status: 404, code: 'not_found', detail: 'Finns inte.' } };
  };
}

const posts = (sent: SentRequest[]) => sent.filter((request) => request.method === 'POST');

describe('the plan on the individual’s side', () => {
  it('reads in plain words, speaking as “I” to the person it is for', async () => {
    answerRequests(server());
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    await screen.findByText('Det här är planen som gäller nu. Det är version 1.');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(
      expect.arrayContaining(['Det här behöver jag', 'Mina mål', 'Vem gör vad och när', 'Min samordnare']),
    );
    // A part left empty in this plan is not shown.
    expect(headings).not.toContain('Det här önskar jag');
    const efforts = screen.getByRole('heading', { name: 'Vem gör vad och när' }).parentElement!;
    expect(efforts.textContent).toContain('Vem: Hemtjänsten Exempelby');
    expect(efforts.textContent).toContain('När: 1 december 2026 till 31 maj 2027');
    expect(efforts.textContent).toContain('Hjälper till med: Klara mig själv hemma.');
    expect(screen.getByText('Planen följs upp 1 mars 2027.')).toBeTruthy();
  });

  it('speaks about the plan to a guardian', async () => {
    answerRequests(server({ overview: overviewAnswer({ relation: 'guardian', firstName: 'Alva' }) }));
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    await screen.findByRole('heading', { name: 'Det här behövs', level: 2 });
    expect(screen.queryByRole('heading', { name: 'Mina mål' })).toBeNull();
  });

  it('approves the version with one clear button and says thanks', async () => {
    const sent = answerRequests(server());
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    const question = await screen.findByRole('region', { name: 'Godkänner du planen?' });
    await userEvent.click(within(question).getByRole('button', { name: 'Jag godkänner planen' }));

    await screen.findByText('Tack! Du har godkänt version 1 av planen.');
    // Nothing waits for an answer any more: the question is gone, the version reads as approved with e-ID.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Godkänner du planen?' })).toBeNull());
    expect(screen.getByText(/Godkänd 7 december 2026, med e-legitimation här\./)).toBeTruthy();
    expect(posts(sent)).toEqual([
      { method: 'POST', path: `/api/person/sips/${sipId}/plan/versions/1/approve`, body: {} },
    ]);
  });

  it('asks what is wrong before sending an objection, then sends it in the person’s words', async () => {
    const sent = answerRequests(server());
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    const question = await screen.findByRole('region', { name: 'Godkänner du planen?' });
    await userEvent.click(within(question).getByRole('button', { name: 'Skicka' }));
    const field = within(question).getByLabelText('Vad stämmer inte?');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(question.textContent).toContain('Fyll i det här.');
    expect(posts(sent)).toEqual([]);

    await userEvent.type(field, 'Jag vill ha hjälp två gånger i veckan.');
    await userEvent.click(within(question).getByRole('button', { name: 'Skicka' }));

    await screen.findByText('Tack! Vi har sparat det du skrev. Samordnaren hör av sig.');
    expect(posts(sent)).toEqual([
      {
        method: 'POST',
        path: `/api/person/sips/${sipId}/plan/versions/1/objection`,
        body: { text: 'Jag vill ha hjälp två gånger i veckan.' },
      },
    ]);
    expect(screen.getByText(/Jag vill ha hjälp två gånger i veckan\./, { selector: 'li' })).toBeTruthy();
  });

  it('does not ask one who may not approve', async () => {
    answerRequests(
      server({ overview: overviewAnswer({ relation: 'guest', allowedActions: ['seeCase', 'readPlan'] }) }),
    );
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    await screen.findByRole('heading', { name: 'Det här behövs', level: 2 });
    expect(screen.queryByRole('button', { name: 'Jag godkänner planen' })).toBeNull();
  });

  it('says the plan is not ready before it is established', async () => {
    answerRequests(
      server({
        overview: overviewAnswer({ establishedVersion: null, versionToApprove: null }),
        plan: planAnswer({ establishedVersion: null, plan: null, versions: [] }),
      }),
    );
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    await screen.findByText('Planen är inte klar än. När den är klar kan du läsa den här.');
    expect(screen.queryByRole('heading', { name: 'Alla versioner av planen' })).toBeNull();
  });

  it('lists every version and opens an earlier one', async () => {
    answerRequests(server());
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    const versions = await screen.findByRole('region', { name: 'Alla versioner av planen' });
    expect(versions.textContent).toContain('Gjord 20 november 2026');
    expect(versions.textContent).toContain('Varför: Planen fastställd på mötet.');
    expect(versions.textContent).toContain('Inte godkänd än.');
    await userEvent.click(within(versions).getByRole('link', { name: 'Läs version 1' }));

    await screen.findByRole('heading', { name: 'Planen, version 1', level: 1 });
    expect(await screen.findByText('Det här är versionen som gäller nu.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Godkänner du planen?' })).toBeTruthy();
  });

  it('offers each version as a PDF to keep, a plain download from the individual’s side', async () => {
    answerRequests(server());
    renderWeb(<MinaRoutes />, `/mina/sip/${sipId}/planen`);

    const link = await screen.findByRole('link', { name: 'Ladda ner version 1 som PDF' });
    expect(link.getAttribute('href')).toBe(`/api/person/sips/${sipId}/plan/versions/1/pdf`);
    expect(link.hasAttribute('download')).toBe(true);
  });
});
