import { describe, expect, it } from 'vitest';
import { taskResource, type FhirTask, type TaskFacts } from './task.js';
import { readTaskUpdate } from './taskUpdate.js';

const base = 'https://samplan.example/fhir/R4';
const id = '01939a4e-0000-7000-8000-00000000000a';

const current: FhirTask = taskResource(base, {
  invitation: {
    id,
    sipId: '01939a4e-0000-7000-8000-00000000000b',
    meetingId: '01939a4e-0000-7000-8000-00000000000c',
    unitId: '01939a4e-0000-7000-8000-00000000000d',
    obliged: true,
    status: 'sent',
    message: 'Välkommen.',
    sentAt: new Date('2026-12-01T08:00:00Z'),
    sentBy: '01939a4e-0000-7000-8000-00000000000e',
    acknowledgedAt: null,
    answeredAt: null,
    attendees: '',
    declineReason: '',
    forwardNote: '',
  },
  meeting: { organiserUnitId: id, status: 'scheduled', cancelledAt: null, cancelReason: '' },
  personId: id,
  forwardedToId: null,
} satisfies TaskFacts);

/** The Task as a client read it, with its changes. */
const sent = (changes: Record<string, unknown>): Record<string, unknown> => ({
  ...(JSON.parse(JSON.stringify(current)) as Record<string, unknown>),
  ...changes,
});
const ask = { id, ifMatch: '1' };

describe('readTaskUpdate', () => {
  it('reads the three answers from status', () => {
    expect(readTaskUpdate(current, sent({ status: 'received' }), ask)).toEqual({
      kind: 'answer',
      answer: { command: 'acknowledge' },
    });
    expect(
      readTaskUpdate(
        current,
        sent({
          status: 'accepted',
          output: [{ type: { text: 'Deltagare' }, valueString: ' Kim, kurator ' }],
        }),
        ask,
      ),
    ).toEqual({ kind: 'answer', answer: { command: 'accept', attendees: 'Kim, kurator' } });
    expect(
      readTaskUpdate(current, sent({ status: 'rejected', statusReason: { text: 'Fel enhet' } }), ask),
    ).toEqual({
      kind: 'answer',
      answer: { command: 'decline', reason: 'Fel enhet' },
    });
  });

  it('the Task sent back as read changes nothing, whatever its meta says', () => {
    expect(readTaskUpdate(current, sent({ meta: { versionId: '7' } }), ask)).toEqual({ kind: 'unchanged' });
  });

  it('refuses any other difference, naming the element', () => {
    const update = readTaskUpdate(current, sent({ description: 'Ny text', status: 'received' }), ask);
    expect(update).toMatchObject({ kind: 'refused', status: 422, element: 'Task.description' });
    const dropped = sent({ status: 'received' });
    delete dropped.owner;
    expect(readTaskUpdate(current, dropped, ask)).toMatchObject({ status: 422, element: 'Task.owner' });
  });

  it('refuses a status that is no answer, and answers without what they need', () => {
    expect(readTaskUpdate(current, sent({ status: 'completed' }), ask)).toMatchObject({
      status: 422,
      element: 'Task.status',
    });
    expect(readTaskUpdate(current, sent({ status: 'accepted' }), ask)).toMatchObject({
      status: 422,
      element: 'Task.output',
    });
    expect(
      readTaskUpdate(
        current,
        sent({ status: 'accepted', output: [{ type: { text: 'Annat' }, valueString: 'Kim' }] }),
        ask,
      ),
    ).toMatchObject({ status: 422, element: 'Task.output' });
    expect(
      readTaskUpdate(current, sent({ status: 'rejected', statusReason: { text: '  ' } }), ask),
    ).toMatchObject({
      status: 422,
      element: 'Task.statusReason',
    });
    expect(readTaskUpdate(current, sent({ statusReason: { text: 'Bara ett skäl' } }), ask)).toMatchObject({
      status: 422,
      element: 'Task.statusReason',
    });
  });

  it('refuses another resource, another id, and a version that is not the current one', () => {
    expect(readTaskUpdate(current, { resourceType: 'Patient', id }, ask)).toMatchObject({ status: 400 });
    expect(readTaskUpdate(current, sent({ id: 'annan' }), ask)).toMatchObject({
      status: 400,
      element: 'Task.id',
    });
    expect(readTaskUpdate(current, sent({ status: 'received' }), { id, ifMatch: '2' })).toMatchObject({
      status: 412,
    });
    expect(readTaskUpdate(current, sent({ status: 'received' }), { id, ifMatch: null })).toMatchObject({
      kind: 'answer',
    });
  });
});
