import { useEffect, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { planRoutes } from '../../../../shared/api/planRoutes.js';
import { savePlanBody } from '../../../../shared/api/requests.js';
import { stalePlanProblem, type Organisations, type SipDetail } from '../../../../shared/api/responses.js';
import { emptyPlan } from '../../../../shared/emptyPlan.js';
import { requiredShortText } from '../../../../shared/fields.js';
import { api, ApiError } from '../../../api/client.js';
import { ErrorMessage } from '../../shared/ErrorMessage.js';
import { FormFieldErrors } from '../../shared/fieldErrors.js';
import { TextField } from '../../shared/fields.js';
import { useSchemaResolver } from '../../shared/formSchema.js';
import { useFormSubmit } from '../../shared/useFormSubmit.js';
import type { Can } from '../commands.js';
import { isChild } from '../person.js';
import { useCaseAction } from '../useCaseAction.js';
import { isPrincipal, unitOptionGroups, type UnitInfo } from '../units.js';
import { EffortsEditor } from './EffortsEditor.js';
import { EstablishPlan } from './EstablishPlan.js';
import { GoalsEditor } from './GoalsEditor.js';
import { MeasuresEditor } from './MeasuresEditor.js';
import { MissingParts } from './MissingParts.js';
import type { PlanDraft, PlanFormValues } from './planForm.js';
import { PlanFollowUpFields } from './PlanFollowUpFields.js';
import { principalOptions } from './planOptions.js';
import { PlanOtherFields } from './PlanOtherFields.js';
import { PlanPersonFields } from './PlanPersonFields.js';
import { ResponsibilityFields } from './ResponsibilityFields.js';
import { StalePlanNotice, type PlanView } from './StalePlanNotice.js';
import { UnsavedDraft } from './UnsavedDraft.js';
import './planEditor.css';

/** An established plan is changed only with a reason, since each change becomes a version the individual sees. */
const changePlanForm = savePlanBody.extend({ reason: requiredShortText });

type SaveBody = z.output<typeof savePlanBody>;

/** A save: the body sent, and the form's values it was made from, which become what the form compares with. */
interface Saving {
  body: SaveBody;
  values: PlanFormValues;
}

function staleCurrent(error: unknown): PlanView | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_plan') return null;
  const stale = stalePlanProblem.safeParse(error.body);
  return stale.success ? stale.data.current : null;
}

/**
 * The plan as a living document, written during the meeting. The draft stays in the browser until saved; a save
 * names the revision it was based on, so two people writing at once cannot overwrite each other unseen.
 */
export function PlanEditor({
  sip,
  can,
  organisations,
  units,
  onSaved,
  onCancel,
}: {
  sip: SipDetail;
  can: Can;
  organisations: Organisations | undefined;
  units: Map<string, UnitInfo>;
  /** When changing an established plan, the editor closes once the new version is saved. */
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const server = sip.plan;
  const established = can('changePlan');
  const schema: z.ZodType<SaveBody, PlanFormValues> = established ? changePlanForm : savePlanBody;
  const form = useForm({
    resolver: useSchemaResolver(
      schema,
      {},
      { 'content.coordinator.phone': t('case.plan.coordinatorPhoneProblem') },
    ),
    defaultValues: {
      baseRevision: server?.revision ?? 0,
      content: server?.content ?? emptyPlan(),
      reason: '',
    },
  });
  const [baseRevision, chosenPrincipal] = useWatch({
    control: form.control,
    name: ['baseRevision', 'content.overallResponsibilityOrganisationId'],
  });
  const dirty = form.formState.isDirty;
  // The user's text from before they loaded someone else's newer plan, shown until they dismiss it.
  const [rescued, setRescued] = useState<PlanDraft | null>(null);

  // A newer plan from the server (another unit saved, or the case was fetched anew) replaces an untouched form;
  // a form with unsaved text is left alone and the conflict is settled when it is saved.
  useEffect(() => {
    if (server && !form.formState.isDirty && server.revision > form.getValues('baseRevision')) {
      form.reset({ baseRevision: server.revision, content: server.content, reason: '' });
    }
  }, [server, form]);

  const save = useCaseAction(
    sip.id,
    ({ body }: Saving) => api.call(planRoutes.save, { params: { id: sip.id }, body }),
    established ? t('case.plan.changeSaved') : t('case.plan.saved'),
    (result, { body, values }) => {
      // The case the save answers with holds the revision it produced; a save adds exactly one.
      const revision = result.plan?.revision ?? body.baseRevision + 1;
      form.setValue('baseRevision', revision);
      form.setValue('reason', '');
      // What was sent is what the form now compares with; anything typed while it was saved stays unsaved.
      form.reset({ ...values, baseRevision: revision, reason: '' }, { keepValues: true });
      onSaved?.();
    },
  );
  const current = staleCurrent(save.error);

  // A copy: the form's own values change in place as the user goes on typing while the save is under way.
  const { submit, incomplete } = useFormSubmit(form, (body) =>
    save.mutateAsync({ body, values: structuredClone(form.getValues()) }),
  );

  function loadCurrent(view: PlanView) {
    setRescued(form.getValues('content'));
    form.reset({ baseRevision: view.revision, content: view.content, reason: form.getValues('reason') });
    save.reset();
  }

  function keepMine(view: PlanView) {
    form.setValue('baseRevision', view.revision);
    void submit();
  }

  const kindName = (kind: UnitInfo['organisationKind']) => t(`case.vocab.organisationKind.${kind}`);
  const participantsLabel = { participants: t('case.units.participants') };

  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate className="plan-editor">
        {current && (
          <StalePlanNotice
            current={current}
            onLoadCurrent={() => loadCurrent(current)}
            onKeepMine={() => keepMine(current)}
          />
        )}
        {rescued && (
          <UnsavedDraft
            mine={rescued}
            current={form.getValues('content')}
            onDismiss={() => setRescued(null)}
          />
        )}
        {server && !established && (
          <MissingParts missing={server.missing} linked stale={dirty} sipId={sip.id} />
        )}
        <FormFieldErrors form={form} refusal={incomplete ? null : save.error} prefix="body.">
          <FormProvider {...form}>
            <PlanPersonFields />
            <GoalsEditor />
            <EffortsEditor
              units={units}
              unitGroups={unitOptionGroups(sip, organisations, participantsLabel)}
            />
            <MeasuresEditor />
            <ResponsibilityFields
              principals={principalOptions(sip, organisations, chosenPrincipal, kindName)}
              coordinatorUnits={unitOptionGroups(sip, organisations, participantsLabel, isPrincipal)}
              writers={sip.participants
                .filter((unit) => isPrincipal(unit.organisationKind))
                .map((unit) => ({
                  value: unit.unitId,
                  label: `${unit.unitName} (${unit.organisationName})`,
                }))}
            />
            <PlanFollowUpFields />
            <PlanOtherFields child={isChild(sip)} />
            {established && (
              <TextField
                id="plan-reason"
                label={t('case.plan.reason')}
                hint={t('case.plan.reasonHint')}
                required
                field={form.register('reason')}
              />
            )}
          </FormProvider>
        </FormFieldErrors>
        {!current && <ErrorMessage error={incomplete ? new Error(t('case.form.incomplete')) : save.error} />}
        <div className="save-bar">
          <p className="save-state" role="status">
            {save.isPending ? t('app.saving') : dirty ? t('case.plan.unsaved') : t('case.plan.allSaved')}
          </p>
          <div className="save-buttons">
            {onCancel && (
              <button type="button" className="button-secondary" onClick={onCancel}>
                {t('case.plan.cancelChange')}
              </button>
            )}
            <button type="submit" className="button-primary" disabled={save.isPending}>
              {save.isPending
                ? t('app.saving')
                : established
                  ? t('case.plan.saveChange')
                  : t('case.plan.save')}
            </button>
          </div>
        </div>
      </form>
      {can('establishPlan') && server && (
        <EstablishPlan
          sipId={sip.id}
          revision={baseRevision}
          dirty={dirty}
          complete={server.missing.length === 0}
        />
      )}
    </>
  );
}
