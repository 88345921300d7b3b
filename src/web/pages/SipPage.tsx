import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { SipDetail } from '../../shared/api/responses.js';
import { CaseHeader } from '../components/case/CaseHeader.js';
import { defaultPart, isCasePart, partPath, partShows, type CasePart } from '../components/case/caseParts.js';
import { CasePartContent } from '../components/case/CasePartContent.js';
import { CasePartNav } from '../components/case/CasePartNav.js';
import { useSip } from '../components/case/caseQueries.js';
import { allowed, type Can } from '../components/case/commands.js';
import { Guidance } from '../components/case/Guidance.js';
import { NextStep } from '../components/case/NextStep.js';
import { CasePageContext } from '../components/case/notice.js';
import { PhaseProgress } from '../components/case/PhaseProgress.js';
import { usePartFocus } from '../components/case/usePartFocus.js';
import { ReportDeviationLink } from '../components/deviations/ReportDeviationLink.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/case/casePage.css';

/**
 * One SIP, a part at a time (`/sips/{id}/plan`): what to do next on top, the parts one click away, offering only
 * what the server says the acting unit may do.
 */
export function SipPage() {
  const { id = '', part } = useParams();
  // A new case starts afresh: no message, draft or open form carries over from the one before.
  return <CasePage key={id} id={id} part={part} />;
}

function CasePage({ id, part }: { id: string; part: string | undefined }) {
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

  const can = allowed(sip.data);
  if (!isCasePart(part) || !partShows[part](sip.data, can)) return <ToPart sip={sip.data} can={can} />;
  return (
    <CasePageContext.Provider value={{ notify: setNotice, leave: setLeft }}>
      <div className="case-page">
        <StatusLine message={notice} onDismiss={() => setNotice('')} />
        <CaseBody sip={sip.data} can={can} part={part} />
      </div>
    </CasePageContext.Provider>
  );
}

/** Sections that had their own place on the one long page before the parts, and the part they are in now. */
const sectionParts: Partial<Record<string, CasePart>> = { attendance: 'meeting', versions: 'plan' };

/**
 * The case without a part it can show goes to the one it opens on, in place of the address (the back button
 * skips it). An address of the one-page case (`/sips/{id}#plan`) goes to the part holding that section.
 */
function ToPart({ sip, can }: { sip: SipDetail; can: Can }) {
  const section = decodeURIComponent(useLocation().hash.slice(1));
  const named = isCasePart(section) ? section : sectionParts[section];
  if (named && partShows[named](sip, can)) {
    return <Navigate to={partPath(sip.id, named, named === section ? undefined : section)} replace />;
  }
  return <Navigate to={partPath(sip.id, defaultPart(sip, can))} replace />;
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

function CaseBody({ sip, can, part }: { sip: SipDetail; can: Can; part: CasePart }) {
  const { t } = useTranslation();
  const shown = useRef<HTMLDivElement>(null);
  useDocumentTitle(`${t(`case.parts.${part}`)} – ${t('case.pageTitle', { number: sip.caseNumber })}`);
  usePartFocus(part, shown);

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
      <CasePartNav sip={sip} can={can} shown={part} />
      <div className="case-part" ref={shown}>
        {/* What the law and routine ask now belongs with the work of now: the part the case opens on. */}
        {part === defaultPart(sip, can) && <Guidance sip={sip} can={can} />}
        <CasePartContent part={part} sip={sip} can={can} />
      </div>
      <ReportDeviationLink sip={sip} />
      <HistoryLink sip={sip} />
    </>
  );
}
