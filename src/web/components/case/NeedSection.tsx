import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { needSchema } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { initiatorTypes, targetGroups } from '../../../shared/api/vocabulary.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import type { Can } from './commands.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts, Prose } from '../shared/Facts.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { Section } from '../shared/Section.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';
import { unitOptionGroups } from './units.js';

/** Who noticed the need, for whom, and why coordination is needed. */
export function NeedSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { need } = sip;
  return (
    <Section id="need" title={t('case.need.title')} guidance="need">
      <Facts
        items={[
          [t('case.need.initiatorType'), t(`vocab.initiatorType.${need.initiatorType}`)],
          [t('case.need.initiatorUnit'), need.initiatorUnitName ?? ''],
          [t('case.need.initiatorName'), need.initiatorName],
          [t('case.need.targetGroup'), t(`vocab.targetGroup.${need.targetGroup}`)],
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
  const form = useForm({
    resolver: useSchemaResolver(needSchema),
    defaultValues: {
      initiatorType: sip.need.initiatorType,
      initiatorUnitId: sip.need.initiatorUnitId,
      initiatorName: sip.need.initiatorName,
      targetGroup: sip.need.targetGroup,
      description: sip.need.description,
    },
  });
  const save = useCaseAction(
    sip.id,
    (body: z.output<typeof needSchema>) => api.call(caseRoutes.need, { params: { id: sip.id }, body }),
    t('case.need.saved'),
    onDone,
  );

  return (
    <StepForm form={form} action={save} label={t('case.need.save')} onCancel={onDone}>
      <RadioGroup
        id="need-initiatorType"
        legend={t('case.need.initiatorType')}
        field={form.register('initiatorType')}
        options={initiatorTypes.map((value) => ({ value, label: t(`vocab.initiatorType.${value}`) }))}
      />
      <SelectField
        id="need-initiatorUnitId"
        label={t('case.need.initiatorUnit')}
        hint={t('case.need.initiatorUnitHint')}
        // No unit is sent as null, not as the empty choice.
        field={form.register('initiatorUnitId', { setValueAs: (value: string) => value || null })}
        placeholder={t('case.form.none')}
        groups={unitOptionGroups(sip, organisations.data, { participants: t('case.units.participants') })}
      />
      <TextField
        id="need-initiatorName"
        label={t('case.need.initiatorName')}
        hint={t('case.need.initiatorNameHint')}
        field={form.register('initiatorName')}
      />
      <SelectField
        id="need-targetGroup"
        label={t('case.need.targetGroup')}
        field={form.register('targetGroup')}
        options={targetGroups.map((value) => ({ value, label: t(`vocab.targetGroup.${value}`) }))}
      />
      <TextArea
        id="need-description"
        label={t('case.need.description')}
        hint={t('case.need.descriptionHint')}
        required
        field={form.register('description')}
      />
    </StepForm>
  );
}
