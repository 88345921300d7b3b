import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseNumberSearchProblem } from '../../../shared/api/sipListFields.js';
import { sipPhaseValues, targetGroups, unitPartValues } from '../../../shared/api/vocabulary.js';
import { languageOf } from '../../i18n/language.js';
import { FilterField } from '../shared/FilterField.js';
import { FilterSelect } from '../shared/FilterSelect.js';
import { dueChoices, noFilter, type SipListFilterDraft } from './sipListAddress.js';

interface SipListFiltersProps {
  filter: SipListFilterDraft;
  /** The server's message for a filter, by its name, when it refused one. */
  errorFor: (key: string) => string | undefined;
  onApply: (filter: SipListFilterDraft) => void;
}

/**
 * The list's filters. Nothing is fetched until the form is sent, and a case-number search that is not one (a name,
 * an identity number) is stopped here, before it can reach the address.
 */
export function SipListFilters({ filter, errorFor, onApply }: SipListFiltersProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(filter);
  const [caseNumberError, setCaseNumberError] = useState<string>();
  const caseNumberInput = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const caseNumber = draft.caseNumber.trim();
    const problem = caseNumber ? caseNumberSearchProblem(caseNumber) : null;
    setCaseNumberError(problem?.[languageOf(i18n.language)]);
    // The message is read where the user has to put it right.
    if (problem) caseNumberInput.current?.focus();
    else onApply({ ...draft, caseNumber });
  }

  function togglePhase(phase: (typeof sipPhaseValues)[number], on: boolean) {
    const chosen = on ? [...draft.phase, phase] : draft.phase.filter((p) => p !== phase);
    setDraft({ ...draft, phase: sipPhaseValues.filter((p) => chosen.includes(p)) });
  }

  return (
    <form className="sip-list-filters" aria-label={t('start.sips.filters')} onSubmit={submit} noValidate>
      <fieldset className="phase-choices">
        <legend>{t('start.sips.filterPhase')}</legend>
        {sipPhaseValues.map((phase) => (
          <label className="check" key={phase}>
            <input
              type="checkbox"
              name="phase"
              value={phase}
              checked={draft.phase.includes(phase)}
              onChange={(event) => togglePhase(phase, event.target.checked)}
            />
            {t(`vocab.phase.${phase}`)}
          </label>
        ))}
      </fieldset>
      <div className="filter-grid">
        <FilterSelect
          id="sip-filter-target-group"
          label={t('start.sips.filterTargetGroup')}
          value={draft.targetGroup}
          options={targetGroups}
          optionLabel={(group) => t(`vocab.targetGroup.${group}`)}
          anyLabel={t('start.sips.allTargetGroups')}
          onChange={(targetGroup) => setDraft({ ...draft, targetGroup })}
        />
        <FilterSelect
          id="sip-filter-part"
          label={t('start.sips.filterPart')}
          value={draft.part}
          options={unitPartValues}
          optionLabel={(part) => t(`vocab.part.${part}`)}
          anyLabel={t('start.sips.allParts')}
          onChange={(part) => setDraft({ ...draft, part })}
        />
        <FilterField id="sip-filter-due" label={t('start.sips.filterDue')}>
          {(control) => (
            <select
              {...control}
              value={draft.dueWithinDays ?? ''}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  dueWithinDays: dueChoices.find((days) => String(days) === event.target.value) ?? null,
                })
              }
            >
              <option value="">{t('start.sips.anyDate')}</option>
              {dueChoices.map((days) => (
                <option key={days} value={days}>
                  {t(`start.sips.due.${days}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField
          id="sip-filter-case-number"
          label={t('start.sips.filterCaseNumber')}
          hint={t('start.sips.caseNumberHint')}
          error={caseNumberError ?? errorFor('caseNumber')}
        >
          {(control) => (
            <input
              {...control}
              ref={caseNumberInput}
              type="search"
              autoComplete="off"
              maxLength={20}
              value={draft.caseNumber}
              onChange={(event) => setDraft({ ...draft, caseNumber: event.target.value })}
            />
          )}
        </FilterField>
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('start.sips.apply')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft(noFilter);
            setCaseNumberError(undefined);
            onApply(noFilter);
          }}
        >
          {t('start.sips.reset')}
        </button>
      </div>
    </form>
  );
}
