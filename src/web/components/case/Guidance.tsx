import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { useTemplate } from '../templates/templateQueries.js';
import type { Can } from './commands.js';
import { Section } from '../shared/Section.js';
import { TemplateChooser } from './TemplateChooser.js';

/** The steps at which the template's actors to invite are worth a thought: before and while inviting. */
const invitingPhases: ReadonlySet<SipDetail['phase']> = new Set(['preparation', 'invitation']);

/**
 * What the law and the county's routine ask at this step, as a short checklist in plain words; then what the
 * case's template adds for its target group, in the county's words, and the template itself to change.
 */
export function Guidance({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { phase } = sip;
  const template = useTemplate(sip.template?.id)?.content;
  const items = Object.values(t(`case.guidance.${phase}.items`, { returnObjects: true }));
  const templateItems = template?.checklists[phase] ?? [];
  const actors = template && invitingPhases.has(phase) ? template.actorsToInvite : [];
  return (
    <Section id="guidance" title={t(`case.guidance.${phase}.title`)}>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {templateItems.length > 0 && (
        <>
          <h3>{t('case.template.checklistTitle', { name: template!.name })}</h3>
          <ul className="checklist" lang="sv">
            {templateItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {actors.length > 0 && (
        <>
          <h3>{t('case.template.actorsTitle')}</h3>
          <p className="hint">{t('case.template.actorsHint')}</p>
          <ul className="actor-list" lang="sv">
            {actors.map((actor) => (
              <li key={actor.name}>
                <strong>{actor.name}</strong>
                {actor.why && <> – {actor.why}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      <TemplateChooser sip={sip} can={can} />
    </Section>
  );
}
