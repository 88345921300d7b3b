import { useTranslation } from 'react-i18next';
import type { GuardianView, SipDetail } from '../../../shared/api/responses.js';
import { takingPartRoutes } from '../../../shared/api/takingPartRoutes.js';
import type { caseChangeValues } from '../../../shared/api/vocabulary.js';
import { api } from '../../api/client.js';
import { Disclosure } from '../shared/Disclosure.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Facts } from '../shared/Facts.js';
import { formatDateTime } from '../shared/time.js';
import { GuardianForm } from './GuardianForm.js';
import { isChild } from './person.js';
import { PersonContactForm } from './PersonContactForm.js';
import { useCaseAction } from './useCaseAction.js';
import { Section } from '../shared/Section.js';

type CaseChange = (typeof caseChangeValues)[number];

/**
 * Who from the individual's side takes part, as staff record it: where the person's notices go, and for a child
 * the guardians (both, when there are two) and whether the child signs in themself. The page offers the changes
 * the server says the unit may make now.
 */
export function TakingPartSection({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const may = (change: CaseChange) => sip.allowedChanges.includes(change);
  const { email, mobile } = sip.person;
  return (
    <Section id="taking-part" title={t('case.takingPart.title')}>
      <p>{t('case.takingPart.intro')}</p>
      <h3>{t('case.takingPart.contact')}</h3>
      <p className="hint">{t('case.takingPart.contactHint')}</p>
      {email || mobile ? (
        <Facts
          items={[
            [t('case.takingPart.email'), email],
            [t('case.takingPart.mobile'), mobile],
          ]}
        />
      ) : (
        <p>{t('case.takingPart.noContact')}</p>
      )}
      {may('recordPersonContact') && (
        <Disclosure id="contact-edit" label={t('case.takingPart.editContact')}>
          {(close) => <PersonContactForm sip={sip} onDone={close} />}
        </Disclosure>
      )}
      {isChild(sip) && (
        <>
          <Guardians sip={sip} mayAdd={may('recordGuardian')} mayRemove={may('removeGuardian')} />
          <ChildSignIn sip={sip} mayDecide={may('decideChildSignIn')} />
        </>
      )}
    </Section>
  );
}

function Guardians({ sip, mayAdd, mayRemove }: { sip: SipDetail; mayAdd: boolean; mayRemove: boolean }) {
  const { t } = useTranslation();
  const twoRecorded = sip.guardians.length >= 2;
  return (
    <>
      <h3>{t('case.takingPart.guardians')}</h3>
      <p className="hint">{t('case.takingPart.guardiansHint')}</p>
      {sip.guardians.length === 0 ? (
        <p>{t('case.takingPart.noGuardians')}</p>
      ) : (
        <ul className="guardian-list">
          {sip.guardians.map((guardian) => (
            <GuardianItem key={guardian.id} sipId={sip.id} guardian={guardian} mayRemove={mayRemove} />
          ))}
        </ul>
      )}
      {mayAdd &&
        (twoRecorded ? (
          <p>{t('case.takingPart.twoRecorded')}</p>
        ) : (
          <Disclosure id="guardian-add" label={t('case.takingPart.addGuardian')}>
            {(close) => <GuardianForm sipId={sip.id} onDone={close} />}
          </Disclosure>
        ))}
    </>
  );
}

function GuardianItem({
  sipId,
  guardian,
  mayRemove,
}: {
  sipId: string;
  guardian: GuardianView;
  mayRemove: boolean;
}) {
  const { t } = useTranslation();
  const remove = useCaseAction(
    sipId,
    () =>
      api.call(takingPartRoutes.removeGuardian, { params: { id: sipId, guardianId: guardian.id }, body: {} }),
    t('case.takingPart.guardianRemoved'),
  );
  const contact = [guardian.email, guardian.mobile].filter(Boolean).join(' · ');
  return (
    <li>
      <strong>{guardian.name}</strong> {guardian.idNumber}
      {contact && <> · {contact}</>}
      <br />
      <span className="hint">
        {t('case.takingPart.recordedBy', {
          name: guardian.recordedByName,
          when: formatDateTime(guardian.recordedAt),
        })}
      </span>
      {mayRemove && (
        <button
          type="button"
          className="button-secondary"
          disabled={remove.isPending}
          onClick={() => remove.mutate(undefined)}
        >
          {t('case.takingPart.removeGuardian', { name: guardian.name })}
        </button>
      )}
      {remove.error && <ErrorMessage error={remove.error} />}
    </li>
  );
}

function ChildSignIn({ sip, mayDecide }: { sip: SipDetail; mayDecide: boolean }) {
  const { t } = useTranslation();
  const { allowed, fromAge, mayBeAllowed } = sip.childSignIn;
  const decide = useCaseAction(
    sip.id,
    (next: boolean) =>
      api.call(takingPartRoutes.childSignIn, { params: { id: sip.id }, body: { allowed: next } }),
    t('case.takingPart.childSignInSaved'),
  );
  return (
    <>
      <h3>{t('case.takingPart.childSignIn')}</h3>
      <p>
        {allowed
          ? t('case.takingPart.childSignInAllowed')
          : mayBeAllowed
            ? t('case.takingPart.childSignInNotAllowed')
            : t('case.takingPart.childSignInTooYoung', { age: fromAge })}
      </p>
      {mayDecide && (allowed || mayBeAllowed) && (
        <button
          type="button"
          className="button-secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate(!allowed)}
        >
          {allowed ? t('case.takingPart.withdrawChildSignIn') : t('case.takingPart.allowChildSignIn')}
        </button>
      )}
      {decide.error && <ErrorMessage error={decide.error} />}
    </>
  );
}
