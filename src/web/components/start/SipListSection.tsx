import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SipListPage } from '../../../shared/api/sipList.js';
import { ApiError } from '../../api/client.js';
import { localeOf } from '../../i18n/language.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Loading } from '../shared/Loading.js';
import { SipListFilters } from './SipListFilters.js';
import { SipListPaging } from './SipListPaging.js';
import { SipTable } from './SipTable.js';
import {
  isFiltered,
  sipListApiQuery,
  sipListFromParams,
  sipListParams,
  type SipListFilterDraft,
} from './sipListAddress.js';
import { useSipListPage } from './useSipListPage.js';

/**
 * The SIPs the acting unit takes part in, a page at a time, filtered and counted on the server. The filters and
 * the page are kept in the address; the start page's own first page is shown until the user asks for another.
 */
export function SipListSection({ firstPage }: { firstPage: SipListPage }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const address = sipListFromParams(params);
  const query = sipListApiQuery(address);
  const fetched = useSipListPage(query);
  const page = query === '' ? firstPage : fetched.data;
  const filtered = isFiltered(address.filter);

  // After the user asks for other cases, the count of what is shown takes the focus, so a keyboard or screen
  // reader user starts reading from the new page instead of staying at the button far below.
  const shownLine = useRef<HTMLParagraphElement>(null);
  const focusShownLine = useRef(false);
  const arrived = page && !fetched.isPlaceholderData;
  useEffect(() => {
    if (!arrived || !focusShownLine.current) return;
    focusShownLine.current = false;
    shownLine.current?.focus();
  }, [arrived, query]);

  function applyFilter(filter: SipListFilterDraft) {
    focusShownLine.current = true;
    setParams(sipListParams(filter));
  }

  const fieldErrors = fetched.error instanceof ApiError ? fetched.error.fieldErrors : [];
  const errorFor = (key: string) =>
    fieldErrors.find((error) => error.field === `querystring.${key}`)?.message;
  const number = new Intl.NumberFormat(localeOf(i18n.language));

  return (
    <section className="card sip-list" aria-labelledby="sips-heading">
      <h2 id="sips-heading">{t('start.sips.heading')}</h2>
      <p>{t('start.sips.intro')}</p>
      {firstPage.total === 0 && !filtered ? (
        <p className="empty-state">{t('start.sips.empty')}</p>
      ) : (
        <>
          <SipListFilters
            key={params.toString()}
            filter={address.filter}
            errorFor={errorFor}
            onApply={applyFilter}
          />
          {fetched.isFetching && <Loading text={t('start.sips.loading')} />}
          {fetched.error && <ErrorMessage error={fetched.error} />}
          {page && !fetched.error && (
            <div aria-busy={fetched.isFetching}>
              <p className="hint sip-list-shown" ref={shownLine} tabIndex={-1}>
                {page.items.length === 0
                  ? t('start.sips.noMatch')
                  : t('start.sips.shownRange', {
                      first: number.format(address.from),
                      last: number.format(address.from + page.items.length - 1),
                      total: number.format(page.total),
                    })}
              </p>
              {page.items.length > 0 && <SipTable sips={page.items} />}
              <SipListPaging
                filter={address.filter}
                isFirstPage={address.cursor === null}
                next={
                  page.nextCursor ? { cursor: page.nextCursor, from: address.from + page.items.length } : null
                }
                onNavigate={() => (focusShownLine.current = true)}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
