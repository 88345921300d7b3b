import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipListItem } from '../../../shared/api/sipList.js';
import { TableWrap } from '../shared/TableWrap.js';
import { formatDateOrDateTime, machineDate } from './dates.js';

/** The unit's SIPs: case, person, phase, the unit's part, the next date that matters, and the target group. */
export function SipTable({ sips }: { sips: SipListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <TableWrap label={t('start.sips.heading')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('start.sips.caseNumber')}</th>
            <th scope="col">{t('start.sips.person')}</th>
            <th scope="col">{t('start.sips.phase')}</th>
            <th scope="col">{t('start.sips.myParts')}</th>
            <th scope="col">{t('start.sips.nextDate')}</th>
            <th scope="col">{t('start.sips.targetGroup')}</th>
          </tr>
        </thead>
        <tbody>
          {sips.map((sip) => (
            <tr key={sip.id}>
              <th scope="row">
                <Link to={`/sips/${sip.id}`}>{sip.caseNumber}</Link>
              </th>
              <td>
                {sip.personName}
                {sip.protectedIdentity && (
                  <span className="cell-detail">
                    <span className="badge badge-neutral">{t('start.sips.protected')}</span>
                  </span>
                )}
              </td>
              <td>{t(`vocab.phase.${sip.phase}`)}</td>
              <td>{sip.myParts.map((part) => t(`vocab.part.${part}`)).join(', ')}</td>
              <td>
                {sip.nextDate ? (
                  <>
                    {sip.nextDateKind && (
                      <span className="cell-label">{t(`start.nextDateKind.${sip.nextDateKind}`)}</span>
                    )}
                    <time dateTime={machineDate(sip.nextDate)}>
                      {formatDateOrDateTime(sip.nextDate, i18n.language)}
                    </time>
                  </>
                ) : (
                  t('start.none')
                )}
              </td>
              <td>{t(`vocab.targetGroup.${sip.targetGroup}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
