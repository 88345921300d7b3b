import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageBands,
  comparisons,
  type Comparison,
  type StatisticsFilter,
} from '../../../shared/api/statistics.js';
import { sexes, targetGroups } from '../../../shared/api/vocabulary.js';
import { FilterField } from '../accessLog/FilterField.js';
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

type Selection = Pick<StatisticsFilter, 'from' | 'to'> & {
  compareWith: Comparison;
  targetGroup: string;
  ageBand: string;
  sex: string;
};

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
  const set = (key: keyof Selection) => (value: string) => setDraft({ ...draft, [key]: value });
  const setDimension = (key: 'targetGroup' | 'ageBand' | 'sex') => (value: string) =>
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
      ...(draft.targetGroup ? { targetGroup: draft.targetGroup as StatisticsFilter['targetGroup'] } : {}),
      ...(draft.ageBand ? { ageBand: draft.ageBand as StatisticsFilter['ageBand'] } : {}),
      ...(draft.sex ? { sex: draft.sex as StatisticsFilter['sex'] } : {}),
    });
  }

  const quarterLabel = (quarter: PeriodPreset) => {
    const [year, number] = quarter.slice('quarter:'.length).split('-');
    return t('statistics.filters.quarter', { quarter: number, year });
  };

  return (
    <form className="card statistics-filters" onSubmit={submit} noValidate>
      <h2>{t('statistics.filters.heading')}</h2>
      <div className="filter-grid">
        <FilterField id="statistics-period" label={t('statistics.filters.period')}>
          {(control) => (
            <select
              {...control}
              value={preset}
              onChange={(e) => choosePreset(e.target.value as PeriodPreset)}
            >
              <option value="thisYear">{t('statistics.filters.thisYear')}</option>
              <option value="lastYear">{t('statistics.filters.lastYear')}</option>
              <option value="last12Months">{t('statistics.filters.last12Months')}</option>
              {recentQuarters(today).map((quarter) => (
                <option key={quarter} value={quarter}>
                  {quarterLabel(quarter)}
                </option>
              ))}
              <option value="custom">{t('statistics.filters.custom')}</option>
            </select>
          )}
        </FilterField>
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
        <FilterField id="statistics-compare-with" label={t('statistics.filters.compareWith')}>
          {(control) => (
            <select
              {...control}
              value={draft.compareWith}
              onChange={(e) => setDraft({ ...draft, compareWith: e.target.value as Comparison })}
            >
              {comparisons.map((comparison) => (
                <option key={comparison} value={comparison}>
                  {t(`statistics.filters.comparison.${comparison}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="statistics-target-group" label={t('statistics.filters.targetGroup')}>
          {(control) => (
            <select
              {...control}
              value={draft.targetGroup}
              onChange={(e) => setDimension('targetGroup')(e.target.value)}
            >
              <option value="">{t('statistics.filters.all')}</option>
              {targetGroups.map((group) => (
                <option key={group} value={group}>
                  {t(`vocab.targetGroup.${group}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="statistics-age-band" label={t('statistics.filters.ageBand')}>
          {(control) => (
            <select
              {...control}
              value={draft.ageBand}
              onChange={(e) => setDimension('ageBand')(e.target.value)}
            >
              <option value="">{t('statistics.filters.all')}</option>
              {ageBands.map((band) => (
                <option key={band} value={band}>
                  {t(`statistics.ageBand.${band}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="statistics-sex" label={t('statistics.filters.sex')}>
          {(control) => (
            <select {...control} value={draft.sex} onChange={(e) => setDimension('sex')(e.target.value)}>
              <option value="">{t('statistics.filters.all')}</option>
              {sexes.map((sex) => (
                <option key={sex} value={sex}>
                  {t(`statistics.sex.${sex}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
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
