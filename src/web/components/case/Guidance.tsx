import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseSv } from '../../i18n/case.sv.js';
import { Section } from './Section.js';

/** What the law and the county's routine ask at this step, as a short checklist in plain words. */
export function Guidance({ phase }: { phase: SipDetail['phase'] }) {
  const { t } = useTranslation();
  const items = Object.keys(caseSv.guidance[phase].items);
  return (
    <Section id="guidance" title={t(`case.guidance.${phase}.title`)}>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item}>{t(`case.guidance.${phase}.items.${item}`)}</li>
        ))}
      </ul>
    </Section>
  );
}
