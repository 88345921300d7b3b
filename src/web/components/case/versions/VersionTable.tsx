import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { formatDateTime } from '../../shared/time.js';
import { TableWrap } from '../../shared/TableWrap.js';

type Version = SipDetail['versions'][number];

export function VersionTable({
  versions,
  canApprove,
  onView,
  onApprove,
  viewing,
  approving,
}: {
  versions: Version[];
  canApprove: boolean;
  onView: (version: number) => void;
  onApprove: (version: number) => void;
  viewing: number | null;
  approving: number | null;
}) {
  const { t } = useTranslation();
  const latest = Math.max(...versions.map((version) => version.version));
  return (
    <TableWrap label={t('case.versions.title')}>
      <table>
        <caption className="visually-hidden">{t('case.versions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('case.versions.version')}</th>
            <th scope="col">{t('case.versions.time')}</th>
            <th scope="col">{t('case.versions.author')}</th>
            <th scope="col">{t('case.versions.reason')}</th>
            <th scope="col">{t('case.versions.approval')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('case.versions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.version}>
              <th scope="row">{version.version}</th>
              <td>{formatDateTime(version.createdAt)}</td>
              <td>
                {version.authorName}
                <span className="cell-detail">{version.authorUnitName}</span>
              </td>
              <td>{version.reason || (version.version === 1 ? t('case.versions.first') : '')}</td>
              <td>
                {version.approvedAt ? (
                  <>
                    <span className="badge badge-ok">{t('case.versions.approved')}</span>
                    <span className="cell-detail">
                      {formatDateTime(version.approvedAt)}
                      {version.approvalMethod &&
                        ` · ${t(`case.vocab.approvalMethod.${version.approvalMethod}`)}`}
                    </span>
                    {version.approvalNote && <span className="cell-detail">{version.approvalNote}</span>}
                  </>
                ) : (
                  <span className="badge badge-warn">{t('case.versions.notApproved')}</span>
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={viewing === version.version}
                  onClick={() => onView(version.version)}
                >
                  {t('case.versions.view', { version: version.version })}
                </button>
                {/* Only the version in force is put to the individual; an earlier one is history. */}
                {canApprove && !version.approvedAt && version.version === latest && (
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={approving === version.version}
                    onClick={() => onApprove(version.version)}
                  >
                    {t('case.versions.recordApproval', { version: version.version })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
