import { useTranslation } from 'react-i18next';
import type { Effort } from '../../../../shared/plan.js';
import { formatDate } from '../dates.js';
import type { NameBook } from './names.js';
import { TableWrap } from '../../shared/TableWrap.js';
import { CodeList } from '../../codes/CodeList.js';

/** Each effort with the unit (and so the principal or actor) responsible, the contact person, start and end. */
export function EffortsSection({ efforts, names }: { efforts: Effort[]; names: NameBook }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : t('start.none'));
  return (
    <section className="print-section">
      <h2>{t('start.print.effortsHeading')}</h2>
      {efforts.length === 0 ? (
        <p className="not-filled">{t('start.print.noEfforts')}</p>
      ) : (
        <TableWrap label={t('start.print.effortsHeading')}>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('start.print.effort')}</th>
                <th scope="col">{t('start.print.responsible')}</th>
                <th scope="col">{t('start.print.contactPerson')}</th>
                <th scope="col">{t('start.print.startDate')}</th>
                <th scope="col">{t('start.print.endDate')}</th>
              </tr>
            </thead>
            <tbody>
              {efforts.map((effort) => {
                const unit = names.unit(effort.responsibleUnitId);
                return (
                  <tr key={effort.key}>
                    <td>
                      <span className="plan-text">{effort.description}</span>
                      <CodeList codes={effort.codes} />
                    </td>
                    <td>
                      {unit ? (
                        <>
                          {unit.unitName}
                          <span className="cell-detail">{unit.organisationName}</span>
                        </>
                      ) : (
                        t('start.none')
                      )}
                    </td>
                    <td>{effort.contactPerson || t('start.none')}</td>
                    <td>{date(effort.startDate)}</td>
                    <td>{date(effort.endDate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
