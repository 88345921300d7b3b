import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisations } from '../../../shared/api/responses.js';
import { FieldMessages } from '../shared/fields.js';
import { useFieldError } from '../shared/fieldErrors.js';
import { unitsInTreeOrder } from './units.js';

const depthClass = ['unit-depth-0', 'unit-depth-1', 'unit-depth-2', 'unit-depth-3'];

/** Checkboxes for units, one group per organisation, each unit under its parent. */
export function UnitPicker({
  id,
  legend,
  hint,
  path,
  organisations,
  selected,
  onChange,
  exclude = [],
  only,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  path?: string;
  organisations: Organisations;
  selected: string[];
  onChange: (unitIds: string[]) => void;
  /** Units that cannot be chosen here, e.g. the convener's own unit when inviting. */
  exclude?: string[];
  /** When given, only these units can be chosen, e.g. the units the consent covers. */
  only?: string[];
}) {
  const { t } = useTranslation();
  const error = useFieldError(path);
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const groups = organisations
    .map((organisation) => ({
      organisation,
      units: unitsInTreeOrder(organisation).filter(
        (unit) => !exclude.includes(unit.id) && (only === undefined || only.includes(unit.id)),
      ),
    }))
    .filter((group) => group.units.length > 0);
  const toggle = (unitId: string, on: boolean) =>
    onChange(on ? [...selected, unitId] : selected.filter((other) => other !== unitId));

  return (
    <fieldset className="field unit-picker">
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <p className="hint">{t('case.units.chosen', { count: selected.length })}</p>
      {groups.length === 0 && <p>{t('case.units.noneToChoose')}</p>}
      <div className="unit-picker-groups">
        {groups.map(({ organisation, units }) => (
          <fieldset key={organisation.id} className="unit-group">
            <legend>
              {organisation.name}{' '}
              <span className="unit-group-kind">
                ({t(`case.vocab.organisationKind.${organisation.kind}`)})
              </span>
            </legend>
            {units.map((unit) => {
              const inputId = `${id}-${unit.id}`;
              return (
                <label
                  key={unit.id}
                  className={`check ${depthClass[Math.min(unit.depth, 3)]}`}
                  htmlFor={inputId}
                >
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={selected.includes(unit.id)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy}
                    onChange={(event) => toggle(unit.id, event.target.checked)}
                  />
                  {unit.name}
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
