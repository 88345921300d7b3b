import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sipListParams, type SipListFilterDraft } from './sipListAddress.js';

interface SipListPagingProps {
  filter: SipListFilterDraft;
  isFirstPage: boolean;
  /** Where the next page starts, or null on the last. */
  next: { cursor: string; from: number } | null;
  onNavigate: () => void;
}

/**
 * Links to the next page and back to the first, each an address of its own; the browser's back button returns to
 * the page before, since each page is kept in the history.
 */
export function SipListPaging({ filter, isFirstPage, next, onNavigate }: SipListPagingProps) {
  const { t } = useTranslation();
  if (isFirstPage && !next) return null;
  return (
    <nav className="paging" aria-label={t('start.sips.paging.label')}>
      {!isFirstPage && (
        <Link
          className="button-secondary button-link"
          to={{ search: sipListParams(filter).toString() }}
          onClick={onNavigate}
        >
          {t('start.sips.paging.first')}
        </Link>
      )}
      {next && (
        <Link
          className="button-primary button-link"
          to={{ search: sipListParams(filter, next).toString() }}
          onClick={onNavigate}
        >
          {t('start.sips.paging.next')}
        </Link>
      )}
    </nav>
  );
}
