import { describe, expect, it } from 'vitest';
import { taskResource, type TaskFacts } from './task.js';

const base = 'https://samplan.example/fhir/R4';

function facts(
  invitation: Partial<TaskFacts['invitation']> = {},
  meeting: Partial<TaskFacts['meeting']> = {},
): TaskFacts {
  return {
    invitation: {
      id: '01939a4e-0000-7000-8000-00000000000a',
      sipId: '01939a4e-0000-7000-8000-00000000000b',
      meetingId: '01939a4e-0000-7000-8000-00000000000c',
      unitId: '01939a4e-0000-7000-8000-00000000000d',
      obliged: true,
      status: 'sent',
      message: 'Välkommen till SIP-möte.',
      sentAt: new Date('2026-12-01T08:00:00Z'),
      sentBy: '01939a4e-0000-7000-8000-00000000000e',
      acknowledgedAt: null,
      answeredAt: null,
      attendees: '',
      declineReason: '',
      forwardNote: '',
      ...invitation,
    },
    meeting: {
      organiserUnitId: '01939a4e-0000-7000-8000-00000000000f',
      status: 'scheduled',
      cancelledAt: null,
      cancelReason: '',
      ...meeting,
    },
    personId: '01939a4e-0000-7000-8000-000000000010',
    forwardedToId: null,
  };
}

describe('taskResource', () => {
  it('a sent invitation is a requested order, owned by the invited unit, version 1', () => {
    const task = taskResource(base, facts());
    expect(task).toMatchObject({
      status: 'requested',
      intent: 'order',
      owner: { reference: 'Organization/01939a4e-0000-7000-8000-00000000000d' },
      basedOn: [{ reference: 'CarePlan/01939a4e-0000-7000-8000-00000000000b' }],
      requester: {
        reference: 'PractitionerRole/01939a4e00007000800000000000000e01939a4e00007000800000000000000f',
      },
      meta: { versionId: '1' },
      authoredOn: '2026-12-01T09:00:00.000+01:00',
    });
    expect(task.statusReason).toBeUndefined();
    expect(task.output).toBeUndefined();
    expect(task.executionPeriod.end).toBeUndefined();
  });

  it('an other actor is called, not obliged: a proposal', () => {
    expect(taskResource(base, facts({ obliged: false })).intent).toBe('proposal');
  });

  it('accepted names who attends; each change of the answer is a new version', () => {
    const at = new Date('2026-12-02T08:00:00Z');
    const task = taskResource(
      base,
      facts({ status: 'accepted', acknowledgedAt: at, answeredAt: at, attendees: 'Kim, kurator' }),
    );
    expect(task.status).toBe('accepted');
    expect(task.output).toEqual([{ type: { text: 'Deltagare' }, valueString: 'Kim, kurator' }]);
    expect(task.meta.versionId).toBe('3');
    expect(task.lastModified).toBe('2026-12-02T09:00:00.000+01:00');
  });

  it('declined is rejected with the reason', () => {
    const task = taskResource(
      base,
      facts({ status: 'declined', answeredAt: new Date(), declineReason: 'Fel enhet' }),
    );
    expect(task.status).toBe('rejected');
    expect(task.statusReason).toEqual({ text: 'Fel enhet' });
  });

  it('forwarded is cancelled, coded as forwarded, pointing at the new invitation', () => {
    const task = {
      ...facts({ status: 'forwarded', answeredAt: new Date(), forwardNote: 'Rätt enhet är hemtjänsten' }),
      forwardedToId: '01939a4e-0000-7000-8000-000000000099',
    };
    const resource = taskResource(base, task);
    expect(resource.status).toBe('cancelled');
    expect(resource.statusReason?.coding?.[0]).toMatchObject({ code: 'forwarded' });
    expect(resource.statusReason?.text).toBe('Rätt enhet är hemtjänsten');
    expect(resource.output?.[0]?.valueReference).toEqual({
      reference: 'Task/01939a4e-0000-7000-8000-000000000099',
    });
  });

  it('a cancelled meeting cancels the Task whatever the answer, with the meeting’s reason', () => {
    const cancelledAt = new Date('2026-12-03T08:00:00Z');
    const task = taskResource(
      base,
      facts(
        { status: 'accepted', answeredAt: new Date('2026-12-02T08:00:00Z'), attendees: 'Kim' },
        {
          status: 'cancelled',
          cancelledAt,
          cancelReason: 'Personen är sjuk',
        },
      ),
    );
    expect(task.status).toBe('cancelled');
    expect(task.statusReason).toEqual({ text: 'Personen är sjuk' });
    expect(task.meta.lastUpdated).toBe('2026-12-03T09:00:00.000+01:00');
  });
});
