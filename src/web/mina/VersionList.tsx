import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { personPlanPdfAddress } from '../../shared/api/personRoutes.js';
import type { PersonPlan } from '../../shared/api/personSide.js';
import { longDate } from './dates.js';
import { minaPaths } from './paths.js';

/**
 * Every version of the plan, newest first: when and why it was made, its PDF to keep, whether and how it was
 * approved.
 */
export function VersionList({ sipId, plan }: { sipId: string; plan: PersonPlan }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => longDate(iso, i18n.language);
  const versions = [...plan.versions].sort((a, b) => b.version - a.version);
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="mina-versions">
      <h2 id="mina-versions">{t('mina.versions.title')}</h2>
      <p>{t('mina.versions.intro')}</p>
      <ul className="mina-cards">
        {versions.map((version) => (
          <li key={version.version} className="card mina-card">
            <h3>
              <Link to={minaPaths.version(sipId, version.version)}>
                {t('mina.versions.read', { version: version.version })}
              </Link>
              {version.version === plan.establishedVersion && (
                <span className="mina-badge">{t('mina.versions.current')}</span>
              )}
            </h3>
            <p>{t('mina.versions.made', { date: day(version.createdAt) })}</p>
            {/* A plain download: the person's session cookie (Path=/api/person) travels with it. */}
            <p>
              <a href={personPlanPdfAddress(sipId, version.version)} download>
                {t('mina.versions.pdf', { version: version.version })}
              </a>
            </p>
            {version.reason && (
              <p className="prose">{t('mina.versions.reason', { reason: version.reason })}</p>
            )}
            <p>
              {version.approval
                ? t('mina.versions.approved', {
                    date: day(version.approval.at),
                    how: t(`mina.versions.how.${version.approval.method}`),
                  })
                : t('mina.versions.notApproved')}
            </p>
            {version.objections.length > 0 && (
              <>
                <p>{t('mina.versions.objections')}</p>
                <ul className="mina-plain-list">
                  {version.objections.map((objection) => (
                    <li key={objection.at} className="prose">
                      {t('mina.versions.objectionAt', { date: day(objection.at), text: objection.text })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
