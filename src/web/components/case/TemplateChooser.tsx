import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipDetail } from '../../../shared/api/responses.js';
import { planRoutes } from '../../../shared/api/planRoutes.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { useTemplates } from '../templates/templateQueries.js';
import type { Can } from './commands.js';
import { SelectField } from '../shared/fields.js';
import { useCaseAction } from './useCaseAction.js';

/** The template's choice for the case: its target group's (the empty value), or one chosen instead. */
const ofTargetGroup = '';

/**
 * Which template guides the case's plan, and, for a unit that writes the plan, another to choose: a child's case
 * with a disability may be better served by the disability template than by the one for its target group.
 */
export function TemplateChooser({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const current = sip.template;
  const [choosing, setChoosing] = useState(false);
  const [choice, setChoice] = useState(current?.chosen ? current.id : ofTargetGroup);
  const choose = useCaseAction(
    sip.id,
    (templateId: string | null) =>
      api.call(planRoutes.chooseTemplate, { params: { id: sip.id }, body: { templateId } }),
    t('case.template.changed'),
    () => setChoosing(false),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    choose.mutate(choice === ofTargetGroup ? null : choice);
  }

  return (
    <div className="template-line">
      <p>
        {current ? (
          <>
            {t('case.template.label')} <strong lang="sv">{current.name}</strong>{' '}
            <span className="muted">
              ({current.chosen ? t('case.template.chosen') : t('case.template.ofTargetGroup')})
            </span>
          </>
        ) : (
          t('case.template.none')
        )}{' '}
        <Link to="/templates">{t('case.template.viewAll')}</Link>
      </p>
      {can('choosePlanTemplate') && !choosing && (
        <button type="button" className="button-secondary" onClick={() => setChoosing(true)}>
          {t('case.template.change')}
        </button>
      )}
      {choosing && (
        <form onSubmit={submit} className="inline-form">
          <SelectField
            id="case-template"
            path="templateId"
            label={t('case.template.choose')}
            value={choice}
            onChange={setChoice}
            options={[
              { value: ofTargetGroup, label: t('case.template.targetGroupOption') },
              ...(templates.data?.templates ?? []).map((template) => ({
                value: template.id,
                label: template.content.name,
              })),
            ]}
          />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={choose.isPending}>
              {choose.isPending ? t('app.saving') : t('case.template.save')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setChoosing(false)}>
              {t('case.form.cancel')}
            </button>
          </div>
          <ErrorMessage error={choose.error} />
        </form>
      )}
    </div>
  );
}
