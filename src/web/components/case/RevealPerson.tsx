import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { revealBody } from '../../../shared/api/requests.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts } from '../shared/Facts.js';
import { FormFieldErrors } from '../shared/fieldErrors.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { useFormSubmit } from '../shared/useFormSubmit.js';

/**
 * A protected person's name and contact details stay hidden until someone states why they need them; the
 * reason goes to the access log. What is shown lives only on this page and is gone when it is left.
 */
export function RevealPerson({ sipId }: { sipId: string }) {
  const { t } = useTranslation();
  const reveal = useMutation({
    mutationFn: (body: z.output<typeof revealBody>) =>
      api.call(caseRoutes.revealPerson, { params: { id: sipId }, body }),
  });

  if (reveal.data) {
    const person = reveal.data;
    return (
      <div className="alert alert-warn" role="status">
        <p>{t('case.header.revealedNote')}</p>
        <Facts
          items={[
            [t('case.header.name'), `${person.givenName} ${person.familyName}`],
            [t('case.header.address'), person.address],
            [t('case.header.phone'), person.phone],
          ]}
        />
      </div>
    );
  }

  return (
    <Disclosure id="reveal-person" label={t('case.header.reveal')}>
      {() => <ReasonForm send={reveal.mutateAsync} sending={reveal.isPending} refusal={reveal.error} />}
    </Disclosure>
  );
}

/** Why the details are needed, checked by the server's schema for it before anything is asked. */
function ReasonForm({
  send,
  sending,
  refusal,
}: {
  send: (body: z.output<typeof revealBody>) => Promise<unknown>;
  sending: boolean;
  refusal: Error | null;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(revealBody), defaultValues: { reason: '' } });
  const { submit, incomplete } = useFormSubmit(form, send);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <FormFieldErrors form={form} refusal={null} prefix="body.">
        <TextField
          id="reveal-reason"
          label={t('case.header.revealReason')}
          hint={t('case.header.revealReasonHint')}
          required
          requiredMark={false}
          field={form.register('reason')}
        />
      </FormFieldErrors>
      <ErrorMessage error={incomplete ? null : refusal} />
      <button type="submit" className="button-primary" disabled={sending}>
        {sending ? t('app.loading') : t('case.header.revealSubmit')}
      </button>
    </form>
  );
}
