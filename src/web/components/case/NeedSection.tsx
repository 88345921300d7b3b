import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { initiatorTypes, targetGroups } from '../../../shared/api/vocabulary.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import type { Can } from './commands.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts, Prose } from '../shared/Facts.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../shared/fields.js';
import { Section } from '../shared/Section.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';
import { unitOptionGroups } from './units.js';

type InitiatorType = (typeof initiatorTypes)[number];
type TargetGroup = (typeof targetGroups)[number];

/** Who noticed the need, for whom, and why coordination is needed. */
export function NeedSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { need } = sip;
  return (
    <Section id="need" title={t('case.need.title')} guidance="need">
      <Facts
        items={[
          [t('case.need.initiatorType'), t(`case.vocab.initiator.${need.initiatorType}`)],
          [t('case.need.initiatorUnit'), need.initiatorUnitName ?? ''],
          [t('case.need.initiatorName'), need.initiatorName],
          [t('case.need.targetGroup'), t(`case.vocab.targetGroup.${need.targetGroup}`)],
          [t('case.need.description'), <Prose key="d" text={need.description} />],
        ]}
      />
      {can('editNeed') && (
        <Disclosure id="need-edit" label={t('case.need.edit')}>
          {(close) => <NeedForm sip={sip} onDone={close} />}
        </Disclosure>
      )}
    </Section>
  );
}

function NeedForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [initiatorType, setInitiatorType] = useState<InitiatorType>(sip.need.initiatorType);
  const [initiatorUnitId, setInitiatorUnitId] = useState(sip.need.initiatorUnitId ?? '');
  const [initiatorName, setInitiatorName] = useState(sip.need.initiatorName);
  const [targetGroup, setTargetGroup] = useState<TargetGroup>(sip.need.targetGroup);
  const [description, setDescription] = useState(sip.need.description);
  const save = useCaseAction(
    sip.id,
    () =>
      api.put(`/api/sips/${sip.id}/need`, {
        initiatorType,
        initiatorUnitId: initiatorUnitId || null,
        initiatorName,
        targetGroup,
        description,
      }),
    t('case.need.saved'),
    onDone,
  );

  return (
    <StepForm action={save} label={t('case.need.save')} onCancel={onDone}>
      <RadioGroup
        id="need-initiatorType"
        path="initiatorType"
        legend={t('case.need.initiatorType')}
        value={initiatorType}
        onChange={setInitiatorType}
        options={initiatorTypes.map((value) => ({ value, label: t(`case.vocab.initiator.${value}`) }))}
      />
      <SelectField
        id="need-initiatorUnitId"
        path="initiatorUnitId"
        label={t('case.need.initiatorUnit')}
        hint={t('case.need.initiatorUnitHint')}
        value={initiatorUnitId}
        onChange={setInitiatorUnitId}
        placeholder={t('case.form.none')}
        groups={unitOptionGroups(sip, organisations.data, { participants: t('case.units.participants') })}
      />
      <TextField
        id="need-initiatorName"
        path="initiatorName"
        label={t('case.need.initiatorName')}
        hint={t('case.need.initiatorNameHint')}
        value={initiatorName}
        onChange={setInitiatorName}
      />
      <SelectField
        id="need-targetGroup"
        path="targetGroup"
        label={t('case.need.targetGroup')}
        value={targetGroup}
        onChange={(value) => setTargetGroup(value as TargetGroup)}
        options={targetGroups.map((value) => ({ value, label: t(`case.vocab.targetGroup.${value}`) }))}
      />
      <TextArea
        id="need-description"
        path="description"
        label={t('case.need.description')}
        hint={t('case.need.descriptionHint')}
        required
        value={description}
        onChange={setDescription}
      />
    </StepForm>
  );
}
