import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Me } from '../api/types.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { FirstGuide } from '../components/guidance/FirstGuide.js';
import { GuidanceContent } from '../components/guidance/GuidanceContent.js';
import { useGuidance } from '../components/guidance/guidanceQueries.js';
import { RoutineTextEditor } from '../components/guidance/RoutineTextEditor.js';
import { RoutineTextVersions } from '../components/guidance/RoutineTextVersions.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';

/**
 * All the guidance on one page: each step's routine text and the law's wording, and the first-time guide. The
 * system administrator edits each step's routine text here and sees its versions.
 */
export function GuidancePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('guidance.title'));
  const guidance = useGuidance();
  const [message, setMessage] = useState('');
  const { hash } = useLocation();
  const loaded = guidance.data !== undefined;

  // A link to one step (from a Guidance panel) lands on it once the steps are on the page.
  useEffect(() => {
    if (loaded && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);

  return (
    <div className="guidance-page">
      <h1>{t('guidance.title')}</h1>
      <p className="lead">{t('guidance.intro')}</p>
      <StatusLine message={message} onDismiss={() => setMessage('')} />
      <FirstGuide me={me} dismissible={me.showFirstGuide} />
      {guidance.isPending && <Loading />}
      {guidance.error && (
        <>
          <p>{t('guidance.loadFailed')}</p>
          <ErrorMessage error={guidance.error} />
        </>
      )}
      {guidance.data && (
        <>
          <nav className="card guidance-contents" aria-labelledby="guidance-contents-heading">
            <h2 id="guidance-contents-heading">{t('guidance.contents')}</h2>
            <ol>
              {guidance.data.steps.map(({ step }) => (
                <li key={step}>
                  <a href={`#guidance-${step}`}>{t(`guidance.steps.${step}`)}</a>
                </li>
              ))}
            </ol>
          </nav>
          {guidance.data.steps.map((stepGuidance) => (
            <section
              key={stepGuidance.step}
              id={`guidance-${stepGuidance.step}`}
              className="card"
              aria-labelledby={`guidance-${stepGuidance.step}-title`}
            >
              <h2 id={`guidance-${stepGuidance.step}-title`}>{t(`guidance.steps.${stepGuidance.step}`)}</h2>
              <GuidanceContent guidance={stepGuidance} headingLevel={3} />
              {guidance.data.mayEdit && (
                <>
                  <RoutineTextEditor
                    step={stepGuidance.step}
                    current={stepGuidance.routine}
                    headingLevel={3}
                    onSaved={setMessage}
                  />
                  <RoutineTextVersions step={stepGuidance.step} headingLevel={3} />
                </>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
