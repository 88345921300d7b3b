import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import type { PlanContent } from '../../../../shared/plan.js';
import { Facts, Prose } from '../../shared/Facts.js';
import { formatDateTime } from '../../shared/time.js';
import './followUp.css';

type FollowUp = SipDetail['followUps'][number];

const tone = {
  achieved: 'badge-ok',
  partly: 'badge-warn',
  not_achieved: 'badge-error',
  no_longer_relevant: 'badge-neutral',
} as const;

/** Earlier follow-ups, newest first. */
export function FollowUpList({ followUps, plan }: { followUps: FollowUp[]; plan: PlanContent | null }) {
  const { t } = useTranslation();
  const names = new Map<string, string>([
    ...(plan?.goals ?? []).map((goal): [string, string] => [`goal:${goal.key}`, goal.text]),
    ...(plan?.efforts ?? []).map((effort): [string, string] => [`effort:${effort.key}`, effort.description]),
  ]);
  const sorted = [...followUps].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <>
      <h3>{t('case.followUp.earlier')}</h3>
      <ol className="follow-up-list">
        {sorted.map((followUp) => (
          <li key={followUp.id} className="subpanel">
            <p>
              <strong>{t('case.followUp.heldOnTitle', { date: followUp.heldOn })}</strong>{' '}
              <span className="hint">
                {t('case.followUp.recordedBy', {
                  name: followUp.recordedByName,
                  unit: followUp.recordedUnitName,
                  time: formatDateTime(followUp.recordedAt),
                  version: followUp.planVersion,
                })}
              </span>
            </p>
            <ul className="plain-list outcome-list">
              {followUp.items.map((item) => (
                <li key={`${item.kind}-${item.key}`}>
                  {t(`case.followUp.${item.kind}`)}: {names.get(`${item.kind}:${item.key}`) || item.key}{' '}
                  <span className={`badge ${tone[item.outcome]}`}>
                    {t(`case.vocab.outcome.${item.outcome}`)}
                  </span>
                  {item.note && <span className="cell-detail">{item.note}</span>}
                </li>
              ))}
            </ul>
            <Facts
              items={[
                [t('case.followUp.notes'), followUp.notes && <Prose text={followUp.notes} />],
                [t('case.followUp.problems'), followUp.problems && <Prose text={followUp.problems} />],
                [t('case.followUp.nextDate'), followUp.nextDate ?? ''],
              ]}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
