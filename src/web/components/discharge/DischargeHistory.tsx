import { useTranslation } from 'react-i18next';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { Section } from '../shared/Section.js';
import { TableWrap } from '../shared/TableWrap.js';
import { formatDateTime } from '../shared/time.js';

/** Every step of the process with its time and unit, as kept for the statistics. */
export function DischargeHistory({ events }: { events: DischargeDetail['events'] }) {
  const { t } = useTranslation();
  return (
    <Section id="discharge-history" title={t('discharge.process.history')}>
      <TableWrap label={t('discharge.process.history')}>
        <table>
          <tbody>
            {events.map((event, index) => (
              <tr key={index}>
                <th scope="row">{t(`discharge.events.${event.type}`)}</th>
                <td>
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                </td>
                <td>{event.unitName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
