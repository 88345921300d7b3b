import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipListItem } from '../../../shared/api/sipList.js';
import { SipFilters } from './SipFilters.js';
import { SipTable } from './SipTable.js';
import { filterSips, type SipFilter } from './sipFilter.js';

/** Every SIP the acting unit takes part in, filtered in the browser by phase and case number or name. */
export function SipListSection({ sips }: { sips: SipListItem[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<SipFilter>({ phase: '', text: '' });
  const shown = filterSips(sips, filter);
  return (
    <section className="card" aria-labelledby="sips-heading">
      <h2 id="sips-heading">{t('start.sips.heading')}</h2>
      <p>{t('start.sips.intro')}</p>
      {sips.length === 0 ? (
        <p className="empty-state">{t('start.sips.empty')}</p>
      ) : (
        <>
          <SipFilters filter={filter} onChange={setFilter} />
          <p role="status" className="hint">
            {t('start.sips.shown', { shown: shown.length, total: sips.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty-state">{t('start.sips.noMatch')}</p>
          ) : (
            <SipTable sips={shown} />
          )}
        </>
      )}
    </section>
  );
}
