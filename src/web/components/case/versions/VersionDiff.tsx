import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ErrorMessage.js';
import type { UnitInfo } from '../units.js';
import { changePlace, changeValue, type DiffLookups } from './describeChange.js';
import { usePlanDiff, usePlanVersion } from './versionQueries.js';

const tone = { added: 'badge-ok', removed: 'badge-error', changed: 'badge-warn' } as const;

/** What changed between two versions, part by part, with the text before and after. */
export function VersionDiff({
  sipId,
  from,
  to,
  units,
  organisationName,
}: {
  sipId: string;
  from: number;
  to: number;
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const diff = usePlanDiff(sipId, from, to);
  const before = usePlanVersion(sipId, from);
  const after = usePlanVersion(sipId, to);
  const lookups: DiffLookups = {
    units,
    organisationName,
    contents: [after.data?.content, before.data?.content].filter((content) => content !== undefined),
    t,
  };

  return (
    <div className="diff" aria-live="polite">
      <h4>{t('case.versions.diffTitle', { from, to })}</h4>
      {diff.isPending && <p>{t('app.loading')}</p>}
      <ErrorMessage error={diff.error} />
      {diff.data && diff.data.changes.length === 0 && <p>{t('case.diff.none')}</p>}
      {diff.data && diff.data.changes.length > 0 && (
        <ul className="diff-list">
          {diff.data.changes.map((change, index) => (
            <li key={`${change.section}-${change.itemKey ?? ''}-${change.field ?? ''}-${index}`}>
              <p className="diff-place">
                <span className={`badge ${tone[change.change]}`}>
                  {t(`case.diff.change.${change.change}`)}
                </span>{' '}
                <strong>{changePlace(change, lookups)}</strong>
              </p>
              {change.change !== 'added' && (
                <p className="diff-value">
                  <span className="diff-label">{t('case.diff.before')}</span>{' '}
                  <span className="prose">{changeValue(change, change.before, lookups)}</span>
                </p>
              )}
              {change.change !== 'removed' && (
                <p className="diff-value">
                  <span className="diff-label">{t('case.diff.after')}</span>{' '}
                  <span className="prose">{changeValue(change, change.after, lookups)}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
