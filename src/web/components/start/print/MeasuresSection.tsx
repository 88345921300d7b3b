import { useTranslation } from 'react-i18next';
import type { MeasureByOthers } from '../../../../shared/plan.js';
import { TableWrap } from '../../shared/TableWrap.js';

/** What others than region and municipality do: school, Försäkringskassan, an association… */
export function MeasuresSection({ measures }: { measures: MeasureByOthers[] }) {
  const { t } = useTranslation();
  return (
    <section className="print-section">
      <h2>{t('start.print.measuresHeading')}</h2>
      {measures.length === 0 ? (
        <p className="not-filled">{t('start.print.noMeasures')}</p>
      ) : (
        <TableWrap label={t('start.print.measuresHeading')}>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('start.print.measure')}</th>
                <th scope="col">{t('start.print.actor')}</th>
                <th scope="col">{t('start.print.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.key}>
                  <td className="plan-text">{measure.description}</td>
                  <td>{measure.actor || t('start.none')}</td>
                  <td>{measure.contact || t('start.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
