import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  routineTextBody,
  routineTextChangedProblem,
  type RoutineTextVersion,
} from '../../../shared/api/guidance.js';
import { routineTextMaxLength, type GuidanceStep } from '../../../shared/guidance.js';
import { ApiError } from '../../api/client.js';
import { localeOf } from '../../i18n/language.js';
import { Disclosure } from '../shared/Disclosure.js';
import { FieldMessages } from '../shared/fields.js';
import { FormActions } from '../shared/FormActions.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { useFormSubmit } from '../shared/useFormSubmit.js';
import { Heading } from './Heading.js';
import { useSaveRoutineText } from './guidanceQueries.js';
import { RoutineText } from './RoutineText.js';

/** What a refused edit carries when someone else saved first: the text as it now reads, or null if removed. */
function currentOf(error: unknown): RoutineTextVersion | null | undefined {
  if (!(error instanceof ApiError) || error.code !== 'routine_text_changed') return undefined;
  const changed = routineTextChangedProblem.safeParse(error.body);
  return changed.success ? changed.data.current : null;
}

/**
 * The system administrator's editor for one step's routine text: Markdown in a text area, its preview as readers
 * will see it, saved as a new version. The edit remembers the version it started from; if someone else saved in
 * between, the server refuses it and the editor shows their text beside the draft, to save again on top of it.
 */
export function RoutineTextEditor({
  step,
  current,
  headingLevel,
  onSaved,
}: {
  step: GuidanceStep;
  current: RoutineTextVersion | null;
  headingLevel: number;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Disclosure id={`routine-editor-${step}`} label={t('guidance.editor.open')}>
      {(close) => (
        <EditorForm
          step={step}
          current={current}
          headingLevel={headingLevel}
          onDone={(message) => {
            onSaved(message);
            close();
          }}
          onCancel={close}
        />
      )}
    </Disclosure>
  );
}

function EditorForm({
  step,
  current,
  headingLevel,
  onDone,
  onCancel,
}: {
  step: GuidanceStep;
  current: RoutineTextVersion | null;
  headingLevel: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fieldId = useId();
  const stepName = t(`guidance.steps.${step}`);
  const form = useForm({
    resolver: useSchemaResolver(routineTextBody),
    defaultValues: { markdown: current?.markdown ?? '', baseVersion: current?.version ?? 0 },
  });
  const draft = useWatch({ control: form.control, name: 'markdown' });
  const save = useSaveRoutineText(step);
  const { submit, incomplete } = useFormSubmit(form, (body) =>
    save.mutateAsync(body, {
      onSuccess: (saved) =>
        onDone(
          saved.version === body.baseVersion
            ? t('guidance.editor.unchanged', { step: stepName })
            : t('guidance.editor.saved', { step: stepName, version: saved.version }),
        ),
      // Someone else saved first: the next save goes on top of their version, once the editor has seen it.
      onError: (error) => {
        const now = currentOf(error);
        if (now !== undefined) form.setValue('baseVersion', now?.version ?? 0);
      },
    }),
  );
  const theirs = currentOf(save.error);
  const error = form.formState.errors.markdown?.message;
  const max = routineTextMaxLength.toLocaleString(localeOf(i18n.language));

  return (
    <form className="routine-editor" onSubmit={(event) => void submit(event)} noValidate>
      <div className="routine-editor-columns">
        <div className="field">
          <label htmlFor={fieldId}>{t('guidance.editor.label', { step: stepName })}</label>
          <FieldMessages id={fieldId} hint={t('guidance.editor.hint', { max })} error={error} />
          <textarea
            id={fieldId}
            lang="sv"
            maxLength={routineTextMaxLength}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${fieldId}-hint`, error ? `${fieldId}-error` : '', `${fieldId}-count`]
              .filter(Boolean)
              .join(' ')}
            {...form.register('markdown')}
          />
          <span className="hint" id={`${fieldId}-count`}>
            {t('guidance.editor.characters', {
              count: draft.length.toLocaleString(localeOf(i18n.language)),
              max,
            })}
          </span>
        </div>
        <div>
          <Heading level={headingLevel}>{t('guidance.editor.preview')}</Heading>
          <div className="routine-preview">
            {draft.trim() ? (
              <div lang="sv">
                <RoutineText markdown={draft} headingLevel={headingLevel + 1} />
              </div>
            ) : (
              <p>{t('guidance.editor.previewEmpty')}</p>
            )}
          </div>
        </div>
      </div>
      {theirs !== undefined && (
        <div className="alert alert-warn">
          {theirs ? (
            <>
              <p>{t('guidance.editor.conflictCurrent', { version: theirs.version })}</p>
              <pre className="routine-source" lang="sv">
                {theirs.markdown}
              </pre>
            </>
          ) : (
            <p>{t('guidance.editor.conflictNone')}</p>
          )}
        </div>
      )}
      <FormActions
        action={save}
        label={t('guidance.editor.save')}
        localError={incomplete ? new Error(t('case.form.incomplete')) : null}
        onCancel={onCancel}
      />
    </form>
  );
}
