import { useTranslation } from 'react-i18next';

interface PagingProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Older and newer pages of entries. */
export function Paging({ page, pages, onPage }: PagingProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="paging" aria-label={t('accessLog.paging.label')}>
      <button
        type="button"
        className="button-secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('accessLog.paging.previous')}
      </button>
      <span>{t('accessLog.paging.page', { page, pages })}</span>
      <button
        type="button"
        className="button-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('accessLog.paging.next')}
      </button>
    </nav>
  );
}
