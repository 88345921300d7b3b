import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField.js';

interface PersonLookupFormProps {
  idNumber: string;
  reserve: boolean;
  onIdNumberChange: (value: string) => void;
  onReserveChange: (value: boolean) => void;
  onSearch: () => void;
  searching: boolean;
  error?: string;
}

/** Step 1: the identity number (or a reserve number) that the server checks and looks up. */
export function PersonLookupForm(props: PersonLookupFormProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSearch();
  }
  return (
    <form onSubmit={submit} noValidate className="lookup-form">
      <TextField
        id="idNumber"
        label={props.reserve ? t('start.newSipPage.reserveNumber') : t('start.newSipPage.idNumber')}
        hint={props.reserve ? t('start.newSipPage.reserveNumberHint') : t('start.newSipPage.idNumberHint')}
        value={props.idNumber}
        onChange={props.onIdNumberChange}
        error={props.error}
        required
        autoComplete="off"
        inputMode={props.reserve ? 'text' : 'numeric'}
        maxLength={20}
      />
      <label className="check">
        <input
          type="checkbox"
          name="reserve"
          checked={props.reserve}
          onChange={(event) => props.onReserveChange(event.target.checked)}
        />
        {t('start.newSipPage.reserve')}
      </label>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={props.searching}>
          {props.searching ? t('start.newSipPage.searching') : t('start.newSipPage.search')}
        </button>
      </div>
    </form>
  );
}
