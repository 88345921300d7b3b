import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { useMe } from '../../api/session.js';
import { useOrganisations } from './caseQueries.js';
import { consentScope } from './person.js';
import { UnitPicker } from './UnitPicker.js';

/** The unit calling a meeting: the acting unit — the convener, or the coordinator leading the follow-up. */
export function useMeetingOrganiser(sip: SipDetail): string {
  return useMe().data?.activeUnitId ?? sip.convener.unitId;
}

/**
 * The units a meeting can involve: those the consent in force names, never the unit calling the meeting — the
 * acting unit, be it the convener or the coordinator leading the follow-up — nor any in `exclude`.
 */
export function MeetingUnitPicker({
  id,
  path,
  legend,
  hint,
  sip,
  selected,
  onChange,
  exclude = [],
}: {
  id: string;
  path: string;
  legend: string;
  hint: string;
  sip: SipDetail;
  selected: string[];
  onChange: (unitIds: string[]) => void;
  exclude?: string[];
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const organiser = useMeetingOrganiser(sip);
  if (!organisations.data) return <p role="status">{t('case.units.loading')}</p>;
  return (
    <UnitPicker
      id={id}
      path={path}
      legend={legend}
      hint={hint}
      organisations={organisations.data}
      selected={selected}
      onChange={onChange}
      only={consentScope(sip)}
      exclude={[organiser, ...exclude]}
    />
  );
}
