import { useTranslation } from 'react-i18next';
import type { GuidanceStep } from '../../../shared/guidance.js';
import { formatDateTime } from '../shared/time.js';
import { Disclosure } from '../shared/Disclosure.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Loading } from '../shared/Loading.js';
import { Heading } from './Heading.js';
import { useRoutineTextVersions } from './guidanceQueries.js';

/** Every version of a step's routine text, newest first: who wrote it, when, and the text as written. */
export function RoutineTextVersions({ step, headingLevel }: { step: GuidanceStep; headingLevel: number }) {
  const { t } = useTranslation();
  return (
    <Disclosure id={`routine-versions-${step}`} label={t('guidance.versions.open')}>
      {() => <VersionList step={step} headingLevel={headingLevel} />}
    </Disclosure>
  );
}

function VersionList({ step, headingLevel }: { step: GuidanceStep; headingLevel: number }) {
  const { t } = useTranslation();
  const versions = useRoutineTextVersions(step);
  if (versions.isPending) return <Loading />;
  if (versions.error) {
    return (
      <>
        <p>{t('guidance.versions.loadFailed')}</p>
        <ErrorMessage error={versions.error} />
      </>
    );
  }
  return (
    <>
      <Heading level={headingLevel}>
        {t('guidance.versions.heading', { step: t(`guidance.steps.${step}`) })}
      </Heading>
      {versions.data.versions.length === 0 ? (
        <p>{t('guidance.versions.none')}</p>
      ) : (
        <ol className="plain-list">
          {versions.data.versions.map((version) => (
            <li key={version.version}>
              <details>
                <summary>
                  {t('guidance.versions.entry', {
                    version: version.version,
                    at: formatDateTime(version.writtenAt),
                    name: version.writtenByName,
                  })}
                </summary>
                {/* The text as written, not rendered: what changed is easiest to see in the source. */}
                {version.markdown ? (
                  <pre className="routine-source" lang="sv">
                    {version.markdown}
                  </pre>
                ) : (
                  <p>{t('guidance.versions.empty')}</p>
                )}
              </details>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
