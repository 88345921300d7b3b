import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { StatusLine } from '../components/shared/StatusLine.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { DischargeActions } from '../components/discharge/DischargeActions.js';
import { DischargeFacts } from '../components/discharge/DischargeFacts.js';
import { DischargeHistory } from '../components/discharge/DischargeHistory.js';
import { useDischarge } from '../components/discharge/dischargeQueries.js';
import { StepGuidance } from '../components/guidance/StepGuidance.js';

/** One discharge process: the record, the deadline in words, and the steps the unit may take now. */
export function DischargePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const discharge = useDischarge(id);
  const process = discharge.data;
  return (
    <div className="discharge-page">
      <p>
        <Link to="/discharges">{t('discharge.process.back')}</Link>
      </p>
      <StatusLine message={notice} onDismiss={() => setNotice('')} />
      {discharge.isPending && <Loading />}
      {discharge.error && <ErrorMessage error={discharge.error} />}
      {process && (
        <>
          <StepGuidance
            id="discharge"
            step="discharge"
            heading={<h1>{process.personName}</h1>}
            headingLevel={1}
          />
          <p className="lead">{t('discharge.title')}</p>
          <DischargeActions process={process} onDone={setNotice} />
          <DischargeFacts process={process} />
          <DischargeHistory events={process.events} />
        </>
      )}
    </div>
  );
}
