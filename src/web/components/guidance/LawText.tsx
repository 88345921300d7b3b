import { useTranslation } from 'react-i18next';
import type { StepGuidance } from '../../../shared/api/guidance.js';
import { languageOf } from '../../i18n/language.js';
import { Heading } from './Heading.js';

/**
 * The law's wording for a step. The statute text is Swedish in both languages, marked so, for a translation
 * would not be the law; in English its heading says so, and a plain summary follows in the reader's language.
 */
export function LawText({ law, headingLevel }: { law: StepGuidance['law']; headingLevel: number }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (
    <div className="guidance-law">
      <Heading level={headingLevel}>{t('guidance.law.heading')}</Heading>
      {language === 'en' && <p className="guidance-meta">{t('guidance.law.swedishNote')}</p>}
      {law.excerpts.map((excerpt) => (
        <figure key={`${excerpt.statute} ${excerpt.reference}`} className="statute" lang="sv">
          <figcaption>
            {excerpt.statute}, {excerpt.reference}
          </figcaption>
          <blockquote>
            {excerpt.paragraphs.map((paragraph, index) => (
              // A paragraph's lines (a numbered list) stay lines.
              <p key={index} className="statute-paragraph">
                {paragraph}
              </p>
            ))}
          </blockquote>
        </figure>
      ))}
      <Heading level={headingLevel + 1}>{t('guidance.law.summary')}</Heading>
      <p>{law.summary[language]}</p>
      <p className="guidance-meta">{t('guidance.law.note')}</p>
    </div>
  );
}
