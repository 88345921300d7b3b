import { useTranslation } from 'react-i18next';
import { mayInUnit } from '../api/may.js';
import { Link } from 'react-router';
import type { Me } from '../api/types.js';
import { DeviationsStartSection } from '../components/deviations/DeviationsStartSection.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { DischargeStartSection } from '../components/discharge/DischargeStartSection.js';
import { NoticesSection } from '../components/notifications/NoticesSection.js';
import { FirstGuide } from '../components/guidance/FirstGuide.js';
import { FollowUpsSection } from '../components/start/FollowUpsSection.js';
import { HowSipWorks } from '../components/start/HowSipWorks.js';
import { InboxSection } from '../components/start/InboxSection.js';
import { SipListSection } from '../components/start/SipListSection.js';
import { useStart } from '../components/start/useStart.js';
import '../components/start/startPage.css';

/** What the acting unit has to do now: invitations to answer, follow-ups due, and its SIPs. */
export function StartPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const unit = me.units.find((u) => u.unitId === me.activeUnitId);
  const start = useStart();
  return (
    <div className="start-page">
      <div className="page-head">
        <div>
          <h1>{t('start.title')}</h1>
          {unit && <p className="lead">{t('start.actingFor', { unit: unit.unitName })}</p>}
        </div>
        {mayInUnit(unit)('workWithCases') && (
          <Link to="/sips/new" className="button-primary button-link">
            {t('start.newSip')}
          </Link>
        )}
      </div>
      {me.showFirstGuide && <FirstGuide me={me} dismissible />}
      {start.isPending && <Loading />}
      {start.error && (
        <>
          <p>{t('start.loadFailed')}</p>
          <ErrorMessage error={start.error} />
        </>
      )}
      {start.data && (
        <>
          <div className="start-columns">
            <div>
              <InboxSection items={start.data.inbox} />
              <DeviationsStartSection />
              <DischargeStartSection />
              <FollowUpsSection followUpsDue={start.data.followUpsDue} />
              <NoticesSection />
            </div>
            <HowSipWorks />
          </div>
          <SipListSection firstPage={start.data.sips} />
        </>
      )}
      {!start.data && <HowSipWorks />}
    </div>
  );
}
