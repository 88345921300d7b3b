import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import type { SipDetail } from '../../../shared/api/responses.js';
import { chooseTemplateBody, type TemplateView } from '../../../shared/api/planTemplates.js';
import { planRoutes } from '../../../shared/api/planRoutes.js';
import { api } from '../../api/client.js';
import { useTemplates } from '../templates/templateQueries.js';
import type { Can } from './commands.js';
import { SelectField } from '../shared/fields.js';
import { Loading } from '../shared/Loading.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/** The template's choice for the case: its target group's (the empty value), or one chosen instead. */
const ofTargetGroup = '';

/** The choice as the drop-down holds it, the target group's sent as none. */
const templateChoice = z
  .object({ templateId: z.string() })
  .transform(({ templateId }) => ({ templateId: templateId === ofTargetGroup ? null : templateId }))
  .pipe(chooseTemplateBody);

/**
 * Which template guides the case's plan, and, for a unit that writes the plan, another to choose: a child's case
 * with a disability may be better served by the disability template than by the one for its target group.
 */
export function TemplateChooser({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const current = sip.template;
  // Whether the choice is open is the page's, not the form's: the form starts anew from the case each time.
  const [choosing, setChoosing] = useState(false);

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
      {/* The drop-down's default is one of the templates, so its options are there before it is. */}
      {choosing &&
        (templates.isPending ? (
          <Loading />
        ) : (
          <ChooseTemplateForm
            sip={sip}
            templates={templates.data?.templates ?? []}
            onDone={() => setChoosing(false)}
          />
        ))}
    </div>
  );
}

function ChooseTemplateForm({
  sip,
  templates,
  onDone,
}: {
  sip: SipDetail;
  templates: TemplateView[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const current = sip.template;
  const form = useForm({
    resolver: useSchemaResolver(templateChoice),
    defaultValues: { templateId: current?.chosen ? current.id : ofTargetGroup },
  });
  const choose = useCaseAction(
    sip.id,
    (body: z.output<typeof chooseTemplateBody>) =>
      api.call(planRoutes.chooseTemplate, { params: { id: sip.id }, body }),
    t('case.template.changed'),
    onDone,
  );

  return (
    <StepForm
      form={form}
      action={choose}
      label={t('case.template.save')}
      onCancel={onDone}
      className="inline-form"
    >
      <SelectField
        id="case-template"
        label={t('case.template.choose')}
        field={form.register('templateId')}
        options={[
          { value: ofTargetGroup, label: t('case.template.targetGroupOption') },
          ...templates.map((template) => ({
            value: template.id,
            label: template.content.name,
          })),
        ]}
      />
    </StepForm>
  );
}
