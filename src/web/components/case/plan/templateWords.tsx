import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateContent } from '../../../../shared/api/planTemplates.js';
import type { OptionalTemplateSection, TemplateSectionKey } from '../../../../shared/templateParts.js';

/**
 * The template the plan is written with, for the editor's headings, prompts and examples. The template is in the
 * county's language (Swedish): its headings replace the standard ones only on the Swedish page, and its prompts
 * and examples are marked as Swedish so a screen reader reads them so.
 */
export const PlanTemplateContext = createContext<TemplateContent | null>(null);

const templateLanguage = 'sv';

/** The words of one section: the template's heading on a Swedish page, otherwise the standard one. */
export function useSectionHeading(section: TemplateSectionKey, standard: string): string {
  const template = useContext(PlanTemplateContext);
  const { i18n } = useTranslation();
  const heading = template?.sections[section].heading ?? '';
  return heading !== '' && i18n.language.startsWith(templateLanguage) ? heading : standard;
}

/** Whether the template leaves out an optional section (shown all the same when the plan already has text in it). */
export function useSectionHidden(section: OptionalTemplateSection, text: string): boolean {
  const template = useContext(PlanTemplateContext);
  return text === '' && (template?.hiddenSections.includes(section) ?? false);
}

/**
 * The template's prompt and example for a section. On a Swedish page the prompt takes the standard hint's place;
 * on another it follows the hint, which is then the only one in the page's language.
 */
export function SectionGuide({ section, standard }: { section: TemplateSectionKey; standard?: ReactNode }) {
  const template = useContext(PlanTemplateContext);
  const { t, i18n } = useTranslation();
  const { prompt, example } = template?.sections[section] ?? { prompt: '', example: '' };
  if (!prompt && !example) return standard ?? null;
  const replaced = prompt !== '' && i18n.language.startsWith(templateLanguage);
  return (
    <>
      {standard && !replaced && <>{standard} </>}
      {prompt && (
        <span className="template-prompt" lang={templateLanguage}>
          {prompt}{' '}
        </span>
      )}
      {example && (
        <span className="template-example">
          {t('case.plan.template.example')} <q lang={templateLanguage}>{example}</q>
        </span>
      )}
    </>
  );
}

/** A part of the plan's heading in the template's words, with its prompt and example under it. */
export function PartHeading({ section, standard }: { section: TemplateSectionKey; standard: string }) {
  const heading = useSectionHeading(section, standard);
  const template = useContext(PlanTemplateContext);
  const worded = template && (template.sections[section].prompt || template.sections[section].example);
  return (
    <>
      <h3>{heading}</h3>
      {worded && (
        <p className="hint">
          <SectionGuide section={section} />
        </p>
      )}
    </>
  );
}
