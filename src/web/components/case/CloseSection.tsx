import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { closureReasons } from '../../../shared/api/vocabulary.js';
import { api } from '../../api/client.js';
import type { Can } from './commands.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts, Prose } from '../shared/Facts.js';
import { RadioGroup, TextArea } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { Section } from '../shared/Section.js';
import { StepForm } from '../shared/StepForm.js';
import { formatDateTime } from '../shared/time.js';
import { useCaseAction } from './useCaseAction.js';

type Reason = (typeof closureReasons)[number];

/** Ending the SIP, with the reason counted in the statistics. */
export function CloseSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { closure } = sip;
  if (!closure && !can('close')) return null;
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
        <Disclosure id="closure-form" label={t('case.closure.open')} className="button-danger">
          {(close) => <CloseForm sip={sip} onDone={close} />}
        </Disclosure>
      )}
    </Section>
  );
}

function CloseForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const close = useCaseAction(
    sip.id,
    () => api.post(`/api/sips/${sip.id}/close`, { reason, note }),
    t('case.closure.saved'),
    onDone,
  );

  const findMissing = () =>
    checkChoices([['reason', reason === '']], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.choose'),
    });

  return (
    <StepForm action={close} check={findMissing} label={t('case.closure.confirm')} onCancel={onDone} danger>
      <p>{t('case.closure.intro')}</p>
      <RadioGroup
        id="closure-reason"
        path="reason"
        legend={t('case.closure.reason')}
        value={reason}
        onChange={setReason}
        options={closureReasons.map((value) => ({ value, label: t(`case.vocab.closureReason.${value}`) }))}
      />
      <TextArea
        id="closure-note"
        path="note"
        label={t('case.closure.note')}
        value={note}
        onChange={setNote}
      />
    </StepForm>
  );
}
