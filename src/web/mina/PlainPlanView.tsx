import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRelationValue, PlainPlan } from '../../shared/api/personSide.js';
import { isKeyOf } from '../i18n/isKeyOf.js';
import { Prose } from '../components/shared/Facts.js';
import { CoordinatorContact } from './CoordinatorContact.js';
import { longDate } from './dates.js';
import { minaSv } from '../../shared/words/mina.sv.js';

/**
 * The plan in plain words, in the order a person asks about it: how things are, what is needed, the goals, who
 * does what and when, who keeps it together and when it is followed up. Headings speak as "I" to the person the
 * plan is for, and about the plan to a guardian or a guest.
 */
export function PlainPlanView({ plan, relation }: { plan: PlainPlan; relation: PersonRelationValue }) {
  const { t, i18n } = useTranslation();
  const voice = relation === 'individual' || relation === 'child' ? 'own' : 'other';
  const heading = (part: keyof typeof minaSv.plan.headings.own) => t(`mina.plan.headings.${voice}.${part}`);
  const day = (date: string) => longDate(date, i18n.language);
  const goalText = new Map(plan.goals.map((goal) => [goal.key, goal.text]));

  return (
    <div className="mina-plan">
      <Part title={heading('situation')} text={plan.situation} always />
      <Part title={heading('needs')} text={plan.needs} always />
      <Part title={heading('strengths')} text={plan.strengths} />
      <Part title={heading('wishes')} text={plan.wishes} />
      <Part title={heading('goals')} always empty={plan.goals.length === 0}>
        <ul className="mina-plain-list">
          {plan.goals.map((goal) => (
            <li key={goal.key}>
              <Prose text={goal.text} />
              {isKeyOf(minaSv.plan.goalKinds, goal.kind) && (
                <span className="mina-quiet"> ({t(`mina.plan.goalKinds.${goal.kind}`)})</span>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={heading('efforts')} always empty={plan.efforts.length === 0}>
        <ul className="mina-cards">
          {plan.efforts.map((effort) => (
            <li key={effort.key} className="mina-effort">
              <p className="mina-effort-what">
                <Prose text={effort.description} />
              </p>
              {effort.unitName && <p>{t('mina.plan.effortWho', { who: effort.unitName })}</p>}
              {effort.contact && <p>{t('mina.plan.effortContact', { contact: effort.contact })}</p>}
              <EffortTime startDate={effort.startDate} endDate={effort.endDate} day={day} />
              {effort.goalKeys.length > 0 && (
                <p>
                  {t('mina.plan.effortGoals', {
                    goals: effort.goalKeys.flatMap((key) => goalText.get(key) ?? []).join('; '),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={heading('others')} empty={plan.measuresByOthers.length === 0}>
        <ul className="mina-plain-list">
          {plan.measuresByOthers.map((measure) => (
            <li key={measure.key}>
              <Prose text={measure.description} />
              {measure.actor && <> – {measure.actor}</>}
              {measure.contact && <> ({measure.contact})</>}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={heading('coordinator')} always>
        <CoordinatorContact coordinator={plan.coordinator} />
        {plan.overallResponsibility && (
          <p>{t('mina.plan.overallResponsibility', { who: plan.overallResponsibility })}</p>
        )}
      </Part>
      <Part
        title={heading('followUp')}
        always
        empty={!plan.followUpDate && !plan.followUpWhat && !plan.timePlan}
      >
        {plan.followUpDate && <p>{t('mina.plan.followUpOn', { date: day(plan.followUpDate) })}</p>}
        {plan.followUpWhat && (
          <p className="prose">{t('mina.plan.followUpWhat', { what: plan.followUpWhat })}</p>
        )}
        {plan.timePlan && <p className="prose">{t('mina.plan.timePlan', { text: plan.timePlan })}</p>}
      </Part>
      <Part title={t('mina.plan.childView')} text={plan.childView} />
    </div>
  );
}

function EffortTime({
  startDate,
  endDate,
  day,
}: {
  startDate: string | null;
  endDate: string | null;
  day: (date: string) => string;
}) {
  const { t } = useTranslation();
  if (startDate && endDate)
    return <p>{t('mina.plan.effortWhen', { from: day(startDate), until: day(endDate) })}</p>;
  if (startDate) return <p>{t('mina.plan.effortFrom', { date: day(startDate) })}</p>;
  if (endDate) return <p>{t('mina.plan.effortUntil', { date: day(endDate) })}</p>;
  return null;
}

/**
 * One part of the plan under its heading. A part every plan has (`always`) says so when nothing is written;
 * another is left out.
 */
function Part({
  title,
  text,
  always = false,
  empty = text !== undefined && text.trim() === '',
  children,
}: {
  title: string;
  text?: string;
  always?: boolean;
  empty?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (empty && !always) return null;
  return (
    <section className="mina-plan-part">
      <h2>{title}</h2>
      {empty ? (
        <p className="mina-quiet">{t('mina.plan.nothingWritten')}</p>
      ) : (
        (children ?? (
          <p>
            <Prose text={text ?? ''} />
          </p>
        ))
      )}
    </section>
  );
}
