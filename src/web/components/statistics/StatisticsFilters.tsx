import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageBands,
  comparisons,
  type Comparison,
  type StatisticsFilter,
} from '../../../shared/api/statistics.js';
import { sexes, targetGroups } from '../../../shared/api/vocabulary.js';
import { FilterField } from '../shared/FilterField.js';
import { FilterSelect } from '../shared/FilterSelect.js';
import { presetOf, presetPeriod, recentQuarters, type PeriodPreset } from './period.js';

interface StatisticsFiltersProps {
  filter: StatisticsFilter;
  today: string;
  /** Field errors from the server, by filter name. */
  errorFor: (key: string) => string | undefined;
  /** Across organisations one of target group, age band and sex at a time: choosing one clears the others. */
  oneDimension: boolean;
  onApply: (filter: StatisticsFilter) => void;
}

type Dimension = 'targetGroup' | 'ageBand' | 'sex';

/** The form's choices: the filter's, with '' for a dimension not filtered on. */
type Selection = Pick<StatisticsFilter, 'from' | 'to'> & {
  compareWith: Comparison;
} & { [K in Dimension]: NonNullable<StatisticsFilter[K]> | '' };

/** Period and what it is compared with, target group, age band and sex; nothing is fetched until the form is sent. */
export function StatisticsFilters({
  filter,
  today,
  errorFor,
  oneDimension,
  onApply,
}: StatisticsFiltersProps) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<PeriodPreset>(presetOf(filter, today));
  const [draft, setDraft] = useState<Selection>({
    from: filter.from,
    to: filter.to,
    compareWith: filter.compareWith ?? 'previous',
    targetGroup: filter.targetGroup ?? '',
    ageBand: filter.ageBand ?? '',
    sex: filter.sex ?? '',
  });
  const set = (key: 'from' | 'to') => (value: string) => setDraft({ ...draft, [key]: value });
  const setDimension = (key: Dimension) => (value: Selection[Dimension]) =>
    setDraft(
      oneDimension && value
        ? { ...draft, targetGroup: '', ageBand: '', sex: '', [key]: value }
        : { ...draft, [key]: value },
    );

  function choosePreset(value: PeriodPreset) {
    setPreset(value);
    if (value !== 'custom') setDraft({ ...draft, ...presetPeriod(value, today) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const { scope, scopeId, principal } = filter;
    onApply({
      from: draft.from,
      to: draft.to,
      compareWith: draft.compareWith,
      scope,
      ...(scopeId ? { scopeId } : {}),
      ...(principal ? { principal } : {}),
      ...(draft.targetGroup ? { targetGroup: draft.targetGroup } : {}),
      ...(draft.ageBand ? { ageBand: draft.ageBand } : {}),
      ...(draft.sex ? { sex: draft.sex } : {}),
    });
  }

  const periodPresets: PeriodPreset[] = [
    'thisYear',
    'lastYear',
    'last12Months',
    ...recentQuarters(today),
    'custom',
  ];
  const presetLabel = (period: PeriodPreset) => {
    switch (period) {
      case 'thisYear':
      case 'lastYear':
      case 'last12Months':
      case 'custom':
        return t(`statistics.filters.${period}`);
      default: {
        const [year, number] = period.slice('quarter:'.length).split('-');
        return t('statistics.filters.quarter', { quarter: number, year });
      }
    }
  };

  return (
    <form className="card statistics-filters" onSubmit={submit} noValidate>
      <h2>{t('statistics.filters.heading')}</h2>
      <div className="filter-grid">
        <FilterSelect
          id="statistics-period"
          label={t('statistics.filters.period')}
          value={preset}
          options={periodPresets}
          optionLabel={presetLabel}
          onChange={(chosen) => chosen && choosePreset(chosen)}
        />
        <FilterField id="statistics-from" label={t('statistics.filters.from')} error={errorFor('from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={draft.from}
              onChange={(e) => {
                setPreset('custom');
                set('from')(e.target.value);
              }}
            />
          )}
        </FilterField>
        <FilterField id="statistics-to" label={t('statistics.filters.to')} error={errorFor('to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={draft.to}
              onChange={(e) => {
                setPreset('custom');
                set('to')(e.target.value);
              }}
            />
          )}
        </FilterField>
        <FilterSelect
          id="statistics-compare-with"
          label={t('statistics.filters.compareWith')}
          value={draft.compareWith}
          options={comparisons}
          optionLabel={(comparison) => t(`statistics.filters.comparison.${comparison}`)}
          onChange={(compareWith) => compareWith && setDraft({ ...draft, compareWith })}
        />
        <FilterSelect
          id="statistics-target-group"
          label={t('statistics.filters.targetGroup')}
          value={draft.targetGroup}
          options={targetGroups}
          optionLabel={(group) => t(`vocab.targetGroup.${group}`)}
          anyLabel={t('statistics.filters.all')}
          onChange={setDimension('targetGroup')}
        />
        <FilterSelect
          id="statistics-age-band"
          label={t('statistics.filters.ageBand')}
          value={draft.ageBand}
          options={ageBands}
          optionLabel={(band) => t(`statistics.ageBand.${band}`)}
          anyLabel={t('statistics.filters.all')}
          onChange={setDimension('ageBand')}
        />
        <FilterSelect
          id="statistics-sex"
          label={t('statistics.filters.sex')}
          value={draft.sex}
          options={sexes}
          optionLabel={(sex) => t(`statistics.sex.${sex}`)}
          anyLabel={t('statistics.filters.all')}
          onChange={setDimension('sex')}
        />
      </div>
      {oneDimension && <p className="hint">{t('statistics.filters.oneDimension')}</p>}
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('statistics.filters.submit')}
        </button>
      </div>
    </form>
  );
}
