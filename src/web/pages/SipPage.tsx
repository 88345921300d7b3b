import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { SipDetail } from '../../shared/api/responses.js';
import { AttendanceSection } from '../components/case/AttendanceSection.js';
import { CaseHeader } from '../components/case/CaseHeader.js';
import { useOrganisations, useSip } from '../components/case/caseQueries.js';
import { CloseSection } from '../components/case/CloseSection.js';
import { allowed } from '../components/case/commands.js';
import { ConsentSection } from '../components/case/ConsentSection.js';
import { FollowUpSection } from '../components/case/followup/FollowUpSection.js';
import { Guidance } from '../components/case/Guidance.js';
import { MeetingSection } from '../components/case/MeetingSection.js';
import { NextStep } from '../components/case/NextStep.js';
import { NeedSection } from '../components/case/NeedSection.js';
import { CasePageContext } from '../components/case/notice.js';
import { PhaseProgress } from '../components/case/PhaseProgress.js';
import { PlanSection } from '../components/case/plan/PlanSection.js';
import { PreparationSection } from '../components/case/PreparationSection.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { unitIndex } from '../components/case/units.js';
import { VersionsSection } from '../components/case/versions/VersionsSection.js';
import { ReportDeviationLink } from '../components/deviations/ReportDeviationLink.js';
import { OfferFeedbackSection } from '../components/feedback/OfferFeedbackSection.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/case/casePage.css';

/** One SIP from need to closing, top to bottom, offering only what the server says the acting unit may do. */
export function SipPage() {
  const { id = '' } = useParams();
  // A new case starts afresh: no message, draft or open form carries over from the one before.
  return <CasePage key={id} id={id} />;
}

function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const sip = useSip(id);
  const [notice, setNotice] = useState('');
  const [left, setLeft] = useState<string | null>(null);

  if (left !== null) return <LeftCase message={left} />;
  if (sip.isPending) return <Loading text={t('case.loading')} />;
  if (sip.error) {
    return (
      <section className="narrow">
        <h1>{t('case.errorTitle')}</h1>
        <ErrorMessage error={sip.error} />
        <Link to="/">{t('case.left.toStart')}</Link>
      </section>
    );
  }

  return (
    <CasePageContext.Provider value={{ notify: setNotice, leave: setLeft }}>
      <div className="case-page">
        <StatusLine message={notice} onDismiss={() => setNotice('')} />
        <CaseBody sip={sip.data} />
      </div>
    </CasePageContext.Provider>
  );
}

/** After the unit declined or passed on its invitation it no longer sees the case; say so instead of "not found". */
function LeftCase({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow">
      <h1>{t('case.left.title')}</h1>
      <p role="status">{message}</p>
      <p>{t('case.left.explanation')}</p>
      <Link to="/">{t('case.left.toStart')}</Link>
    </section>
  );
}

/** The case's events are a page of their own: the work on the case stays in front. */
function HistoryLink({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  if (sip.events.length === 0) return null;
  return (
    <section className="card case-section" aria-labelledby="history-link-title">
      <h2 id="history-link-title">{t('case.historyLink.title')}</h2>
      <Link to={`/sips/${sip.id}/history`}>{t('case.historyLink.link', { count: sip.events.length })}</Link>
    </section>
  );
}

/** A link to one part of the case (`/sips/{id}#plan`) lands on it once the case is on the page. */
function useScrollToPart() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
}

function CaseBody({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  useDocumentTitle(t('case.pageTitle', { number: sip.caseNumber }));
  useScrollToPart();
  const organisations = useOrganisations();
  const can = allowed(sip);
  const units = unitIndex(organisations.data, sip);
  const organisationName = (organisationId: string) =>
    organisations.data?.find((organisation) => organisation.id === organisationId)?.name ??
    [...units.values()].find((unit) => unit.organisationId === organisationId)?.organisationName ??
    t('case.units.unknownOrganisation');

  return (
    <>
      <CaseHeader sip={sip} />
      <PhaseProgress sip={sip} />
      <NextStep sip={sip} can={can} />
      {sip.phase === 'paused' && (
        <div className="alert alert-warn">
          <p>{t('case.pausedNotice')}</p>
        </div>
      )}
      <Guidance sip={sip} can={can} />
      <NeedSection sip={sip} can={can} />
      <ConsentSection sip={sip} can={can} />
      <PreparationSection sip={sip} can={can} />
      <MeetingSection sip={sip} can={can} />
      <AttendanceSection sip={sip} can={can} />
      <OfferFeedbackSection sip={sip} />
      <PlanSection
        sip={sip}
        can={can}
        organisations={organisations.data}
        units={units}
        organisationName={organisationName}
      />
      <VersionsSection sip={sip} can={can} units={units} organisationName={organisationName} />
      <FollowUpSection sip={sip} can={can} />
      <CloseSection sip={sip} can={can} />
      <ReportDeviationLink sip={sip} />
      <HistoryLink sip={sip} />
    </>
  );
}
