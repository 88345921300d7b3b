import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { personLookupBody } from '../../../shared/api/requests.js';
import { TextField } from './TextField.js';

export type PersonLookupInput = z.input<typeof personLookupBody>;
export type PersonLookupBody = z.output<typeof personLookupBody>;

interface PersonLookupFormProps {
  form: UseFormReturn<PersonLookupInput, unknown, PersonLookupBody>;
  /** Called on every change of the number or of its kind: what was found for the old one no longer holds. */
  onIdentityChange: () => void;
  onSearch: (body: PersonLookupBody) => void;
  searching: boolean;
  error?: string;
}

/** Step 1: the identity number (or a reserve number) that the server checks and looks up. */
export function PersonLookupForm({
  form,
  onIdentityChange,
  onSearch,
  searching,
  error,
}: PersonLookupFormProps) {
  const { t } = useTranslation();
  const reserve = useWatch({ control: form.control, name: 'reserve' });
  return (
    <form onSubmit={(event) => void form.handleSubmit(onSearch)(event)} noValidate className="lookup-form">
      <TextField
        id="idNumber"
        label={reserve ? t('start.newSipPage.reserveNumber') : t('start.newSipPage.idNumber')}
        hint={reserve ? t('start.newSipPage.reserveNumberHint') : t('start.newSipPage.idNumberHint')}
        field={form.register('idNumber', { onChange: onIdentityChange })}
        error={error}
        required
        autoComplete="off"
        inputMode={reserve ? 'text' : 'numeric'}
        maxLength={20}
      />
      <label className="check">
        <input type="checkbox" {...form.register('reserve', { onChange: onIdentityChange })} />
        {t('start.newSipPage.reserve')}
      </label>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={searching}>
          {searching ? t('start.newSipPage.searching') : t('start.newSipPage.search')}
        </button>
      </div>
    </form>
  );
}
