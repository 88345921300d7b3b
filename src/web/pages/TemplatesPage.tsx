import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateContent, TemplateView } from '../../shared/api/planTemplates.js';
import { mayNow } from '../api/may.js';
import { useMe } from '../api/session.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { formatDateTime } from '../components/start/dates.js';
import { TemplateDetails } from '../components/templates/TemplateDetails.js';
import { TemplateEditor } from '../components/templates/TemplateEditor.js';
import { TemplateHistory } from '../components/templates/TemplateHistory.js';
import { useTemplates } from '../components/templates/templateQueries.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/templates/templates.css';

type Editing = { template: TemplateView } | { content: TemplateContent } | null;

/**
 * Every target group's template, for all who write plans to read; the county's system administrator changes them
 * here, or starts a new one from a copy.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('templates.title'));
  const me = useMe();
  const templates = useTemplates();
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState('');
  const administers = mayNow(me.data)('administerCountySettings');

  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
  };

  return (
    <div className="templates-page">
      <div className="page-head">
        <div>
          <h1>{t('templates.title')}</h1>
          <p className="lead">{t('templates.intro')}</p>
        </div>
      </div>
      <StatusLine message={message} onDismiss={() => setMessage('')} />
      {templates.isPending && <Loading />}
      {templates.error && (
        <>
          <p>{t('templates.loadFailed')}</p>
          <ErrorMessage error={templates.error} />
        </>
      )}
      {editing ? (
        <section className="card">
          <TemplateEditor start={editing} onDone={done} />
        </section>
      ) : (
        templates.data && (
          <>
            {templates.data.templates.length === 0 && <p>{t('templates.none')}</p>}
            {templates.data.templates.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                onEdit={administers ? () => setEditing({ template }) : undefined}
                onCopy={
                  administers
                    ? () =>
                        setEditing({
                          content: {
                            ...template.content,
                            name: t('templates.copyOf', { name: template.content.name }),
                            targetGroups: [],
                          },
                        })
                    : undefined
                }
              />
            ))}
          </>
        )
      )}
    </div>
  );
}

function TemplateCard({
  template,
  onEdit,
  onCopy,
}: {
  template: TemplateView;
  onEdit?: () => void;
  onCopy?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState(false);
  const { content } = template;
  const name = content.name;
  const time = formatDateTime(template.writtenAt, i18n.language);
  const detailsId = `template-${template.id}-details`;
  return (
    <section className="card" aria-labelledby={`template-${template.id}-title`}>
      <h2 id={`template-${template.id}-title`} lang="sv">
        {name}
      </h2>
      <p lang="sv">{content.description}</p>
      <p>
        <strong>{t('templates.targetGroups')}:</strong>{' '}
        {content.targetGroups.length > 0
          ? content.targetGroups.map((group) => t(`vocab.targetGroup.${group}`)).join(', ')
          : t('templates.noTargetGroups')}
      </p>
      <p className="muted">
        {t('templates.version', { version: template.version })},{' '}
        {template.writtenByName
          ? t('templates.writtenBy', { time, name: template.writtenByName })
          : t('templates.startingVersion', { time })}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('templates.hide', { name }) : t('templates.show', { name })}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-expanded={history}
          onClick={() => setHistory(!history)}
        >
          {t('templates.history', { name })}
        </button>
        {onEdit && (
          <button type="button" className="button-primary" onClick={onEdit}>
            {t('templates.edit', { name })}
          </button>
        )}
        {onCopy && (
          <button type="button" className="button-secondary" onClick={onCopy}>
            {t('templates.create')}: {t('templates.copyOf', { name })}
          </button>
        )}
      </div>
      <div id={detailsId} hidden={!open}>
        {open && <TemplateDetails content={content} />}
      </div>
      {history && <TemplateHistory id={template.id} />}
    </section>
  );
}
