import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormProvider, useController, useFieldArray, useForm, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { planTemplateRoutes } from '../../../shared/api/planTemplateRoutes.js';
import {
  staleTemplateProblem,
  templateBody,
  templateContentSchema,
  type TemplateContent,
  type TemplateView,
} from '../../../shared/api/planTemplates.js';
import { targetGroups } from '../../../shared/api/vocabulary.js';
import {
  optionalTemplateSections,
  templateChecklistSteps,
  templateSectionKeys,
  type OptionalTemplateSection,
  type TemplateSectionKey,
} from '../../../shared/templateParts.js';
import { api, ApiError } from '../../api/client.js';
import { FormFieldErrors } from '../shared/fieldErrors.js';
import { CheckboxField, TextArea, TextField } from '../shared/fields.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { ticked } from '../shared/ticked.js';
import { useFormSubmit } from '../shared/useFormSubmit.js';
import { templatesKey } from './templateQueries.js';

type Step = (typeof templateChecklistSteps)[number];
const isOptional = (key: TemplateSectionKey): key is OptionalTemplateSection =>
  (optionalTemplateSections as readonly string[]).includes(key);
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The editor holds each step's checklist as the text it is written in, one item a line; the body holds the
 * items, checked by the server's schema for the content.
 */
const templateForm = templateBody.extend({
  content: templateContentSchema.extend({
    checklists: z
      .record(z.enum(templateChecklistSteps), z.string().transform(linesOf))
      .pipe(templateContentSchema.shape.checklists),
  }),
});
type TemplateForm = z.input<typeof templateForm>;

/**
 * A template written whole and saved as a new version (or, for a new one, as its first). A save based on an older
 * version is refused; the editor then offers the version someone else saved, to make the change there.
 */
export function TemplateEditor({
  start,
  onDone,
}: {
  /** The version being changed, or the content a new template starts from. */
  start: { template: TemplateView } | { content: TemplateContent };
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const editing = 'template' in start ? start.template : null;
  const form = useForm({
    resolver: useSchemaResolver(templateForm),
    defaultValues:
      'template' in start
        ? formValues(start.template.version, start.template.content)
        : formValues(0, start.content),
  });
  const targetGroupsPicked = useController({ control: form.control, name: 'content.targetGroups' });
  const hiddenSections = useController({ control: form.control, name: 'content.hiddenSections' });
  const save = useMutation({
    mutationFn: ({ content, baseVersion }: z.output<typeof templateForm>) =>
      editing
        ? api.call(planTemplateRoutes.save, { params: { id: editing.id }, body: { content, baseVersion } })
        : api.call(planTemplateRoutes.create, { body: { content } }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: templatesKey });
      onDone(
        editing ? t('templates.editor.saved', { version: saved.version }) : t('templates.editor.created'),
      );
    },
  });
  const { submit, incomplete } = useFormSubmit(form, save.mutateAsync);
  const current = staleCurrent(save.error);
  const prefix = editing ? `template-${editing.id}` : 'template-new';

  function loadCurrent(view: TemplateView) {
    form.reset(formValues(view.version, view.content));
    save.reset();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="template-editor">
      <h2>
        {editing
          ? t('templates.editor.titleEdit', { name: editing.content.name })
          : t('templates.editor.titleNew')}
      </h2>
      <p className="hint">{t('templates.editor.languageNote')}</p>
      <FormFieldErrors form={form} refusal={incomplete ? null : save.error} prefix="body.">
        <div lang="sv">
          <TextField
            id={`${prefix}-name`}
            label={t('templates.editor.name')}
            required
            field={form.register('content.name')}
          />
          <TextArea
            id={`${prefix}-description`}
            label={t('templates.editor.description')}
            rows={3}
            field={form.register('content.description')}
          />
        </div>
        <fieldset className="field">
          <legend>{t('templates.editor.targetGroups')}</legend>
          <span className="hint">{t('templates.editor.targetGroupsHint')}</span>
          {targetGroups.map((group) => (
            <CheckboxField
              key={group}
              id={`${prefix}-group-${group}`}
              path={targetGroupsPicked.field.name}
              label={t(`vocab.targetGroup.${group}`)}
              checked={targetGroupsPicked.field.value.includes(group)}
              onChange={(checked) =>
                targetGroupsPicked.field.onChange(ticked(targetGroupsPicked.field.value, group, checked))
              }
            />
          ))}
        </fieldset>
        <h3>{t('templates.sectionsTitle')}</h3>
        {templateSectionKeys.map((key) => (
          <fieldset key={key} className="plan-item" lang="sv">
            <legend>{t(`templates.sections.${key}`)}</legend>
            <TextField
              id={`${prefix}-${key}-heading`}
              label={t('templates.editor.heading')}
              hint={t('templates.editor.headingHint')}
              field={form.register(`content.sections.${key}.heading`)}
            />
            <TextArea
              id={`${prefix}-${key}-prompt`}
              label={t('templates.editor.prompt')}
              rows={2}
              field={form.register(`content.sections.${key}.prompt`)}
            />
            <TextArea
              id={`${prefix}-${key}-example`}
              label={t('templates.editor.example')}
              rows={2}
              field={form.register(`content.sections.${key}.example`)}
            />
            {isOptional(key) && (
              <CheckboxField
                id={`${prefix}-${key}-hidden`}
                path={hiddenSections.field.name}
                label={t('templates.editor.hide')}
                checked={hiddenSections.field.value.includes(key)}
                onChange={(hidden) =>
                  hiddenSections.field.onChange(ticked(hiddenSections.field.value, key, hidden))
                }
              />
            )}
          </fieldset>
        ))}
        <FormProvider {...form}>
          <ActorsEditor prefix={prefix} />
        </FormProvider>
        <h3>{t('templates.checklistsTitle')}</h3>
        {templateChecklistSteps.map((step) => (
          <TextArea
            key={step}
            id={`${prefix}-checklist-${step}`}
            label={t('templates.editor.checklist', { phase: t(`vocab.phase.${step}`) })}
            hint={t('templates.editor.checklistHint')}
            rows={3}
            field={form.register(`content.checklists.${step}`)}
          />
        ))}
      </FormFieldErrors>
      {current ? (
        <div className="alert alert-warn" role="alert">
          <p>{t('templates.editor.stale')}</p>
          <button type="button" className="button-secondary" onClick={() => loadCurrent(current)}>
            {t('templates.editor.loadCurrent')}
          </button>
        </div>
      ) : (
        <ErrorMessage error={incomplete ? new Error(t('case.form.incomplete')) : save.error} />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending
            ? t('app.saving')
            : editing
              ? t('templates.editor.save')
              : t('templates.editor.saveNew')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone('')}>
          {t('templates.editor.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The actors to consider inviting, each named and said why; added and removed as rows. */
function ActorsEditor({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { control, register } = useFormContext<TemplateForm>();
  const actors = useFieldArray({ control, name: 'content.actorsToInvite' });
  return (
    <>
      <h3>{t('templates.actorsTitle')}</h3>
      {actors.fields.map((actor, index) => (
        <fieldset key={actor.id} className="plan-item" lang="sv">
          <legend>{t('templates.editor.actorN', { n: index + 1 })}</legend>
          <TextField
            id={`${prefix}-actor-${index}-name`}
            label={t('templates.editor.actorName')}
            required
            field={register(`content.actorsToInvite.${index}.name`)}
          />
          <TextField
            id={`${prefix}-actor-${index}-why`}
            label={t('templates.editor.actorWhy')}
            field={register(`content.actorsToInvite.${index}.why`)}
          />
          <button type="button" className="button-secondary" onClick={() => actors.remove(index)}>
            {t('templates.editor.removeActor', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button-secondary" onClick={() => actors.append({ name: '', why: '' })}>
        {t('templates.editor.addActor')}
      </button>
    </>
  );
}

/** The form's values for a version: its content with each checklist as text, one item a line. */
function formValues(baseVersion: number, content: TemplateContent): TemplateForm {
  return { baseVersion, content: { ...content, checklists: checklistTexts(content) } };
}

function checklistTexts(content: TemplateContent): Record<Step, string> {
  return Object.fromEntries(
    templateChecklistSteps.map((step) => [step, content.checklists[step].join('\n')]),
  ) as Record<Step, string>;
}

function staleCurrent(error: unknown): TemplateView | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_template') return null;
  const stale = staleTemplateProblem.safeParse(error.body);
  return stale.success ? stale.data.current : null;
}
