import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { partPath } from '../caseParts.js';
import { planFieldId } from './planIds.js';
import { languageOf } from '../../../i18n/language.js';

type Missing = NonNullable<SipDetail['plan']>['missing'];

/**
 * What the law and the routine still require before the plan can be established, each pointing to its field. When
 * a principal has not taken part, the ways forward are offered beside it: a meeting it is invited to, or a
 * deviation report.
 */
export function MissingParts({
  missing,
  linked,
  stale,
  sipId,
}: {
  missing: Missing;
  linked: boolean;
  stale: boolean;
  sipId: string;
}) {
  const { t, i18n } = useTranslation();
  if (missing.length === 0) return null;

  function focus(event: MouseEvent<HTMLAnchorElement>, path: string) {
    const target = document.getElementById(planFieldId(path));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }

  return (
    <div className="alert alert-warn missing-parts">
      <h3>{t('case.plan.missingTitle')}</h3>
      {stale && <p>{t('case.plan.missingStale')}</p>}
      <ul>
        {missing.map((part) => {
          const text = part.text[languageOf(i18n.language)];
          return (
            <li key={`${part.code}-${part.path}`}>
              {linked ? (
                <a href={`#${planFieldId(part.path)}`} onClick={(event) => focus(event, part.path)}>
                  {text}
                </a>
              ) : (
                text
              )}
              {part.code === 'both_principals' && (
                <span className="missing-actions">
                  {' '}
                  <Link to={partPath(sipId, 'meeting')}>{t('case.plan.inviteOtherPrincipal')}</Link>
                  {' · '}
                  <Link to={`/sips/${sipId}/deviations/new`}>{t('case.plan.reportMissingPrincipal')}</Link>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
