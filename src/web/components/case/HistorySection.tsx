import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { sipPhaseValues } from '../../../shared/api/vocabulary.js';
import { Section } from '../shared/Section.js';
import { formatDateTime } from '../shared/time.js';
import { TableWrap } from '../shared/TableWrap.js';

type Event = SipDetail['events'][number];

const phases: ReadonlySet<string> = new Set(sipPhaseValues);

/** Whether the history names a phase Samplan knows; an older one is shown as it was stored. */
function isPhase(value: string): value is (typeof sipPhaseValues)[number] {
  return phases.has(value);
}

/** An event type in words; an unknown type is shown readably rather than hidden. */
function useEventName() {
  const { t } = useTranslation();
  return (event: Event) => t(`case.events.${event.type}`, { defaultValue: event.type.replace(/[_.]/g, ' ') });
}

/** Everything that has happened in the case, newest first. */
export function HistorySection({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const eventName = useEventName();
  if (sip.events.length === 0) return null;
  const events = [...sip.events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const phase = (value: string | null) =>
    value === null ? '' : isPhase(value) ? t(`vocab.phase.${value}`) : value;
  return (
    <Section id="history" title={t('case.history.title')}>
      <TableWrap label={t('case.history.title')}>
        <table>
          <caption className="visually-hidden">{t('case.history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.history.time')}</th>
              <th scope="col">{t('case.history.what')}</th>
              <th scope="col">{t('case.history.who')}</th>
              <th scope="col">{t('case.history.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, index) => (
              <tr key={`${event.occurredAt}-${index}`}>
                <td>{formatDateTime(event.occurredAt)}</td>
                <td>
                  {eventName(event)}
                  {event.toPhase && event.toPhase !== event.fromPhase && (
                    <span className="cell-detail">
                      {event.fromPhase
                        ? t('case.history.phaseChange', {
                            from: phase(event.fromPhase),
                            to: phase(event.toPhase),
                          })
                        : t('case.history.phaseStart', { to: phase(event.toPhase) })}
                    </span>
                  )}
                </td>
                <td>{event.actorName}</td>
                <td>{event.actorUnitName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}
