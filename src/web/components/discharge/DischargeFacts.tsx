import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { Facts } from '../shared/Facts.js';
import { Section } from '../shared/Section.js';
import { formatDateTime } from '../shared/time.js';
import { formatDate } from '../start/dates.js';
import { DeadlineStanding } from './DeadlineStanding.js';

/** The process as a record: the patient, the units, the times counties count, and the deadline in words. */
export function DischargeFacts({ process }: { process: DischargeDetail }) {
  const { t, i18n } = useTranslation();
  const expected = [
    process.expectsMunicipalityEfforts ? t('discharge.process.expectsMunicipality') : null,
    process.expectsPrimaryCareEfforts ? t('discharge.process.expectsPrimaryCare') : null,
  ].filter(Boolean);
  const day = (value: string | null) => (value ? formatDate(value, i18n.language) : t('discharge.notSet'));
  return (
    <Section id="discharge-facts" title={t('discharge.process.facts')}>
      <Facts
        items={[
          [t('discharge.form.idNumber'), process.person.idNumber],
          [t('discharge.columns.status'), t(`discharge.status.${process.status}`)],
          [t('discharge.columns.ward'), process.inpatientUnit.unitName],
          [t('discharge.process.municipality'), process.municipalityUnit.unitName],
          [t('discharge.process.primaryCare'), process.primaryCareUnit.unitName],
          [t('discharge.process.expected'), expected.join(', ')],
          [t('discharge.process.admittedAt'), formatDateTime(process.admittedAt)],
          [t('discharge.process.noticeAt'), formatDateTime(process.admissionNoticeAt)],
          [t('discharge.columns.estimated'), day(process.estimatedDischargeOn)],
          [
            t('discharge.process.readyAt'),
            process.readyAt ? formatDateTime(process.readyAt) : t('discharge.notSet'),
          ],
          [t('discharge.process.deadline'), <DeadlineStanding key="deadline" deadline={process.deadline} />],
          [t('discharge.process.careContact'), process.careContact?.name ?? t('discharge.noCareContact')],
          [
            t('discharge.process.invitedAt'),
            process.invitedAt ? formatDateTime(process.invitedAt) : t('discharge.notSet'),
          ],
          [
            t('discharge.process.sip'),
            process.sipId ? (
              <Link key="sip" to={`/sips/${process.sipId}`}>
                {t('discharge.process.openSip')}
              </Link>
            ) : (
              t('discharge.notSet')
            ),
          ],
          ...(process.interruption
            ? ([
                [
                  t('discharge.process.interruption'),
                  `${formatDateTime(process.interruption.at)} – ${t(`discharge.interruptionReason.${process.interruption.reason}`)}`,
                ],
              ] as [string, string][])
            : []),
        ]}
      />
      <p className="hint">
        {process.deadline
          ? t('discharge.deadlineRule', { days: process.deadline.days })
          : t('discharge.deadlineRuleGeneric')}
      </p>
    </Section>
  );
}
