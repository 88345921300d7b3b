// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { templateContentSchema, type TemplateView } from '../../../shared/api/planTemplates.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { templateChecklistSteps, templateSectionKeys } from '../../../shared/templateParts.js';
import { caseAnswer } from '../../testing/caseAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../../testing/render.js';
import { TemplateChooser } from './TemplateChooser.js';

const sipId = '7b0c8f4e-2a52-4a53-9f3e-2d1c4b6a9e10';
const elderly = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const children = '5d2a7c1e-8b3f-4e6a-9c0d-1f2e3a4b5c6d';

function template(id: string, name: string): TemplateView {
  return {
    id,
    version: 1,
    content: templateContentSchema.parse({
      name,
      description: '',
      targetGroups: [],
      sections: Object.fromEntries(
        templateSectionKeys.map((key) => [key, { heading: '', prompt: '', example: '' }]),
      ),
      hiddenSections: [],
      actorsToInvite: [],
      checklists: Object.fromEntries(templateChecklistSteps.map((step) => [step, []])),
    }),
    writtenAt: '2026-11-30T10:00:00.000Z',
    writtenByName: '',
  };
}

/** The templates on their list; a choice is answered with the case. */
function server(request: SentRequest) {
  return request.path === '/api/plan-templates'
    ? { status: 200, body: { templates: [template(elderly, 'Äldre'), template(children, 'Barn och unga')] } }
    : { status: 200, body: caseAnswer(sipId) };
}

function caseWith(current: SipDetail['template']): SipDetail {
  return { ...caseAnswer(sipId), template: current };
}

const choosePlanTemplate = () => true;

describe('the choice of the case’s template', () => {
  it('starts from the target group’s template and sends the one chosen instead, then closes', async () => {
    const sent = answerRequests(server);
    renderWeb(
      <TemplateChooser
        sip={caseWith({ id: elderly, version: 1, name: 'Äldre', chosen: false })}
        can={choosePlanTemplate}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Byt mall' }));
    const choice = await screen.findByRole('combobox', { name: 'Mall' });
    expect(choice).toHaveProperty('value', '');
    await userEvent.selectOptions(choice, 'Barn och unga');
    await userEvent.click(screen.getByRole('button', { name: 'Spara mallvalet' }));

    await screen.findByRole('button', { name: 'Byt mall' });
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([
      { method: 'PUT', path: `/api/sips/${sipId}/plan-template`, body: { templateId: children } },
    ]);
  });

  it('starts from a template chosen for the case and sends the target group’s as none', async () => {
    const sent = answerRequests(server);
    renderWeb(
      <TemplateChooser
        sip={caseWith({ id: children, version: 1, name: 'Barn och unga', chosen: true })}
        can={choosePlanTemplate}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Byt mall' }));
    const choice = await screen.findByRole('combobox', { name: 'Mall' });
    expect(choice).toHaveProperty('value', children);
    await userEvent.selectOptions(choice, 'Målgruppens mall');
    await userEvent.click(screen.getByRole('button', { name: 'Spara mallvalet' }));

    await waitFor(() =>
      expect(sent.filter((request) => request.method === 'PUT')).toEqual([
        { method: 'PUT', path: `/api/sips/${sipId}/plan-template`, body: { templateId: null } },
      ]),
    );
  });

  it('offers no choice to a unit that may not make it', () => {
    answerRequests(server);
    renderWeb(<TemplateChooser sip={caseWith(null)} can={() => false} />);

    expect(screen.getByText(/Länet har ingen mall för ärendets målgrupp/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Byt mall' })).toBeNull();
  });
});
