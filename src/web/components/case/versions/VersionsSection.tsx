import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import type { Can } from '../commands.js';
import { Section } from '../../shared/Section.js';
import type { UnitInfo } from '../units.js';
import { ApprovalForm } from './ApprovalForm.js';
import { CompareVersions } from './CompareVersions.js';
import { VersionTable } from './VersionTable.js';
import { VersionView } from './VersionView.js';
import './versions.css';

/** Every established version of the plan, who made it and why, and whether the individual approved it. */
export function VersionsSection({
  sip,
  can,
  units,
  organisationName,
}: {
  sip: SipDetail;
  can: Can;
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<number | null>(null);
  const [approving, setApproving] = useState<number | null>(null);
  if (sip.versions.length === 0) return null;
  return (
    <Section id="versions" title={t('case.versions.title')}>
      <VersionTable
        versions={sip.versions}
        canApprove={can('approvePlanVersion')}
        onView={(version) => setViewing(version === viewing ? null : version)}
        onApprove={(version) => setApproving(version === approving ? null : version)}
        viewing={viewing}
        approving={approving}
      />
      {approving !== null && (
        <ApprovalForm sipId={sip.id} version={approving} onDone={() => setApproving(null)} />
      )}
      {viewing !== null && (
        <VersionView
          sipId={sip.id}
          version={viewing}
          units={units}
          organisationName={organisationName}
          onClose={() => setViewing(null)}
        />
      )}
      {sip.versions.length > 1 && (
        <CompareVersions
          sipId={sip.id}
          versions={sip.versions.map((version) => version.version)}
          units={units}
          organisationName={organisationName}
        />
      )}
    </Section>
  );
}
