import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { codeSystemRoutes, refusedCodeRow, type RefusedCodeRow } from '../../shared/api/codeSystemRoutes.js';
import { api, ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { StatusLine } from '../components/shared/StatusLine.js';
import { TableWrap } from '../components/shared/TableWrap.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { formatDateTime } from '../components/start/dates.js';

/** The rows a refused file names, read from the refusal's own member. */
function refusedRows(error: unknown): RefusedCodeRow[] {
  if (!(error instanceof ApiError)) return [];
  const rows = refusedCodeRow.array().safeParse(error.body.rows);
  return rows.success ? rows.data : [];
}

/**
 * The county's code systems for its system administrator: load one from a CSV file (loading it again replaces
 * its codes), and see those loaded with their codes.
 */
export function CodeSystemsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('codes.page.title'));
  const queryClient = useQueryClient();
  const ids = { file: useId(), name: useId(), version: useId(), fileHint: useId(), nameHint: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [unreadable, setUnreadable] = useState('');
  const [message, setMessage] = useState('');
  const systems = useQuery({
    queryKey: ['code-systems'],
    queryFn: () => api.call(codeSystemRoutes.list),
  });
  const load = useMutation({
    mutationFn: (csv: string) =>
      api.call(codeSystemRoutes.import, {
        body: { csv, ...(name.trim() ? { name: name.trim() } : {}), ...(version.trim() ? { version } : {}) },
      }),
    onSuccess: async ({ system, replaced }) => {
      setMessage(
        replaced > 0
          ? t('codes.page.loadedReplacing', { name: system.name, count: system.codeCount, replaced })
          : t('codes.page.loaded', { name: system.name, count: system.codeCount }),
      );
      await queryClient.invalidateQueries({ queryKey: ['code-systems'] });
      await queryClient.invalidateQueries({ queryKey: ['codes'] });
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setUnreadable('');
    setMessage('');
    if (!file) return setUnreadable(t('codes.page.chooseFile'));
    let csv: string;
    try {
      // Decoded strictly: a file saved in another encoding is named as such, not loaded with broken letters.
      csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return setUnreadable(t('codes.page.notUtf8'));
    }
    load.mutate(csv);
  }

  const rows = refusedRows(load.error);
  const language = i18n.language === 'en' ? 'en' : 'sv';

  return (
    <div className="page">
      <StatusLine message={message} onDismiss={() => setMessage('')} />
      <h1>{t('codes.page.title')}</h1>
      <p>{t('codes.page.intro')}</p>
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={ids.file}>{t('codes.page.file')}</label>
          <p id={ids.fileHint} className="hint">
            {t('codes.page.fileHint')}
          </p>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={ids.fileHint}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.name}>{t('codes.page.name')}</label>
          <p id={ids.nameHint} className="hint">
            {t('codes.page.nameHint')}
          </p>
          <input
            id={ids.name}
            type="text"
            maxLength={200}
            aria-describedby={ids.nameHint}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.version}>{t('codes.page.version')}</label>
          <input
            id={ids.version}
            type="text"
            maxLength={100}
            value={version}
            onChange={(event) => setVersion(event.target.value)}
          />
        </div>
        <button type="submit" className="button-primary" disabled={load.isPending}>
          {t('codes.page.load')}
        </button>
        <div role="status">
          {load.isPending && (
            <p>
              {t('codes.page.uploading')} <progress aria-label={t('codes.page.progress')} />
            </p>
          )}
        </div>
        {unreadable && (
          <p className="alert alert-error" role="alert">
            {unreadable}
          </p>
        )}
        {load.error && (
          <div className="alert alert-error" role="alert">
            <h2>{t('codes.page.refused')}</h2>
            <ErrorMessage error={load.error} />
            {rows.length > 0 && (
              <ul>
                {rows.map((row) => (
                  <li key={`${row.line}-${row.messages.en}`}>
                    {t('codes.page.line', { line: row.line })}: {row.messages[language]}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </form>

      <section className="card" aria-labelledby="code-systems-loaded">
        <h2 id="code-systems-loaded">{t('codes.page.systems')}</h2>
        {systems.isPending && <Loading />}
        {systems.error && <ErrorMessage error={systems.error} />}
        {systems.data?.systems.length === 0 && <p>{t('codes.page.none')}</p>}
        {systems.data && systems.data.systems.length > 0 && (
          <TableWrap label={t('codes.page.systems')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('codes.page.name')}</th>
                  <th scope="col">{t('codes.page.uri')}</th>
                  <th scope="col">{t('codes.page.version')}</th>
                  <th scope="col">{t('codes.page.codeCount')}</th>
                  <th scope="col">{t('codes.page.loadedAt')}</th>
                  <th scope="col">{t('codes.page.loadedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {systems.data.systems.map((system) => (
                  <tr key={system.id}>
                    <th scope="row">{system.name}</th>
                    <td>{system.uri}</td>
                    <td>{system.version ?? ''}</td>
                    <td className="number">{system.codeCount}</td>
                    <td>{formatDateTime(system.loadedAt, i18n.language)}</td>
                    <td>{system.loadedByName ?? t('codes.page.commandLine')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}
