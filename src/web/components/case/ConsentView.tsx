import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { Facts, Prose } from '../shared/Facts.js';
import { formatDateTime } from '../shared/time.js';

type Consent = NonNullable<SipDetail['consent']>;

/** The recorded consent or refusal, as it was given. */
export function ConsentView({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const yes = (value: boolean) => (value ? t('case.form.yes') : t('case.form.no'));
  return (
    <>
      {consent.withdrawnAt && (
        <div className="alert alert-warn">
          <strong>{t('case.consent.withdrawnAt', { time: formatDateTime(consent.withdrawnAt) })}</strong>
          {consent.withdrawalNote && <p>{consent.withdrawalNote}</p>}
        </div>
      )}
      <p>
        {consent.decision === 'given' ? (
          <span className="badge badge-ok">{t('case.consent.given')}</span>
        ) : (
          <span className="badge badge-warn">{t('case.consent.declined')}</span>
        )}
      </p>
      <Facts
        items={[
          [
            t('case.consent.givenBy'),
            `${consent.givenByName} (${t(`case.vocab.consentGiver.${consent.givenByRelation}`)})`,
          ],
          [t('case.consent.method'), t(`case.vocab.consentMethod.${consent.method}`)],
          [t('case.consent.givenOn'), consent.givenOn],
          [t('case.consent.validUntil'), consent.validUntil ?? ''],
          [
            t('case.consent.scope'),
            consent.scope.length > 0 && (
              <ul className="plain-list">
                {consent.scope.map((unit) => (
                  <li key={unit.unitId}>
                    {unit.unitName}, {unit.organisationName}
                  </li>
                ))}
              </ul>
            ),
          ],
          [
            t('case.consent.relatives'),
            consent.decision === 'given' ? yes(consent.relativesMayTakePart) : '',
          ],
          [t('case.consent.guardians'), consent.guardians.map((guardian) => guardian.name).join(', ')],
          [t('case.consent.childView'), consent.childView && <Prose text={consent.childView} />],
          [
            t('case.consent.consequencesExplained'),
            consent.decision === 'declined' ? yes(consent.consequencesExplained) : '',
          ],
          [t('case.consent.note'), consent.note && <Prose text={consent.note} />],
          [
            t('case.consent.recordedBy'),
            `${consent.recordedByName}, ${consent.recordedUnitName} · ${formatDateTime(consent.recordedAt)}`,
          ],
        ]}
      />
    </>
  );
}
