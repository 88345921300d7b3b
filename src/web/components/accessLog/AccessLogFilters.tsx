import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLogChoices, AccessLogPersonResponse } from '../../../shared/api/accessLog.js';
import { manyPersonsDefaults, unusualPatterns } from '../../../shared/api/accessLogFields.js';
import { api } from '../../api/client.js';
import type { AccessLogFilter } from './accessLogFilter.js';
import { actionChoices, actionLabel } from './actionLabel.js';
import { FilterField } from './FilterField.js';
import { PersonFilter } from './PersonFilter.js';

interface AccessLogFiltersProps {
  filter: AccessLogFilter;
  choices: AccessLogChoices | undefined;
  /** The chosen person's name as the page knows it (masked for a protected identity). */
  personName: string | undefined;
  /** Field errors from the server, by filter name. */
  errorFor: (key: string) => string | undefined;
  onApply: (filter: AccessLogFilter, personName?: string) => void;
}

/** The filter form; nothing is fetched until it is sent, so a half-typed date never reaches the server. */
export function AccessLogFilters({ filter, choices, personName, errorFor, onApply }: AccessLogFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AccessLogFilter>(filter);
  const [idNumber, setIdNumber] = useState('');
  const [idError, setIdError] = useState<string>();
  const set = (key: keyof AccessLogFilter) => (value: string) => setDraft({ ...draft, [key]: value });

  /** A bound of "many persons in a short time"; empty means the server's default, shown as the placeholder. */
  function threshold(key: 'manyPersons' | 'windowMinutes', id: string, min: number, max: number) {
    const fallback = key === 'manyPersons' ? manyPersonsDefaults.persons : manyPersonsDefaults.windowMinutes;
    return (
      <FilterField id={id} label={t(`accessLog.filters.${key}`)} error={errorFor(key)}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={min}
            max={max}
            placeholder={String(fallback)}
            value={draft[key] ?? ''}
            onChange={(e) => set(key)(e.target.value)}
          />
        )}
      </FilterField>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIdError(undefined);
    if (!idNumber.trim()) return onApply(draft);
    // The number goes in a request body to be matched; only the person's id reaches the address.
    try {
      const { person } = await api.post<AccessLogPersonResponse>('/api/access-log/person', { idNumber });
      if (!person) return setIdError(t('accessLog.filters.personNotFound'));
      const next = { ...draft, person: person.id };
      setDraft(next);
      setIdNumber('');
      onApply(next, person.name);
    } catch (error) {
      setIdError(error instanceof Error ? error.message : t('errors.unknown'));
    }
  }

  return (
    <form className="card access-log-filters" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('accessLog.filters.heading')}</h2>
      <div className="filter-grid">
        <FilterField id="filter-user" label={t('accessLog.filters.user')}>
          {(control) => (
            <select {...control} value={draft.user ?? ''} onChange={(e) => set('user')(e.target.value)}>
              <option value="">{t('accessLog.filters.anyUser')}</option>
              {choices?.users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.username})
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="filter-unit" label={t('accessLog.filters.unit')}>
          {(control) => (
            <select {...control} value={draft.unit ?? ''} onChange={(e) => set('unit')(e.target.value)}>
              <option value="">{t('accessLog.filters.anyUnit')}</option>
              {choices?.units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}, {unit.organisationName}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <PersonFilter
          idNumber={idNumber}
          onIdNumberChange={setIdNumber}
          error={idError}
          personId={draft.person}
          personName={personName}
          onClear={() => {
            const next = { ...draft, person: '' };
            setDraft(next);
            onApply(next);
          }}
        />
        <FilterField
          id="filter-sip"
          label={t('accessLog.filters.sip')}
          hint={t('accessLog.filters.sipHint')}
          error={errorFor('sip')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.sip ?? ''}
              onChange={(e) => set('sip')(e.target.value)}
            />
          )}
        </FilterField>
        <FilterField id="filter-from" label={t('accessLog.filters.from')} error={errorFor('from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.from ?? ''}
              onChange={(e) => set('from')(e.target.value)}
            />
          )}
        </FilterField>
        <FilterField id="filter-to" label={t('accessLog.filters.to')} error={errorFor('to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.to ?? ''}
              onChange={(e) => set('to')(e.target.value)}
            />
          )}
        </FilterField>
        <FilterField id="filter-action" label={t('accessLog.filters.action')}>
          {(control) => (
            <select {...control} value={draft.action ?? ''} onChange={(e) => set('action')(e.target.value)}>
              <option value="">{t('accessLog.filters.anyAction')}</option>
              {actionChoices.map((action) => (
                <option key={action} value={action}>
                  {actionLabel(action, t)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField id="filter-unusual" label={t('accessLog.filters.unusual')}>
          {(control) => (
            <select {...control} value={draft.unusual ?? ''} onChange={(e) => set('unusual')(e.target.value)}>
              <option value="">{t('accessLog.filters.allEntries')}</option>
              <option value="any">{t('accessLog.filters.onlyUnusual')}</option>
              {unusualPatterns.map((pattern) => (
                <option key={pattern} value={pattern}>
                  {t(`accessLog.pattern.${pattern}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
      </div>
      <fieldset className="threshold">
        <legend>{t('accessLog.filters.thresholdLegend')}</legend>
        <div className="filter-grid">
          {threshold('manyPersons', 'filter-many-persons', 2, 1000)}
          {threshold('windowMinutes', 'filter-window-minutes', 1, 24 * 60)}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('accessLog.filters.submit')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft({});
            setIdNumber('');
            onApply({});
          }}
        >
          {t('accessLog.filters.reset')}
        </button>
      </div>
    </form>
  );
}
