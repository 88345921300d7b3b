import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planRoutes } from '../../../../shared/api/planRoutes.js';
import { stalePlanProblem, type Organisations, type SipDetail } from '../../../../shared/api/responses.js';
import type { PlanContent } from '../../../../shared/plan.js';
import { api, ApiError } from '../../../api/client.js';
import { ErrorMessage } from '../../shared/ErrorMessage.js';
import type { Can } from '../commands.js';
import { FieldErrors } from '../../shared/fieldErrors.js';
import { TextField } from '../../shared/fields.js';
import { checkChoices } from '../../shared/localCheck.js';
import { isChild } from '../person.js';
import { useCaseAction } from '../useCaseAction.js';
import { isPrincipal, unitOptionGroups, type UnitInfo } from '../units.js';
import { emptyPlan } from '../../../../shared/emptyPlan.js';
import { EffortsEditor } from './EffortsEditor.js';
import { EstablishPlan } from './EstablishPlan.js';
import { GoalsEditor } from './GoalsEditor.js';
import { MeasuresEditor } from './MeasuresEditor.js';
import { MissingParts } from './MissingParts.js';
import { PlanFollowUpFields } from './PlanFollowUpFields.js';
import { samePlan } from './planIds.js';
import { principalOptions } from './planOptions.js';
import { PlanOtherFields } from './PlanOtherFields.js';
import { PlanPersonFields } from './PlanPersonFields.js';
import { ResponsibilityFields } from './ResponsibilityFields.js';
import { StalePlanNotice, type PlanView } from './StalePlanNotice.js';
import { UnsavedDraft } from './UnsavedDraft.js';
import './planEditor.css';

interface SaveRequest {
  baseRevision: number;
  content: PlanContent;
  reason: string;
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
  const [content, setContent] = useState<PlanContent>(() => server?.content ?? emptyPlan());
  const [saved, setSaved] = useState<PlanContent>(() => server?.content ?? emptyPlan());
  const [baseRevision, setBaseRevision] = useState(server?.revision ?? 0);
  const [seenRevision, setSeenRevision] = useState(server?.revision ?? 0);
  const [reason, setReason] = useState('');
  const [rescued, setRescued] = useState<PlanContent | null>(null);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const dirty = !samePlan(content, saved);

  // A newer plan from the server (another unit saved, or the case was fetched anew) replaces an untouched form;
  // a form with unsaved text is left alone and the conflict is settled when it is saved.
  const serverRevision = server?.revision ?? 0;
  if (serverRevision !== seenRevision) {
    setSeenRevision(serverRevision);
    if (server && !dirty && serverRevision > baseRevision) {
      setContent(server.content);
      setSaved(server.content);
      setBaseRevision(serverRevision);
    }
  }

  const save = useCaseAction(
    sip.id,
    (request: SaveRequest) => api.call(planRoutes.save, { params: { id: sip.id }, body: request }),
    established ? t('case.plan.changeSaved') : t('case.plan.saved'),
    (result, request) => {
      setSaved(request.content);
      // The case the save answers with holds the revision it produced; a save adds exactly one.
      setBaseRevision(result.plan?.revision ?? request.baseRevision + 1);
      setReason('');
      onSaved?.();
    },
  );
  const current = staleCurrent(save.error);
  const update = (patch: Partial<PlanContent>) => setContent((before) => ({ ...before, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkChoices([['reason', established && reason.trim() === '']], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.fillIn'),
    });
    setLocalError(missing);
    if (!missing) save.mutate({ baseRevision, content, reason });
  }

  function loadCurrent(view: PlanView) {
    setRescued(content);
    setContent(view.content);
    setSaved(view.content);
    setBaseRevision(view.revision);
    save.reset();
  }

  function keepMine(view: PlanView) {
    setBaseRevision(view.revision);
    save.mutate({ baseRevision: view.revision, content, reason });
  }

  const kindName = (kind: UnitInfo['organisationKind']) => t(`case.vocab.organisationKind.${kind}`);
  const participantsLabel = { participants: t('case.units.participants') };

  return (
    <>
      <form onSubmit={submit} noValidate className="plan-editor">
        {current && (
          <StalePlanNotice
            current={current}
            onLoadCurrent={() => loadCurrent(current)}
            onKeepMine={() => keepMine(current)}
          />
        )}
        {rescued && <UnsavedDraft mine={rescued} current={content} onDismiss={() => setRescued(null)} />}
        {server && !established && (
          <MissingParts missing={server.missing} linked stale={dirty} sipId={sip.id} />
        )}
        <FieldErrors error={save.error} prefix="body.content.">
          <PlanPersonFields content={content} update={update} />
          <GoalsEditor content={content} update={update} />
          <EffortsEditor
            content={content}
            update={update}
            units={units}
            unitGroups={unitOptionGroups(sip, organisations, participantsLabel)}
          />
          <MeasuresEditor content={content} update={update} />
          <ResponsibilityFields
            content={content}
            update={update}
            principals={principalOptions(
              sip,
              organisations,
              content.overallResponsibilityOrganisationId,
              kindName,
            )}
            coordinatorUnits={unitOptionGroups(sip, organisations, participantsLabel, isPrincipal)}
            writers={sip.participants
              .filter((unit) => isPrincipal(unit.organisationKind))
              .map((unit) => ({ value: unit.unitId, label: `${unit.unitName} (${unit.organisationName})` }))}
          />
          <PlanFollowUpFields content={content} update={update} />
          <PlanOtherFields content={content} update={update} child={isChild(sip)} />
        </FieldErrors>
        {established && (
          <FieldErrors error={localError ?? save.error}>
            <TextField
              id="plan-reason"
              path="reason"
              label={t('case.plan.reason')}
              hint={t('case.plan.reasonHint')}
              required
              value={reason}
              onChange={setReason}
            />
          </FieldErrors>
        )}
        {!current && <ErrorMessage error={localError ? new Error(localError.message) : save.error} />}
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
