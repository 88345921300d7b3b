import { useTranslation } from 'react-i18next';
import type { CollaborationPair } from '../../../shared/api/statistics.js';
import { FigureCell } from './FigureCell.js';
import { TableSection } from './TableSection.js';

/** Which units work together most: pairs of units taking part in the same SIPs, most shared first. */
export function CollaborationSection({ pairs }: { pairs: CollaborationPair[] }) {
  const { t } = useTranslation();
  if (pairs.length === 0) return null;
  return (
    <TableSection
      id="statistics-collaboration"
      heading={t('statistics.collaboration.heading')}
      hint={t('statistics.collaboration.hint')}
      caption={t('statistics.collaboration.caption')}
    >
      <thead>
        <tr>
          <th scope="col">{t('statistics.collaboration.units')}</th>
          <th scope="col">{t('statistics.collaboration.sips')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={`${pair.units[0].id}-${pair.units[1].id}`}>
            <th scope="row">
              {pair.units[0].name} + {pair.units[1].name}
            </th>
            <td className="number">
              <FigureCell measure="count" figure={pair.sips} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableSection>
  );
}
