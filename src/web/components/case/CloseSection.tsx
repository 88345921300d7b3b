import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { closeBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { closureReasons } from '../../../shared/api/vocabulary.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import type { Can } from './commands.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts, Prose } from '../shared/Facts.js';
import { RadioGroup, TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { Section } from '../shared/Section.js';
import { StepForm } from '../shared/StepForm.js';
import { formatDateTime } from '../shared/time.js';
import { useCaseAction } from './useCaseAction.js';

/** Ending the SIP, with the reason counted in the statistics. */
export function CloseSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { closure } = sip;
  return (
    <Section id="closure" title={t('case.closure.title')} guidance="closing">
      {closure ? (
        <Facts
          items={[
            [t('case.closure.closedAt'), formatDateTime(closure.closedAt)],
            [t('case.closure.reason'), t(`case.vocab.closureReason.${closure.reason}`)],
            [t('case.closure.note'), closure.note && <Prose text={closure.note} />],
          ]}
        />
      ) : (
        can('close') && (
          <Disclosure id="closure-form" label={t('case.closure.open')} className="button-danger">
            {(close) => <CloseForm sip={sip} onDone={close} />}
          </Disclosure>
        )
      )}
    </Section>
  );
}

function CloseForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(closeBody), defaultValues: { note: '' } });
  const close = useCaseAction(
    sip.id,
    (body: z.output<typeof closeBody>) => api.call(caseRoutes.close, { params: { id: sip.id }, body }),
    t('case.closure.saved'),
    onDone,
  );

  return (
    <StepForm form={form} action={close} label={t('case.closure.confirm')} onCancel={onDone} danger>
      <p>{t('case.closure.intro')}</p>
      <RadioGroup
        id="closure-reason"
        legend={t('case.closure.reason')}
        field={form.register('reason')}
        options={closureReasons.map((value) => ({ value, label: t(`case.vocab.closureReason.${value}`) }))}
      />
      <TextArea id="closure-note" label={t('case.closure.note')} field={form.register('note')} />
    </StepForm>
  );
}
