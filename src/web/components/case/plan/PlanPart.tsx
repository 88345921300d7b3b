import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { useOrganisations } from '../caseQueries.js';
import type { Can } from '../commands.js';
import { unitIndex } from '../units.js';
import { VersionsSection } from '../versions/VersionsSection.js';
import { PlanSection } from './PlanSection.js';

/**
 * The plan and its established versions. Only this part names the county's organisations and units, so only it
 * asks for them.
 */
export function PlanPart({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const units = unitIndex(organisations.data, sip);
  const organisationName = (organisationId: string) =>
    organisations.data?.find((organisation) => organisation.id === organisationId)?.name ??
    [...units.values()].find((unit) => unit.organisationId === organisationId)?.organisationName ??
    t('case.units.unknownOrganisation');
  return (
    <>
      <PlanSection
        sip={sip}
        can={can}
        organisations={organisations.data}
        units={units}
        organisationName={organisationName}
      />
      <VersionsSection sip={sip} can={can} units={units} organisationName={organisationName} />
    </>
  );
}
