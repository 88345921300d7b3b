import { Navigate, Route, Routes } from 'react-router';
import { AccessLogPage } from './AccessLogPage.js';
import { ChildViewPage } from './ChildViewPage.js';
import { ConsentPage } from './ConsentPage.js';
import { FeedbackPage } from './FeedbackPage.js';
import { GuestsPage } from './GuestsPage.js';
import { guestInvitation } from './guestInvitation.js';
import { InvitationPage } from './InvitationPage.js';
import { MySipsPage } from './MySipsPage.js';
import { PlanPage } from './PlanPage.js';
import { PlanVersionPage } from './PlanVersionPage.js';
import { PreparationPage } from './PreparationPage.js';
import { SipOverviewPage } from './SipOverviewPage.js';

/**
 * Every page of the individual's side, one line each. The paths are whole (`/mina/…`), as the links to them are
 * (paths.ts); a page about one SIP is linked from its overview through sipPages.ts.
 */
export function MinaRoutes() {
  return (
    <Routes>
      <Route path="/mina" element={<MySipsPage />} />
      <Route path={guestInvitation.path} element={<InvitationPage />} />
      <Route path="/mina/sip/:id" element={<SipOverviewPage />} />
      <Route path="/mina/sip/:id/planen" element={<PlanPage />} />
      <Route path="/mina/sip/:id/planen/version/:version" element={<PlanVersionPage />} />
      <Route path="/mina/sip/:id/infor-motet" element={<PreparationPage />} />
      <Route path="/mina/sip/:id/det-har-vill-jag-saga" element={<ChildViewPage />} />
      <Route path="/mina/sip/:id/samtycke" element={<ConsentPage />} />
      <Route path="/mina/sip/:id/tyck-till" element={<FeedbackPage />} />
      <Route path="/mina/sip/:id/vem-har-tittat" element={<AccessLogPage />} />
      <Route path="/mina/sip/:id/gaster" element={<GuestsPage />} />
      <Route path="*" element={<Navigate to="/mina" replace />} />
    </Routes>
  );
}
