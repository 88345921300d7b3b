import type { VocabMessages } from './vocab.sv.js';

export const vocabEn: VocabMessages = {
  idKind: {
    personnummer: 'Personal identity number',
    samordningsnummer: 'Coordination number',
    reservnummer: 'Reserve number',
  },
  phase: {
    need_identified: 'Need identified',
    consent_declined: 'Consent declined',
    preparation: 'Preparation',
    invitation: 'Invitation sent',
    meeting_held: 'Meeting held',
    plan_established: 'Plan established',
    paused: 'Paused – consent withdrawn',
    closed: 'Closed',
  },
  part: {
    convener: 'Convener',
    invited: 'Invited',
    accepted: 'Takes part',
    effort: 'Responsible for an effort',
    coordinator: 'Coordinator',
  },
  targetGroup: {
    children_disability: 'Children and young people with disabilities',
    children_psychosocial: 'Children and young people with psychosocial problems',
    elderly_multimorbid: 'Elderly with multiple illnesses',
    mental_illness: 'Mental illness',
    substance_abuse: 'Substance abuse and addiction',
    discharge: 'Discharge from inpatient care',
    other: 'Other',
  },
  initiatorType: {
    staff: 'Staff',
    individual: 'The individual',
    relative: 'Close relative',
    school: 'School/preschool',
    other_actor: 'Other actor',
  },
  meetingForm: {
    in_person: 'In person',
    phone: 'Phone',
    video: 'Video',
  },
  invitationStatus: {
    sent: 'Sent',
    acknowledged: 'Acknowledged',
    accepted: 'Accepted',
    declined: 'Declined',
    forwarded: 'Forwarded',
  },
  attendance: {
    present: 'Present',
    absent_with_notice: 'Absent with notice',
    absent_without_notice: 'Absent without notice',
  },
};
