import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonConsent, PersonSipOverview } from '../../shared/api/personSide.js';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Facts } from '../components/shared/Facts.js';
import { Loading } from '../components/shared/Loading.js';
import { ConsentWithdraw } from './ConsentWithdraw.js';
import { dayAndTime, longDate } from './dates.js';
import { personKeys, refreshSip } from './personQueries.js';
import { SipPageFrame } from './SipPageFrame.js';

/** "Mitt samtycke": what was consented to, by whom, when and until when; withdrawn here when the person may. */
export function ConsentPage() {
  const { t } = useTranslation();
  return (
    <SipPageFrame title={t('minaMore.consent.title')}>
      {(overview) => <ConsentPart overview={overview} />}
    </SipPageFrame>
  );
}

export function ConsentPart({ overview }: { overview: PersonSipOverview }) {
  const { t } = useTranslation();
  const sipId = overview.id;
  const queryClient = useQueryClient();
  const key = [...personKeys.sip(sipId), 'consent'];
  const consent = useQuery({
    queryKey: key,
    queryFn: () => api.call(personRoutes.consent, { params: { id: sipId } }),
  });
  const [said, setSaid] = useState('');

  const recorded = consent.data?.consent;
  const mayWithdraw =
    overview.allowedActions.includes('withdrawConsent') &&
    recorded?.decision === 'given' &&
    recorded.withdrawnAt === null;
  return (
    <>
      <p className="lead">{t('minaMore.consent.intro')}</p>
      <p role="status">{said}</p>
      {consent.isPending && <Loading text={t('minaMore.consent.loading')} />}
      {consent.error && <ErrorMessage error={consent.error} />}
      {consent.data && !recorded && <p>{t('minaMore.consent.none')}</p>}
      {recorded && <ConsentFacts consent={recorded} />}
      {mayWithdraw && (
        <ConsentWithdraw
          sipId={sipId}
          onWithdrawn={(withdrawn) => {
            queryClient.setQueryData(key, withdrawn);
            // What the person may do with the case changes once the consent is gone.
            void refreshSip(queryClient, sipId);
            setSaid(t('minaMore.consent.withdrawn'));
          }}
        />
      )}
    </>
  );
}

function ConsentFacts({ consent }: { consent: NonNullable<PersonConsent['consent']> }) {
  const { t, i18n } = useTranslation();
  const yes = (value: boolean) => (value ? t('minaMore.consent.yes') : t('minaMore.consent.no'));
  return (
    <section className="card">
      {consent.withdrawnAt && (
        <div className="alert alert-warn">
          <p>{t('minaMore.consent.withdrawnAt', { time: dayAndTime(consent.withdrawnAt, i18n.language) })}</p>
        </div>
      )}
      <p>
        {consent.decision === 'given' ? (
          <span className="badge badge-ok">{t('minaMore.consent.given')}</span>
        ) : (
          <span className="badge badge-warn">{t('minaMore.consent.declined')}</span>
        )}
      </p>
      <Facts
        items={[
          [t('minaMore.consent.givenBy'), t(`minaMore.consent.givers.${consent.givenBy}`)],
          [t('minaMore.consent.givenOn'), longDate(consent.givenOn, i18n.language)],
          [
            t('minaMore.consent.validUntil'),
            consent.validUntil
              ? longDate(consent.validUntil, i18n.language)
              : t('minaMore.consent.untilFurther'),
          ],
          [
            t('minaMore.consent.units'),
            consent.units.length > 0 ? (
              <ul className="plain-list">
                {consent.units.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ul>
            ) : (
              t('minaMore.consent.noUnits')
            ),
          ],
          [
            t('minaMore.consent.relatives'),
            consent.decision === 'given' ? yes(consent.relativesMayTakePart) : '',
          ],
        ]}
      />
    </section>
  );
}
