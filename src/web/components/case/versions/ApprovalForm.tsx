import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalMethods } from '../../../../shared/api/vocabulary.js';
import { api, type ApiError } from '../../../api/client.js';
import { FieldErrors } from '../../shared/fieldErrors.js';
import { RadioGroup, TextField } from '../../shared/fields.js';
import { FormError } from '../../shared/FormError.js';
import { checkChoices } from '../../shared/localCheck.js';
import { useCaseAction } from '../useCaseAction.js';

type Method = (typeof approvalMethods)[number];

/** The individual's approval of a version; it replaces the signatures the law does not require. */
export function ApprovalForm({
  sipId,
  version,
  onDone,
}: {
  sipId: string;
  version: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method | ''>('');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const approve = useCaseAction(
    sipId,
    () => api.post(`/api/sips/${sipId}/plan/versions/${version}/approval`, { method, note }),
    t('case.versions.approvalSaved', { version }),
    onDone,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = checkChoices([['method', method === '']], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.choose'),
    });
    setLocalError(missing);
    if (!missing) approve.mutate(undefined);
  }

  return (
    <form onSubmit={submit} noValidate className="subpanel">
      <h3>{t('case.versions.approvalTitle', { version })}</h3>
      <p className="hint">{t('case.versions.approvalHint')}</p>
      <FieldErrors error={localError ?? approve.error}>
        <RadioGroup
          id={`approval-${version}-method`}
          path="method"
          legend={t('case.versions.approvalMethod')}
          value={method}
          onChange={setMethod}
          inline
          options={approvalMethods.map((value) => ({
            value,
            label: t(`case.vocab.approvalMethod.${value}`),
          }))}
        />
        <TextField
          id={`approval-${version}-note`}
          path="note"
          label={t('case.versions.approvalNote')}
          value={note}
          onChange={setNote}
        />
      </FieldErrors>
      <FormError local={localError} remote={approve.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={approve.isPending}>
          {approve.isPending ? t('app.saving') : t('case.versions.saveApproval')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('case.form.cancel')}
        </button>
      </div>
    </form>
  );
}
