import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planTemplateRoutes } from '../../../shared/api/planTemplateRoutes.js';
import {
  staleTemplateProblem,
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
import { FieldErrors } from '../shared/fieldErrors.js';
import { CheckboxField, TextArea, TextField } from '../shared/fields.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
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
  const [base, setBase] = useState(editing?.version ?? 0);
  const [content, setContent] = useState<TemplateContent>(
    'template' in start ? start.template.content : start.content,
  );
  const [checklists, setChecklists] = useState(() => checklistTexts(content));
  const save = useMutation({
    mutationFn: (body: TemplateContent) =>
      editing
        ? api.call(planTemplateRoutes.save, {
            params: { id: editing.id },
            body: { content: body, baseVersion: base },
          })
        : api.call(planTemplateRoutes.create, { body: { content: body } }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: templatesKey });
      onDone(
        editing ? t('templates.editor.saved', { version: saved.version }) : t('templates.editor.created'),
      );
    },
  });
  const current = staleCurrent(save.error);
  const update = (patch: Partial<TemplateContent>) => setContent((before) => ({ ...before, ...patch }));
  const setSection = (
    key: TemplateSectionKey,
    patch: Partial<TemplateContent['sections'][TemplateSectionKey]>,
  ) => update({ sections: { ...content.sections, [key]: { ...content.sections[key], ...patch } } });
  const prefix = editing ? `template-${editing.id}` : 'template-new';

  function submit(event: FormEvent) {
    event.preventDefault();
    const lists = Object.fromEntries(
      templateChecklistSteps.map((step) => [step, linesOf(checklists[step])]),
    ) as TemplateContent['checklists'];
    save.mutate({ ...content, checklists: lists });
  }

  function loadCurrent(view: TemplateView) {
    setBase(view.version);
    setContent(view.content);
    setChecklists(checklistTexts(view.content));
    save.reset();
  }

  return (
    <form onSubmit={submit} noValidate className="template-editor">
      <h2>
        {editing
          ? t('templates.editor.titleEdit', { name: editing.content.name })
          : t('templates.editor.titleNew')}
      </h2>
      <p className="hint">{t('templates.editor.languageNote')}</p>
      <FieldErrors error={save.error} prefix="body.content.">
        <div lang="sv">
          <TextField
            id={`${prefix}-name`}
            path="name"
            label={t('templates.editor.name')}
            required
            value={content.name}
            onChange={(name) => update({ name })}
          />
          <TextArea
            id={`${prefix}-description`}
            path="description"
            label={t('templates.editor.description')}
            rows={3}
            value={content.description}
            onChange={(description) => update({ description })}
          />
        </div>
        <fieldset className="field">
          <legend>{t('templates.editor.targetGroups')}</legend>
          <span className="hint">{t('templates.editor.targetGroupsHint')}</span>
          {targetGroups.map((group) => (
            <CheckboxField
              key={group}
              id={`${prefix}-group-${group}`}
              path="targetGroups"
              label={t(`vocab.targetGroup.${group}`)}
              checked={content.targetGroups.includes(group)}
              onChange={(checked) =>
                update({
                  targetGroups: checked
                    ? [...content.targetGroups, group]
                    : content.targetGroups.filter((other) => other !== group),
                })
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
              path={`sections.${key}.heading`}
              label={t('templates.editor.heading')}
              hint={t('templates.editor.headingHint')}
              value={content.sections[key].heading}
              onChange={(heading) => setSection(key, { heading })}
            />
            <TextArea
              id={`${prefix}-${key}-prompt`}
              path={`sections.${key}.prompt`}
              label={t('templates.editor.prompt')}
              rows={2}
              value={content.sections[key].prompt}
              onChange={(prompt) => setSection(key, { prompt })}
            />
            <TextArea
              id={`${prefix}-${key}-example`}
              path={`sections.${key}.example`}
              label={t('templates.editor.example')}
              rows={2}
              value={content.sections[key].example}
              onChange={(example) => setSection(key, { example })}
            />
            {isOptional(key) && (
              <CheckboxField
                id={`${prefix}-${key}-hidden`}
                path="hiddenSections"
                label={t('templates.editor.hide')}
                checked={content.hiddenSections.includes(key)}
                onChange={(hidden) =>
                  update({
                    hiddenSections: hidden
                      ? [...content.hiddenSections, key]
                      : content.hiddenSections.filter((other) => other !== key),
                  })
                }
              />
            )}
          </fieldset>
        ))}
        <ActorsEditor prefix={prefix} content={content} update={update} />
        <h3>{t('templates.checklistsTitle')}</h3>
        {templateChecklistSteps.map((step) => (
          <TextArea
            key={step}
            id={`${prefix}-checklist-${step}`}
            path={`checklists.${step}`}
            label={t('templates.editor.checklist', { phase: t(`vocab.phase.${step}`) })}
            hint={t('templates.editor.checklistHint')}
            rows={3}
            value={checklists[step]}
            onChange={(text) => setChecklists((before) => ({ ...before, [step]: text }))}
          />
        ))}
      </FieldErrors>
      {current ? (
        <div className="alert alert-warn" role="alert">
          <p>{t('templates.editor.stale')}</p>
          <button type="button" className="button-secondary" onClick={() => loadCurrent(current)}>
            {t('templates.editor.loadCurrent')}
          </button>
        </div>
      ) : (
        <ErrorMessage error={save.error} />
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

function ActorsEditor({
  prefix,
  content,
  update,
}: {
  prefix: string;
  content: TemplateContent;
  update: (patch: Partial<TemplateContent>) => void;
}) {
  const { t } = useTranslation();
  const actors = content.actorsToInvite;
  const setActor = (index: number, patch: Partial<(typeof actors)[number]>) =>
    update({ actorsToInvite: actors.map((actor, i) => (i === index ? { ...actor, ...patch } : actor)) });
  return (
    <>
      <h3>{t('templates.actorsTitle')}</h3>
      {actors.map((actor, index) => (
        <fieldset key={index} className="plan-item" lang="sv">
          <legend>{t('templates.editor.actorN', { n: index + 1 })}</legend>
          <TextField
            id={`${prefix}-actor-${index}-name`}
            path={`actorsToInvite.${index}.name`}
            label={t('templates.editor.actorName')}
            required
            value={actor.name}
            onChange={(name) => setActor(index, { name })}
          />
          <TextField
            id={`${prefix}-actor-${index}-why`}
            path={`actorsToInvite.${index}.why`}
            label={t('templates.editor.actorWhy')}
            value={actor.why}
            onChange={(why) => setActor(index, { why })}
          />
          <button
            type="button"
            className="button-secondary"
            onClick={() => update({ actorsToInvite: actors.filter((_, i) => i !== index) })}
          >
            {t('templates.editor.removeActor', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => update({ actorsToInvite: [...actors, { name: '', why: '' }] })}
      >
        {t('templates.editor.addActor')}
      </button>
    </>
  );
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
