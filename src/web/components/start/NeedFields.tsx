import { useTranslation } from 'react-i18next';
import type { Organisations } from '../../../shared/api/responses.js';
import { InitiatorTypeFieldset } from './InitiatorTypeFieldset.js';
import { InitiatorUnitSelect } from './InitiatorUnitSelect.js';
import { asksForName, asksForUnit, type InitiatorType, type NeedDraft } from './newSipDraft.js';
import { TargetGroupSelect } from './TargetGroupSelect.js';
import { TextField } from './TextField.js';

interface NeedFieldsProps {
  need: NeedDraft;
  onChange: (need: NeedDraft) => void;
  organisations: Organisations;
  actingUnitId: string | null;
  errorFor: (path: string) => string | undefined;
}

/** Step 2: who noticed the need, the target group, and why coordination is needed. */
export function NeedFields({ need, onChange, organisations, actingUnitId, errorFor }: NeedFieldsProps) {
  const { t } = useTranslation();

  function changeInitiatorType(initiatorType: InitiatorType) {
    // Staff most often raise the need on behalf of their own unit; start from it, never overwrite a choice.
    const initiatorUnitId =
      initiatorType === 'staff' && !need.initiatorUnitId ? (actingUnitId ?? '') : need.initiatorUnitId;
    onChange({ ...need, initiatorType, initiatorUnitId });
  }

  return (
    <>
      <InitiatorTypeFieldset
        value={need.initiatorType}
        onChange={changeInitiatorType}
        error={errorFor('body.need.initiatorType')}
      />
      {asksForUnit(need.initiatorType) && (
        <InitiatorUnitSelect
          value={need.initiatorUnitId}
          onChange={(initiatorUnitId) => onChange({ ...need, initiatorUnitId })}
          organisations={organisations}
          error={errorFor('body.need.initiatorUnitId')}
        />
      )}
      {asksForName(need.initiatorType) && (
        <TextField
          id="initiatorName"
          label={t('start.newSipPage.initiatorName')}
          hint={t('start.newSipPage.initiatorNameHint')}
          value={need.initiatorName}
          onChange={(initiatorName) => onChange({ ...need, initiatorName })}
          error={errorFor('body.need.initiatorName')}
          autoComplete="off"
          maxLength={200}
        />
      )}
      <TargetGroupSelect
        value={need.targetGroup}
        onChange={(targetGroup) => onChange({ ...need, targetGroup })}
        error={errorFor('body.need.targetGroup')}
      />
      <TextField
        id="description"
        multiline
        label={t('start.newSipPage.description')}
        hint={t('start.newSipPage.descriptionHint')}
        value={need.description}
        onChange={(description) => onChange({ ...need, description })}
        error={errorFor('body.need.description')}
        required
        maxLength={10_000}
      />
    </>
  );
}
