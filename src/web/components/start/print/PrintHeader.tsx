import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { formatDate } from '../dates.js';

/** Whose plan this is, in which case, how far it has come, and when it was printed. */
export function PrintHeader({ detail }: { detail: SipDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const person = detail.person;
  const established = detail.plan?.establishedVersion ?? null;
  const printed = detail.versions.find((version) => version.version === established);
  const establishedAt = printed?.createdAt;
  // The template the printed text was written with: the established version's, or the draft's.
  const template = established !== null ? (printed?.template ?? null) : (detail.plan?.template ?? null);
  return (
    <header className="print-header">
      <p className="print-brand">{t('app.name')}</p>
      <h1>{t('start.print.title')}</h1>
      <dl className="print-facts">
        <div>
          <dt>{t('start.print.caseNumber')}</dt>
          <dd>{detail.caseNumber}</dd>
        </div>
        <div>
          <dt>{t('start.print.person')}</dt>
          <dd>
            {person.givenName} {person.familyName}
          </dd>
        </div>
        <div>
          <dt>{t(`vocab.idKind.${person.idKind}`)}</dt>
          <dd>{person.idNumber}</dd>
        </div>
        <div>
          <dt>{t('start.print.status')}</dt>
          <dd>
            {established !== null
              ? t('start.print.established', {
                  version: established,
                  date: establishedAt ? formatDate(establishedAt, language) : '',
                })
              : t('start.print.draft')}
          </dd>
        </div>
        {template && (
          <div>
            <dt>{t('start.print.template')}</dt>
            <dd>{t('start.print.templateVersion', { name: template.name, version: template.version })}</dd>
          </div>
        )}
        <div>
          <dt>{t('start.print.phase')}</dt>
          <dd>{t(`vocab.phase.${detail.phase}`)}</dd>
        </div>
        <div>
          <dt>{t('start.print.convener')}</dt>
          <dd>
            {detail.convener.unitName}, {detail.convener.organisationName}
          </dd>
        </div>
        <div>
          <dt>{t('start.print.printedOn')}</dt>
          <dd>{formatDate(new Date(), language)}</dd>
        </div>
      </dl>
      {person.protectedIdentity && <p className="print-note">{t('start.print.protectedIdentity')}</p>}
    </header>
  );
}
