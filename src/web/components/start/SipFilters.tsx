import { useTranslation } from 'react-i18next';
import { sipPhaseValues } from '../../../shared/api/vocabulary.js';
import type { PhaseFilter, SipFilter } from './sipFilter.js';

interface SipFiltersProps {
  filter: SipFilter;
  onChange: (filter: SipFilter) => void;
}

function isPhase(value: string): value is PhaseFilter {
  return value === '' || (sipPhaseValues as readonly string[]).includes(value);
}

/** A phase to show and a piece of a case number or name to look for. */
export function SipFilters({ filter, onChange }: SipFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="sip-filters" role="search" aria-label={t('start.sips.filters')}>
      <div className="field">
        <label htmlFor="sip-filter-phase">{t('start.sips.filterPhase')}</label>
        <select
          id="sip-filter-phase"
          value={filter.phase}
          onChange={(event) => {
            const phase = event.target.value;
            if (isPhase(phase)) onChange({ ...filter, phase });
          }}
        >
          <option value="">{t('start.sips.allPhases')}</option>
          {sipPhaseValues.map((phase) => (
            <option key={phase} value={phase}>
              {t(`start.phase.${phase}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sip-filter-text">{t('start.sips.filterText')}</label>
        <input
          id="sip-filter-text"
          type="search"
          autoComplete="off"
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
    </div>
  );
}
