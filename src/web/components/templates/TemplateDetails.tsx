import { useTranslation } from 'react-i18next';
import type { TemplateContent } from '../../../shared/api/planTemplates.js';
import { templateChecklistSteps, templateSectionKeys } from '../../../shared/templateParts.js';

/** A template as those who write plans read it: each part's heading, prompt and example, actors and checklists. */
export function TemplateDetails({ content }: { content: TemplateContent }) {
  const { t } = useTranslation();
  const worded = templateSectionKeys.filter((key) => {
    const section = content.sections[key];
    return (
      section.heading || section.prompt || section.example || content.hiddenSections.some((h) => h === key)
    );
  });
  const steps = templateChecklistSteps.filter((step) => content.checklists[step].length > 0);
  return (
    <div className="template-details">
      <h3>{t('templates.sectionsTitle')}</h3>
      <dl className="facts">
        {worded.map((key) => {
          const section = content.sections[key];
          return (
            <div key={key}>
              <dt>{t(`templates.sections.${key}`)}</dt>
              <dd lang="sv">
                {section.heading && <strong>{section.heading}</strong>}
                {section.prompt && <p>{section.prompt}</p>}
                {section.example && (
                  <p>
                    {t('templates.example')}: <q>{section.example}</q>
                  </p>
                )}
                {content.hiddenSections.some((hidden) => hidden === key) && (
                  <p className="muted">{t('templates.hidden')}</p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('templates.actorsTitle')}</h3>
      {content.actorsToInvite.length === 0 ? (
        <p>{t('templates.noItems')}</p>
      ) : (
        <ul lang="sv">
          {content.actorsToInvite.map((actor) => (
            <li key={actor.name}>
              <strong>{actor.name}</strong>
              {actor.why && <> – {actor.why}</>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('templates.checklistsTitle')}</h3>
      {steps.length === 0 && <p>{t('templates.noItems')}</p>}
      {steps.map((step) => (
        <div key={step}>
          <h4>{t(`vocab.phase.${step}`)}</h4>
          <ul className="checklist" lang="sv">
            {content.checklists[step].map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
