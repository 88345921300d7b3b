import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useMatch } from 'react-router';
import { useMe } from './api/session.js';
import type { Me } from './api/types.js';
import { ErrorMessage } from './components/shared/ErrorMessage.js';
import { Loading } from './components/shared/Loading.js';
import { Layout } from './components/Layout.js';
import { AccessLogPage } from './pages/AccessLogPage.js';
import { ChooseUnitPage } from './pages/ChooseUnitPage.js';
import { CountySettingsPage } from './pages/CountySettingsPage.js';
import { CodeSystemsPage } from './pages/CodeSystemsPage.js';
import { DeviationPage } from './pages/DeviationPage.js';
import { DeviationsPage } from './pages/DeviationsPage.js';
import { DischargePage } from './pages/DischargePage.js';
import { DischargesPage } from './pages/DischargesPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NewAdmissionPage } from './pages/NewAdmissionPage.js';
import { NewSipPage } from './pages/NewSipPage.js';
import { NotificationPreferencesPage } from './pages/NotificationPreferencesPage.js';
import { OutboxPage } from './pages/OutboxPage.js';
import { ReserveFormsPage } from './pages/ReserveFormsPage.js';
import { PrintPage } from './pages/PrintPage.js';
import { ReportDeviationPage } from './pages/ReportDeviationPage.js';
import { CaseHistoryPage } from './pages/CaseHistoryPage.js';
import { SipPage } from './pages/SipPage.js';
import { TemplatesPage } from './pages/TemplatesPage.js';
import { StartPage } from './pages/StartPage.js';
import { FeedbackPage } from './pages/FeedbackPage.js';
import { FeedbackResultsPage } from './pages/FeedbackResultsPage.js';
import { FhirClientsPage } from './pages/FhirClientsPage.js';
import { GuidancePage } from './pages/GuidancePage.js';
import { GuestLinkPage } from './pages/GuestLinkPage.js';
import { unitGuestLink } from './pages/unitGuestLink.js';
import { useLinkFromAddress } from './components/shared/keptLink.js';
import { MinaApp } from './mina/MinaApp.js';

// The statistics pages carry the chart library; fetched only when opened, they keep it out of the first load.
const StatisticsPage = lazy(() =>
  import('./pages/StatisticsPage.js').then((module) => ({ default: module.StatisticsPage })),
);
const StatisticsReportPage = lazy(() =>
  import('./pages/StatisticsReportPage.js').then((module) => ({ default: module.StatisticsReportPage })),
);

export function App() {
  // The feedback form is for people without an account: it stands outside sign-in and never asks who is there.
  const feedback = useMatch('/feedback/:token');
  // The individual's side signs in with e-ID in a session of its own, never through the staff sign-in.
  const mina = useMatch('/mina/*');
  if (feedback) return <FeedbackPage token={feedback.params.token ?? ''} />;
  if (mina) return <MinaApp />;
  return <SignedInApp />;
}

function SignedInApp() {
  const me = useMe();
  const { pathname } = useLocation();
  // A link an individual shared with a unit survives signing in and choosing the unit.
  useLinkFromAddress(unitGuestLink);
  if (me.isPending) return <Loading />;
  if (me.error) return <ErrorMessage error={me.error} />;
  if (!me.data) return <LoginPage />;
  const user = me.data;
  if (!user.activeUnitId) {
    return (
      <Layout me={user}>
        <ChooseUnitPage me={user} />
      </Layout>
    );
  }
  if (unitGuestLink.kept() !== null && pathname !== unitGuestLink.path)
    return <Navigate to={unitGuestLink.path} replace />;
  return (
    <Routes>
      {/* The print view stands alone: the copy handed to the individual and each unit, without the app's frame. */}
      <Route path="/sips/:id/print" element={<PrintPage />} />
      <Route path="/reserve/:form" element={<ReserveFormsPage />} />
      <Route
        path="/statistics/report"
        element={
          <Suspense fallback={<Loading />}>
            <StatisticsReportPage me={user} />
          </Suspense>
        }
      />
      <Route path="*" element={<SignedInRoutes me={user} />} />
    </Routes>
  );
}

function SignedInRoutes({ me: user }: { me: Me }) {
  return (
    <Layout me={user}>
      <Routes>
        <Route path="/" element={<StartPage me={user} />} />
        <Route path="/choose-unit" element={<ChooseUnitPage me={user} />} />
        <Route path="/sips/new" element={<NewSipPage />} />
        <Route path="/sips/:id/:part?" element={<SipPage />} />
        <Route path="/sips/:id/history" element={<CaseHistoryPage />} />
        <Route path="/access-log" element={<AccessLogPage />} />
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="/notification-preferences" element={<NotificationPreferencesPage />} />
        <Route path="/sips/:id/deviations/new" element={<ReportDeviationPage />} />
        <Route path="/deviations" element={<DeviationsPage />} />
        <Route path="/deviations/:id" element={<DeviationPage />} />
        <Route path="/settings" element={<CountySettingsPage />} />
        <Route path="/fhir-clients" element={<FhirClientsPage />} />
        <Route path="/templates" element={<TemplatesPage />} />
        <Route path="/code-systems" element={<CodeSystemsPage />} />
        <Route path="/discharges" element={<DischargesPage />} />
        <Route path="/discharges/new" element={<NewAdmissionPage />} />
        <Route path="/discharges/:id" element={<DischargePage />} />
        <Route path="/feedback-results" element={<FeedbackResultsPage />} />
        <Route path="/guidance" element={<GuidancePage me={user} />} />
        <Route path="/gast/:id?" element={<GuestLinkPage />} />
        <Route
          path="/statistics"
          element={
            <Suspense fallback={<Loading />}>
              <StatisticsPage me={user} />
            </Suspense>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Layout>
  );
}
