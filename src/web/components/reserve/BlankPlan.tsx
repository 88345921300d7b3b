import { useTranslation } from 'react-i18next';
import { BlankCheck, BlankLines, BlankTable } from './BlankLines.js';

/** The SIP on paper: every point the routine and the law ask for, to fill in at a meeting held without Samplan. */
export function BlankPlan() {
  const { t: p } = useTranslation('translation', { keyPrefix: 'reserve.plan' });
  return (
    <article className="print-document">
      <h1>{p('title')}</h1>
      <section className="print-section">
        <h2>{p('person')}</h2>
        <div className="print-pairs">
          <BlankLines label={p('name')} />
          <BlankLines label={p('idNumber')} />
        </div>
      </section>
      <section className="print-section">
        <h2>{p('consent')}</h2>
        <div className="print-pairs">
          <BlankLines label={p('consentGiven')} />
          <BlankLines label={p('consentUntil')} />
        </div>
        <BlankLines label={p('consentUnits')} lines={2} />
        <BlankCheck label={p('relatives')} />
      </section>
      <section className="print-section">
        <h2>{p('meeting')}</h2>
        <div className="print-pairs">
          <BlankLines label={p('when')} />
          <BlankLines label={p('where')} />
        </div>
        <BlankTable
          caption={p('attendance')}
          headings={[p('unit'), p('present'), p('absentWithNotice'), p('absentWithoutNotice')]}
          rows={5}
        />
        <BlankCheck label={p('individualPresent')} />
        <BlankCheck label={p('relativesPresent')} />
      </section>
      <section className="print-section">
        <h2>{p('points')}</h2>
        <BlankLines label={p('needs')} lines={4} />
        <BlankLines label={p('goals')} lines={3} />
        <BlankTable
          caption={p('efforts')}
          headings={[p('what'), p('responsible'), p('doer'), p('start'), p('end')]}
          rows={5}
        />
        <BlankLines label={p('measures')} lines={2} />
        <BlankLines label={p('timePlan')} lines={2} />
        <BlankLines label={p('responsibility')} />
        <BlankLines label={p('coordinator')} lines={2} />
        <BlankCheck label={p('coordinatorAccepted')} />
        <BlankLines label={p('followUp')} lines={2} />
        <BlankLines label={p('participation')} lines={2} />
        <p className="print-note">{p('principals')}</p>
      </section>
      <section className="print-section">
        <h2>{p('signatures')}</h2>
        <BlankLines label="" lines={3} />
      </section>
      <p className="print-footer">{p('enterLater')}</p>
    </article>
  );
}
