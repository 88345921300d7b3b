import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { deviationKinds } from '../../shared/api/deviationFields.js';
import { reportDeviationBody } from '../../shared/api/deviations.js';
import type { SipDetail } from '../../shared/api/responses.js';
import { useSip } from '../components/case/caseQueries.js';
import { SelectField, TextArea } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
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
  const form = useForm({
    resolver: useSchemaResolver(reportDeviationBody, { description: t('deviations.report.describe') }),
    defaultValues: { unitId: '', description: '' },
  });
  const report = useReportDeviation(sip.id, (detail) => void navigate(`/deviations/${detail.id}`));

  return (
    <section className="card narrow">
      <h1>{t('deviations.report.title', { caseNumber: sip.caseNumber })}</h1>
      <p>{t('deviations.report.intro')}</p>
      <StepForm
        form={form}
        action={report}
        label={t('deviations.report.submit')}
        pendingLabel={t('case.form.sending')}
      >
        <SelectField
          id="deviation-kind"
          label={t('deviations.report.kind')}
          required
          field={form.register('kind')}
          placeholder={t('case.form.select')}
          options={deviationKinds.map((value) => ({ value, label: t(`deviations.kind.${value}`) }))}
        />
        <SelectField
          id="deviation-unit"
          label={t('deviations.report.unit')}
          hint={t('deviations.report.unitHint')}
          required
          field={form.register('unitId')}
          placeholder={t('case.form.select')}
          options={sip.participants.map((unit) => ({
            value: unit.unitId,
            label: `${unit.unitName} (${unit.organisationName})`,
          }))}
        />
        <TextArea
          id="deviation-description"
          label={t('deviations.report.description')}
          hint={t('deviations.report.descriptionHint')}
          required
          field={form.register('description')}
          rows={6}
        />
      </StepForm>
      <p>
        <Link to={`/sips/${sip.id}`}>{t('deviations.report.cancel')}</Link>
      </p>
    </section>
  );
}
