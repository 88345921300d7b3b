import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import type { Can } from '../commands.js';
import { Disclosure } from '../../shared/Disclosure.js';
import { Section } from '../../shared/Section.js';
import { stockholmToday } from '../../shared/time.js';
import { FollowUpForm } from './FollowUpForm.js';
import { FollowUpList } from './FollowUpList.js';

/** Follow-up and evaluation on the date the plan set: how each goal and effort turned out. */
export function FollowUpSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const plan = sip.plan;
  const next = sip.nextFollowUpOn;
  const overdue = next !== null && sip.phase === 'plan_established' && next < stockholmToday();
  return (
    <Section id="follow-up" title={t('case.followUp.title')} guidance="followUp">
      {next && (
        <p>
          {t('case.followUp.next', { date: next })}{' '}
          {overdue && <span className="badge badge-error">{t('case.followUp.overdue')}</span>}
        </p>
      )}
      {can('recordFollowUp') && plan && (
        <Disclosure id="follow-up-record" label={t('case.followUp.record')} className="button-primary">
          {(close) => <FollowUpForm sipId={sip.id} plan={plan.content} onDone={close} />}
        </Disclosure>
      )}
      {sip.followUps.length > 0 ? (
        <FollowUpList followUps={sip.followUps} plan={plan?.content ?? null} />
      ) : (
        <p>{t('case.followUp.none')}</p>
      )}
    </Section>
  );
}
