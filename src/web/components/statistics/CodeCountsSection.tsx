import { useTranslation } from 'react-i18next';
import type { CodeCount } from '../../../shared/api/statistics.js';
import { TableSection } from './TableSection.js';
import { FigureCell } from './FigureCell.js';

/** Plans by code: per code, the SIPs whose plan in force has it on the needs, on a goal and on an effort. */
export function CodeCountsSection({ codes }: { codes: CodeCount[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <TableSection
      id="statistics-codes"
      heading={t('codes.statistics.heading')}
      hint={t('codes.statistics.hint')}
      caption={t('codes.statistics.caption')}
    >
      <thead>
        <tr>
          <th scope="col">{t('codes.statistics.code')}</th>
          <th scope="col">{t('codes.statistics.system')}</th>
          <th scope="col">{t('codes.statistics.need')}</th>
          <th scope="col">{t('codes.statistics.goal')}</th>
          <th scope="col">{t('codes.statistics.effort')}</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => (
          <tr key={`${code.system}|${code.code}`}>
            <th scope="row">
              {code.code} {code.display ?? t('codes.statistics.removedCode')}
            </th>
            <td>{code.systemName}</td>
            <td className="number">
              <FigureCell measure="count" figure={code.needs} />
            </td>
            <td className="number">
              <FigureCell measure="count" figure={code.goals} />
            </td>
            <td className="number">
              <FigureCell measure="count" figure={code.efforts} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableSection>
  );
}
