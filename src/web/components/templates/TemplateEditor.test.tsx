// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  templateContentSchema,
  type TemplateContent,
  type TemplateView,
} from '../../../shared/api/planTemplates.js';
import { templateChecklistSteps, templateSectionKeys } from '../../../shared/templateParts.js';
import { answerRequests, renderWeb, type SentRequest } from '../../testing/render.js';
import { TemplateEditor } from './TemplateEditor.js';

const templateId = '5d2a7c1e-8b3f-4e6a-9c0d-1f2e3a4b5c6d';

const content: TemplateContent = templateContentSchema.parse({
  name: 'Barn och unga',
  description: 'För barn med flera kontakter.',
  targetGroups: ['children_disability'],
  sections: Object.fromEntries(
    templateSectionKeys.map((key) => [key, { heading: '', prompt: '', example: '' }]),
  ),
  hiddenSections: [],
  actorsToInvite: [],
  checklists: Object.fromEntries(templateChecklistSteps.map((step) => [step, []])),
});

function version(number: number, of: TemplateContent): TemplateView {
  return {
    id: templateId,
    version: number,
    content: of,
    writtenAt: '2026-11-30T10:00:00.000Z',
    writtenByName: '',
  };
}

/** Answers a save with the version it made. */
function savedAnswer(request: SentRequest, number: number) {
  const body = request.body as { content: TemplateContent };
  return { status: 200, body: version(number, body.content) };
}

describe('the template editor', () => {
  it('sends the template whole on the version it started from, each checklist line an item', async () => {
    let message = '';
    const sent = answerRequests((request) => savedAnswer(request, 4));
    renderWeb(
      <TemplateEditor start={{ template: version(3, content) }} onDone={(text) => (message = text)} />,
    );

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Barn och unga med psykosocial problematik' }),
    );
    const medication = screen.getByRole('group', { name: 'Läkemedel' });
    await userEvent.click(within(medication).getByRole('checkbox', { name: /Visa inte den här delen/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till aktör' }));
    await userEvent.type(screen.getByLabelText(/^Aktör/), ' Skolan ');
    await userEvent.type(
      screen.getByLabelText('Checklista: Möte hållet'),
      'Skolan är kallad\n\n  Tolk bokad ',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara ny version' }));

    await waitFor(() => expect(message).toBe('Mallen sparades som version 4.'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.path).toBe(`/api/plan-templates/${templateId}`);
    expect(sent[0]?.body).toEqual({
      baseVersion: 3,
      content: {
        ...content,
        targetGroups: ['children_disability', 'children_psychosocial'],
        hiddenSections: ['medication'],
        actorsToInvite: [{ name: 'Skolan', why: '' }],
        checklists: { ...content.checklists, meeting_held: ['Skolan är kallad', 'Tolk bokad'] },
      },
    });
  });

  it('asks for a name and an actor’s name without sending anything, and focuses the first', async () => {
    const sent = answerRequests(() => ({ status: 200, body: {} }));
    renderWeb(<TemplateEditor start={{ template: version(3, content) }} onDone={() => undefined} />);

    await userEvent.clear(screen.getByLabelText(/^Namn/));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till aktör' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara ny version' }));

    const name = screen.getByLabelText(/^Namn/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`template-${templateId}-name-error`)?.textContent).toBe('Fyll i det här.');
    expect(document.getElementById(`template-${templateId}-actor-0-name-error`)?.textContent).toBe(
      'Fyll i det här.',
    );
    expect(screen.getByRole('alert').textContent).toContain('Något saknas i formuläret');
    expect(document.activeElement).toBe(name);
    expect(sent).toEqual([]);
  });

  it('offers the version someone else saved first, and saves the change on it', async () => {
    const theirs = { ...content, description: 'Deras beskrivning.' };
    const sent = answerRequests((request) =>
      (request.body as { baseVersion: number }).baseVersion === 3
        ? {
            status: 409,
            body: {
              status: 409,
              code: 'stale_template',
              detail: 'Mallen har ändrats.',
              current: version(5, theirs),
            },
          }
        : savedAnswer(request, 6),
    );
    renderWeb(<TemplateEditor start={{ template: version(3, content) }} onDone={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: 'Spara ny version' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Läs in den aktuella versionen' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Beskrivning').value).toBe('Deras beskrivning.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara ny version' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.body).toEqual({ baseVersion: 5, content: theirs });
  });

  it('creates a new template from a copy with its content alone', async () => {
    let message = '';
    const sent = answerRequests((request) => savedAnswer(request, 1));
    renderWeb(
      <TemplateEditor
        start={{ content: { ...content, name: 'Kopia av Barn och unga', targetGroups: [] } }}
        onDone={(text) => (message = text)}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Skapa mallen' }));

    await waitFor(() => expect(message).toBe('Mallen skapades.'));
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/plan-templates',
        body: { content: { ...content, name: 'Kopia av Barn och unga', targetGroups: [] } },
      },
    ]);
  });
});
