import { describe, expect, it } from 'vitest';
import { sipPhases, type SipPhase } from '../sip/phase.js';
import { refusal } from '../refusal.testing.js';
import { answerInvitationNow, invitationAnswers, unansweredInvitationStatuses } from './answerable.js';

const open = { phase: 'invitation' as SipPhase, meetingStatus: 'scheduled' as const };

describe('whether an invitation can still be answered', () => {
  it('offers acknowledging and every answer to a sent invitation, only the answers once acknowledged', () => {
    expect(invitationAnswers({ ...open, status: 'sent' })).toEqual([
      'acknowledge',
      'accept',
      'decline',
      'forward',
    ]);
    expect(invitationAnswers({ ...open, status: 'acknowledged' })).toEqual(['accept', 'decline', 'forward']);
    for (const status of ['accepted', 'declined', 'forwarded'] as const)
      expect(invitationAnswers({ ...open, status })).toEqual([]);
    expect(unansweredInvitationStatuses).toEqual(['sent', 'acknowledged']);
  });

  it('offers nothing once the meeting is held or cancelled, or the case paused or closed', () => {
    for (const meetingStatus of ['held', 'cancelled'] as const)
      expect(invitationAnswers({ ...open, meetingStatus, status: 'sent' })).toEqual([]);
    const closedTo = sipPhases.filter(
      (phase) => invitationAnswers({ ...open, phase, status: 'sent' }).length === 0,
    );
    expect(closedTo).toEqual(['paused', 'closed']);
  });

  it('refuses an answer to a closed invitation before asking whether it was already answered', () => {
    const closed = refusal(() =>
      answerInvitationNow({ ...open, meetingStatus: 'held', status: 'accepted' }, 'accept'),
    );
    expect(closed.code).toBe('invitation_no_longer_open');
    expect(closed.kind).toBe('conflict');
    const answered = refusal(() => answerInvitationNow({ ...open, status: 'declined' }, 'accept'));
    expect(answered.code).toBe('invitation_already_answered');
    expect(answerInvitationNow({ ...open, status: 'acknowledged' }, 'forward')).toBe('forwarded');
  });
});
