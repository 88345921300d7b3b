import type { SipDetail } from '../../../shared/api/responses.js';
import { OfferFeedbackSection } from '../feedback/OfferFeedbackSection.js';
import { AttendanceSection } from './AttendanceSection.js';
import type { CasePart } from './caseParts.js';
import { CloseSection } from './CloseSection.js';
import type { Can } from './commands.js';
import { ConsentSection } from './ConsentSection.js';
import { FollowUpSection } from './followup/FollowUpSection.js';
import { MeetingSection } from './MeetingSection.js';
import { NeedSection } from './NeedSection.js';
import { PlanPart } from './plan/PlanPart.js';
import { PreparationSection } from './PreparationSection.js';
import { FromPersonSection } from './FromPersonSection.js';
import { TakingPartSection } from './TakingPartSection.js';

/** The sections of one part of the case: only the part shown is rendered, and asks the server for what it needs. */
export function CasePartContent({ part, sip, can }: { part: CasePart; sip: SipDetail; can: Can }) {
  switch (part) {
    case 'need':
      return (
        <>
          <NeedSection sip={sip} can={can} />
          <TakingPartSection sip={sip} />
        </>
      );
    case 'consent':
      return <ConsentSection sip={sip} can={can} />;
    case 'preparation':
      return (
        <>
          <PreparationSection sip={sip} can={can} />
          {sip.fromPerson && <FromPersonSection sip={sip} />}
        </>
      );
    case 'meeting':
      return (
        <>
          <MeetingSection sip={sip} can={can} />
          <AttendanceSection sip={sip} can={can} />
          <OfferFeedbackSection sip={sip} />
        </>
      );
    case 'plan':
      return <PlanPart sip={sip} can={can} />;
    case 'follow-up':
      return <FollowUpSection sip={sip} can={can} />;
    case 'closure':
      return <CloseSection sip={sip} can={can} />;
  }
}
