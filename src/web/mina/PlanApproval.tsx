import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { objectionBody, type PersonPlan, type PersonSipOverview } from '../../shared/api/personSide.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { TextArea } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { StepForm } from '../components/shared/StepForm.js';
import { personKeys, refreshSip } from './personQueries.js';

/** The version waiting for the person's answer, when they may give one. */
export function versionToAnswer(overview: PersonSipOverview): number | null {
  return overview.allowedActions.includes('approvePlan') ? overview.versionToApprove : null;
}

/**
 * The person's answer to a version of the plan: approve it with one clear button, or say in their own words what
 * is wrong. The thanks stays on the page after the question is gone.
 */
export function PlanApproval({ sipId, version, asked }: { sipId: string; version: number; asked: boolean }) {
  const [thanks, setThanks] = useState('');
  return (
    <>
      <p role="status" className={thanks ? 'alert alert-ok' : undefined}>
        {thanks}
      </p>
      {asked && <ApprovalQuestion sipId={sipId} version={version} thank={setThanks} />}
    </>
  );
}

function ApprovalQuestion({
  sipId,
  version,
  thank,
}: {
  sipId: string;
  version: number;
  thank: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const params = { id: sipId, version };

  function answered(plan: PersonPlan, message: string) {
    client.setQueryData(personKeys.plan(sipId), plan);
    void client.invalidateQueries({ queryKey: personKeys.version(sipId, version) });
    void refreshSip(client, sipId);
    thank(message);
  }

  const approve = useMutation({
    mutationFn: () => api.call(personRoutes.approveVersion, { params }),
    onSuccess: (plan) => answered(plan, t('mina.approval.approved', { version })),
  });
  const object = useMutation({
    mutationFn: (body: z.output<typeof objectionBody>) =>
      api.call(personRoutes.objectToVersion, { params, body }),
    onSuccess: (plan) => {
      form.reset({ text: '' });
      answered(plan, t('mina.approval.objected'));
    },
  });
  const form = useForm({ resolver: useSchemaResolver(objectionBody), defaultValues: { text: '' } });

  return (
    <section className="card mina-approval" id="mina-approval" aria-labelledby="mina-approval-title">
      <h2 id="mina-approval-title">{t('mina.approval.title')}</h2>
      <p>{t('mina.approval.intro', { version })}</p>
      <button
        type="button"
        className="button-primary mina-wide-button"
        disabled={approve.isPending}
        onClick={() => approve.mutate()}
      >
        {approve.isPending ? t('mina.approval.approving') : t('mina.approval.approve')}
      </button>
      <ErrorMessage error={approve.error} />
      <h3>{t('mina.approval.objectTitle')}</h3>
      <StepForm
        form={form}
        action={object}
        label={t('mina.approval.send')}
        pendingLabel={t('mina.approval.sending')}
      >
        <TextArea
          id="mina-objection"
          label={t('mina.approval.objectLabel')}
          hint={t('mina.approval.objectHint')}
          field={form.register('text')}
        />
      </StepForm>
    </section>
  );
}
