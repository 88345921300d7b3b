import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Organisations } from '../../../shared/api/responses.js';
import { InitiatorTypeFieldset } from './InitiatorTypeFieldset.js';
import { InitiatorUnitSelect } from './InitiatorUnitSelect.js';
import { asksForName, asksForUnit, type NewSipInput } from './newSipForm.js';
import { TargetGroupSelect } from './TargetGroupSelect.js';
import { TextField } from './TextField.js';

interface NeedFieldsProps {
  organisations: Organisations;
  actingUnitId: string | null;
}

/** Step 2: who noticed the need, the target group, and why coordination is needed. */
export function NeedFields({ organisations, actingUnitId }: NeedFieldsProps) {
  const { t } = useTranslation();
  const { register, control, getValues, setValue } = useFormContext<NewSipInput>();
  const initiatorType = useWatch({ control, name: 'need.initiatorType' });
  const unit = useController({ control, name: 'need.initiatorUnitId' });

  const type = register('need.initiatorType', {
    onChange: () => {
      // Staff most often raise the need on behalf of their own unit; start from it, never overwrite a choice.
      if (getValues('need.initiatorType') === 'staff' && !getValues('need.initiatorUnitId'))
        setValue('need.initiatorUnitId', actingUnitId ?? '');
    },
  });

  return (
    <>
      <InitiatorTypeFieldset field={type} />
      {asksForUnit(initiatorType) && <InitiatorUnitSelect field={unit.field} organisations={organisations} />}
      {asksForName(initiatorType) && (
        <TextField
          id="initiatorName"
          label={t('start.newSipPage.initiatorName')}
          hint={t('start.newSipPage.initiatorNameHint')}
          field={register('need.initiatorName')}
          autoComplete="off"
          maxLength={200}
        />
      )}
      <TargetGroupSelect field={register('need.targetGroup')} />
      <TextField
        id="description"
        multiline
        label={t('start.newSipPage.description')}
        hint={t('start.newSipPage.descriptionHint')}
        field={register('need.description')}
        required
        maxLength={10_000}
      />
    </>
  );
}
