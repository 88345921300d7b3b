import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DischargeListItem } from '../../../shared/api/discharge.js';
import { TableSection } from '../start/TableSection.js';
import { DeadlineStanding } from './DeadlineStanding.js';

/** One list of discharge processes as a card; a late one is marked in its row and in words. */
export function DischargeTable({
  id,
  heading,
  intro,
  empty,
  items,
}: {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  items: DischargeListItem[];
}) {
  const { t } = useTranslation();
  return (
    <TableSection
      headingId={`${id}-heading`}
      heading={heading}
      intro={intro}
      isEmpty={items.length === 0}
      empty={empty}
      columns={[
        t('discharge.columns.patient'),
        t('discharge.columns.ward'),
        t('discharge.columns.status'),
        t('discharge.columns.deadline'),
        t('discharge.columns.careContact'),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id} className={item.deadline?.standing === 'overdue' ? 'row-overdue' : undefined}>
          <th scope="row">
            <Link to={`/discharges/${item.id}`}>{item.personName}</Link>
          </th>
          <td>{item.inpatientUnit.unitName}</td>
          <td>{t(`discharge.status.${item.status}`)}</td>
          <td>
            <DeadlineStanding deadline={item.deadline} />
          </td>
          <td>{item.careContactName ?? t('discharge.noCareContact')}</td>
        </tr>
      ))}
    </TableSection>
  );
}

/** The processes that wait for an invitation: ready for discharge, or the SIP started but nobody invited yet. */
export function awaitingInvitation(items: DischargeListItem[]): DischargeListItem[] {
  return items.filter((item) => item.status === 'ready' || item.status === 'sip_started');
}
