import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdmissionForm } from '../components/discharge/AdmissionForm.js';

/** The ward sends an admission notice to the municipality and primary care. */
export function NewAdmissionPage() {
  const { t } = useTranslation();
  return (
    <div className="discharge-page">
      <p>
        <Link to="/discharges">{t('discharge.process.back')}</Link>
      </p>
      <h1>{t('discharge.newAdmission')}</h1>
      <AdmissionForm />
    </div>
  );
}
