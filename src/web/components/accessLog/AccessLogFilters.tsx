import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLogResponse } from '../../../shared/api/accessLog.js';
import { accessLogRoutes } from '../../../shared/api/accessLogRoutes.js';
import {
  accessLogChoiceKinds,
  caseNumberMessage,
  manyPersonsDefaults,
  normalisedCaseNumber,
  unusualPatterns,
  type AccessLogChoiceKind,
} from '../../../shared/api/accessLogFields.js';
import { api } from '../../api/client.js';
import { languageOf } from '../../i18n/language.js';
import type { AccessLogFilter } from './accessLogFilter.js';
import { actionChoices, actionLabel } from './actionLabel.js';
import { FilterField } from '../shared/FilterField.js';
import { NameChoice } from './NameChoice.js';
import { PersonFilter } from './PersonFilter.js';
import { fetchChoices } from './useAccessLog.js';

interface AccessLogFiltersProps {
  filter: AccessLogFilter;
  /** What the filters name, as the server last said (the person masked for a protected identity). */
  named: AccessLogResponse['named'] | undefined;
  /** Field errors from the server, by filter name. */
  errorFor: (key: string) => string | undefined;
  onApply: (filter: AccessLogFilter) => void;
}

type FieldKey = 'caseNumber' | 'idNumber' | AccessLogChoiceKind;
const fieldIds: Record<FieldKey, string> = {
  caseNumber: 'filter-case-number',
  idNumber: 'filter-id-number',
  user: 'filter-user',
  unit: 'filter-unit',
};

/**
 * The filter form; nothing is fetched until it is sent, so a half-typed date never reaches the server. What is
 * typed is turned into what the address may hold first: a case number as Samplan writes it, a user's or a unit's
 * name into its id, an identity number (sent in a request body) into the person's id.
 */
export function AccessLogFilters({ filter, named, errorFor, onApply }: AccessLogFiltersProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<AccessLogFilter>(filter);
  const [idNumber, setIdNumber] = useState('');
  /** What is typed for a user or a unit; null until the reviewer types, while the chosen one's name is shown. */
  const [names, setNames] = useState<Record<AccessLogChoiceKind, string | null>>({ user: null, unit: null });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const set = (key: keyof AccessLogFilter) => (value: string) => setDraft({ ...draft, [key]: value });
  const shownName = (kind: AccessLogChoiceKind) => names[kind] ?? named?.[kind]?.label ?? '';

  /** The id of the one user or unit whose name is typed, or why there is none. */
  async function chosen(
    kind: AccessLogChoiceKind,
    text: string,
  ): Promise<{ id: string } | { error: string }> {
    const found = await fetchChoices(client, kind, text);
    const wanted = text.toLocaleLowerCase();
    const exact = found.filter((choice) => choice.label.toLocaleLowerCase() === wanted);
    const match = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
    if (match) return { id: match.id };
    return { error: t(`accessLog.filters.${kind}${found.length === 0 ? 'NotFound' : 'Several'}`) };
  }

  async function person(): Promise<{ id: string } | { error: string }> {
    // The number goes in a request body to be matched; only the person's id reaches the address.
    const { person: found } = await api.call(accessLogRoutes.person, { body: { idNumber } });
    return found ? { id: found.id } : { error: t('accessLog.filters.personNotFound') };
  }

  async function resolve(): Promise<[AccessLogFilter, Partial<Record<FieldKey, string>>]> {
    const next = { ...draft };
    const found: Partial<Record<FieldKey, string>> = {};
    const caseNumber = draft.caseNumber?.trim();
    if (caseNumber) {
      const normal = normalisedCaseNumber(caseNumber);
      if (normal) next.caseNumber = normal;
      else found.caseNumber = caseNumberMessage[languageOf(i18n.language)];
    }
    const lookUps: [FieldKey, () => Promise<{ id: string } | { error: string }>][] = [];
    for (const kind of accessLogChoiceKinds) {
      const text = names[kind]?.trim();
      if (text === undefined) continue;
      if (text === '') next[kind] = '';
      else lookUps.push([kind, () => chosen(kind, text)]);
    }
    if (idNumber.trim()) lookUps.push(['idNumber', person]);
    for (const [key, lookUp] of lookUps) {
      try {
        const result = await lookUp();
        if ('error' in result) found[key] = result.error;
        else next[key === 'idNumber' ? 'person' : key] = result.id;
      } catch (error) {
        found[key] = error instanceof Error ? error.message : t('errors.unknown');
      }
    }
    return [next, found];
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const [next, found] = await resolve();
    setErrors(found);
    const wrong = (Object.keys(fieldIds) as FieldKey[]).find((key) => found[key]);
    // The message is read where the reviewer has to put it right.
    if (wrong) return document.getElementById(fieldIds[wrong])?.focus();
    setIdNumber('');
    onApply(next);
  }

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

  return (
    <form className="card access-log-filters" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('accessLog.filters.heading')}</h2>
      <div className="filter-grid">
        <FilterField
          id={fieldIds.caseNumber}
          label={t('accessLog.filters.caseNumber')}
          hint={t('accessLog.filters.caseNumberHint')}
          error={errors.caseNumber ?? errorFor('caseNumber')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              maxLength={30}
              value={draft.caseNumber ?? ''}
              onChange={(e) => set('caseNumber')(e.target.value)}
            />
          )}
        </FilterField>
        <PersonFilter
          idNumber={idNumber}
          onIdNumberChange={setIdNumber}
          error={errors.idNumber}
          personId={draft.person}
          personName={named?.person?.name}
          onClear={() => {
            const next = { ...draft, person: '' };
            setDraft(next);
            onApply(next);
          }}
        />
        {accessLogChoiceKinds.map((kind) => (
          <NameChoice
            key={kind}
            id={fieldIds[kind]}
            kind={kind}
            label={t(`accessLog.filters.${kind}`)}
            hint={t(`accessLog.filters.${kind}Hint`)}
            text={shownName(kind)}
            onTextChange={(text) => setNames({ ...names, [kind]: text })}
            error={errors[kind] ?? errorFor(kind)}
          />
        ))}
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
            setNames({ user: '', unit: '' });
            setIdNumber('');
            setErrors({});
            onApply({});
          }}
        >
          {t('accessLog.filters.reset')}
        </button>
      </div>
    </form>
  );
}
