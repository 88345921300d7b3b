import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../shared/fields.js';
import { useFieldError } from '../shared/fieldErrors.js';
import { fhirClientsSv } from '../../../shared/words/fhirClients.sv.js';

type KnownType = keyof typeof fhirClientsSv.resourceType;
const isKnownType = (type: string): type is KnownType => Object.hasOwn(fhirClientsSv.resourceType, type);

/** A scope in the administrator's words: "Läsa och söka möten (Appointment)", or the answer as a Task. */
export function useScopeLabel(): (scope: string) => string {
  const { t } = useTranslation();
  return (scope) => {
    const match = /^system\/(\*|\w+)\.(rs|u)$/.exec(scope);
    if (!match) return scope;
    const [, type = '', access] = match;
    if (access === 'u') return t('fhirClients.scopeUpdate');
    if (type === '*') return t('fhirClients.scopeReadAll');
    const what = isKnownType(type) ? t(`fhirClients.resourceType.${type}`) : type;
    return `${t('fhirClients.scopeRead', { what })} (${type})`;
  };
}

/** Checkboxes for the scopes Samplan's FHIR API serves, one per scope, in the order the server gives them. */
export function ScopeChoices({
  id,
  offered,
  selected,
  onChange,
}: {
  id: string;
  offered: string[];
  selected: string[];
  onChange: (scopes: string[]) => void;
}) {
  const { t } = useTranslation();
  const label = useScopeLabel();
  const error = useFieldError('scopes');
  const hint = t('fhirClients.scopesHint');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const toggle = (scope: string, on: boolean) =>
    onChange(on ? [...selected, scope] : selected.filter((other) => other !== scope));
  return (
    <fieldset className="field scope-choices">
      <legend>{t('fhirClients.scopes')}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {offered.map((scope) => {
        const inputId = `${id}-${scope.replace(/\W/g, '-')}`;
        return (
          <label key={scope} className="check" htmlFor={inputId}>
            <input
              id={inputId}
              type="checkbox"
              checked={selected.includes(scope)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => toggle(scope, event.target.checked)}
            />
            {label(scope)}
          </label>
        );
      })}
    </fieldset>
  );
}
