import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeValues } from '../../../../shared/api/vocabulary.js';
import type { PlanContent } from '../../../../shared/plan.js';
import { caseRoutes } from '../../../../shared/api/caseRoutes.js';
import { api } from '../../../api/client.js';
import { RadioGroup, TextArea, TextField } from '../../shared/fields.js';
import { checkChoices } from '../../shared/localCheck.js';
import { goalLabel } from '../plan/goalLabel.js';
import { StepForm } from '../../shared/StepForm.js';
import { stockholmToday } from '../../shared/time.js';
import { useCaseAction } from '../useCaseAction.js';

type Outcome = (typeof outcomeValues)[number];

interface Item {
  kind: 'goal' | 'effort';
  key: string;
  label: string;
}

/** One outcome for every goal and every effort of the plan, once each, as the follow-up rule requires. */
export function FollowUpForm({
  sipId,
  plan,
  onDone,
}: {
  sipId: string;
  plan: PlanContent;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const items: Item[] = [
    ...plan.goals.map((goal, index) => ({
      kind: 'goal' as const,
      key: goal.key,
      label: goalLabel(goal, index, t),
    })),
    ...plan.efforts.map((effort, index) => ({
      kind: 'effort' as const,
      key: effort.key,
      label: effort.description.trim() || t('case.plan.effortN', { n: index + 1 }),
    })),
  ];
  const [heldOn, setHeldOn] = useState(stockholmToday);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome | ''>>({});
  const [itemNotes, setItemNotes] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState('');
  const [nextDate, setNextDate] = useState('');
  const id = (item: Item) => `${item.kind}-${item.key}`;
  const record = useCaseAction(
    sipId,
    (assessed: { kind: Item['kind']; key: string; outcome: Outcome; note: string }[]) =>
      api.call(caseRoutes.followUp, {
        params: { id: sipId },
        body: { heldOn, items: assessed, notes, problems, nextDate: nextDate || null },
      }),
    t('case.followUp.saved'),
    onDone,
  );

  // Sent once every goal and effort has its outcome, which the check below makes sure of.
  const assessed = () =>
    items.flatMap((item) => {
      const outcome = outcomes[id(item)];
      return outcome ? [{ kind: item.kind, key: item.key, outcome, note: itemNotes[id(item)] ?? '' }] : [];
    });

  const findMissing = () =>
    checkChoices(
      items.map((item, index) => [`items.${index}.outcome`, !outcomes[id(item)]]),
      { summary: t('case.form.incomplete'), choose: t('case.form.choose') },
    );

  return (
    <StepForm
      action={record}
      check={findMissing}
      send={() => record.mutate(assessed())}
      label={t('case.followUp.save')}
      onCancel={onDone}
    >
      <TextField
        id="follow-up-heldOn"
        path="heldOn"
        type="date"
        label={t('case.followUp.heldOn')}
        required
        value={heldOn}
        onChange={setHeldOn}
      />
      {items.map((item, index) => (
        <fieldset key={id(item)} className="plan-item">
          <legend>
            {t(`case.followUp.${item.kind}`)}: {item.label}
          </legend>
          <RadioGroup
            id={`follow-up-${id(item)}-outcome`}
            path={`items.${index}.outcome`}
            legend={t('case.followUp.outcome')}
            value={outcomes[id(item)] ?? ''}
            onChange={(outcome) => setOutcomes({ ...outcomes, [id(item)]: outcome })}
            inline
            options={outcomeValues.map((value) => ({ value, label: t(`case.vocab.outcome.${value}`) }))}
          />
          <TextArea
            id={`follow-up-${id(item)}-note`}
            path={`items.${index}.note`}
            label={t('case.followUp.itemNote')}
            rows={2}
            value={itemNotes[id(item)] ?? ''}
            onChange={(note) => setItemNotes({ ...itemNotes, [id(item)]: note })}
          />
        </fieldset>
      ))}
      <TextArea
        id="follow-up-notes"
        path="notes"
        label={t('case.followUp.notes')}
        value={notes}
        onChange={setNotes}
      />
      <TextArea
        id="follow-up-problems"
        path="problems"
        label={t('case.followUp.problems')}
        hint={t('case.followUp.problemsHint')}
        value={problems}
        onChange={setProblems}
      />
      <TextField
        id="follow-up-nextDate"
        path="nextDate"
        type="date"
        label={t('case.followUp.nextDate')}
        hint={t('case.followUp.nextDateHint')}
        value={nextDate}
        onChange={setNextDate}
      />
    </StepForm>
  );
}
