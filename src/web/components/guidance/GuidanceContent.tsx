import { useTranslation } from 'react-i18next';
import type { StepGuidance } from '../../../shared/api/guidance.js';
import { languageOf } from '../../i18n/language.js';
import { formatDateTime } from '../shared/time.js';
import { Heading } from './Heading.js';
import { LawText } from './LawText.js';
import { RoutineText } from './RoutineText.js';

/** One step's guidance: the county's routine text, with who last changed it, and the law's wording. */
export function GuidanceContent({
  guidance,
  headingLevel,
}: {
  guidance: StepGuidance;
  headingLevel: number;
}) {
  const { t, i18n } = useTranslation();
  const routine = guidance.routine?.markdown.trim() ? guidance.routine : null;
  return (
    <div className="guidance-content">
      <div className="guidance-routine">
        <Heading level={headingLevel}>{t('guidance.routine.heading')}</Heading>
        {routine ? (
          <>
            {languageOf(i18n.language) === 'en' && (
              <p className="guidance-meta">{t('guidance.routine.swedishOnly')}</p>
            )}
            <div lang="sv">
              <RoutineText markdown={routine.markdown} headingLevel={headingLevel + 1} />
            </div>
            <p className="guidance-meta">
              {t('guidance.routine.changed', {
                version: routine.version,
                at: formatDateTime(routine.writtenAt),
                name: routine.writtenByName,
              })}
            </p>
          </>
        ) : (
          <p>{t('guidance.routine.none')}</p>
        )}
      </div>
      <LawText law={guidance.law} headingLevel={headingLevel} />
    </div>
  );
}
