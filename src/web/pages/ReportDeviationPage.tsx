import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { deviationKinds } from '../../shared/api/deviationFields.js';
import type { SipDetail } from '../../shared/api/responses.js';
import { useSip } from '../components/case/caseQueries.js';
import { SelectField, TextArea } from '../components/shared/fields.js';
import { checkChoices } from '../components/shared/localCheck.js';
import { StepForm } from '../components/shared/StepForm.js';
import { useReportDeviation } from '../components/deviations/useDeviations.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';

/** Reporting a deviation in a SIP, about one of the units taking part in it. */
export function ReportDeviationPage() {
  const { id = '' } = useParams();
  const sip = useSip(id);
  if (sip.isPending) {
    return <Loading />;
  }
  if (sip.error) return <ErrorMessage error={sip.error} />;
  return <ReportForm sip={sip.data} />;
}

function ReportForm({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState('');
  const [unitId, setUnitId] = useState('');
  const [description, setDescription] = useState('');
  const chosenKind = deviationKinds.find((value) => value === kind);
  const report = useReportDeviation(sip.id, (detail) => void navigate(`/deviations/${detail.id}`));

  // What is not chosen or written yet is named here, in words, before anything is sent.
  const findMissing = () =>
    checkChoices(
      [
        ['kind', kind === ''],
        ['unitId', unitId === ''],
        ['description', description.trim() === '', t('deviations.report.describe')],
      ],
      { summary: t('case.form.incomplete'), choose: t('case.form.choose') },
    );

  return (
    <section className="card narrow">
      <h1>{t('deviations.report.title', { caseNumber: sip.caseNumber })}</h1>
      <p>{t('deviations.report.intro')}</p>
      <StepForm
        action={report}
        check={findMissing}
        send={() => chosenKind && report.mutate({ kind: chosenKind, unitId, description })}
        label={t('deviations.report.submit')}
        pendingLabel={t('case.form.sending')}
      >
        <SelectField
          id="deviation-kind"
          path="kind"
          label={t('deviations.report.kind')}
          required
          value={kind}
          onChange={setKind}
          placeholder={t('case.form.select')}
          options={deviationKinds.map((value) => ({ value, label: t(`deviations.kind.${value}`) }))}
        />
        <SelectField
          id="deviation-unit"
          path="unitId"
          label={t('deviations.report.unit')}
          hint={t('deviations.report.unitHint')}
          required
          value={unitId}
          onChange={setUnitId}
          placeholder={t('case.form.select')}
          options={sip.participants.map((unit) => ({
            value: unit.unitId,
            label: `${unit.unitName} (${unit.organisationName})`,
          }))}
        />
        <TextArea
          id="deviation-description"
          path="description"
          label={t('deviations.report.description')}
          hint={t('deviations.report.descriptionHint')}
          required
          value={description}
          onChange={setDescription}
          rows={6}
        />
      </StepForm>
      <p>
        <Link to={`/sips/${sip.id}`}>{t('deviations.report.cancel')}</Link>
      </p>
    </section>
  );
}
