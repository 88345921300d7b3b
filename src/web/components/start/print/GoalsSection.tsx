import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/plan.js';
import { CodeList } from '../../codes/CodeList.js';

function GoalList({ heading, goals }: { heading: string; goals: Goal[] }) {
  const { t } = useTranslation();
  return (
    <div className="plan-part">
      <h3>{heading}</h3>
      {goals.length === 0 ? (
        <p className="not-filled">{t('start.print.noGoals')}</p>
      ) : (
        <ol>
          {goals.map((goal) => (
            <li key={goal.key}>
              <span className="plan-text">{goal.text}</span>
              <CodeList codes={goal.codes} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The individual's own goals, then the goals of the coordinated efforts. */
export function GoalsSection({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  return (
    <section className="print-section">
      <h2>{t('start.print.goalsHeading')}</h2>
      <GoalList
        heading={t('start.print.individualGoals')}
        goals={goals.filter((goal) => goal.kind === 'individual')}
      />
      <GoalList
        heading={t('start.print.sharedGoals')}
        goals={goals.filter((goal) => goal.kind === 'shared')}
      />
    </section>
  );
}
