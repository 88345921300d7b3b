import { useTranslation } from 'react-i18next';
import type { FromPersonView, SipDetail } from '../../../shared/api/responses.js';
import { takingPartRoutes } from '../../../shared/api/takingPartRoutes.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Facts, Prose } from '../shared/Facts.js';
import { Section } from '../shared/Section.js';
import { formatDateTime } from '../shared/time.js';
import { personHasTold } from './person.js';
import { useCaseAction } from './useCaseAction.js';

type Writer = NonNullable<FromPersonView['preparation']>['writtenBy'];

/**
 * What the individual, a guardian or the child wrote on their own pages, for staff preparing the meeting: what
 * matters, questions and own goals, their answers to the meeting, what they said is wrong with a plan version,
 * and the child's voice with its picture — which staff take into the plan draft as "barnets synpunkter".
 */
export function FromPersonSection({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const told = sip.fromPerson;
  const writer = (by: Writer, when: string) =>
    t('case.fromPerson.writtenBy', {
      name: by.name,
      relation: t(`case.fromPerson.relation.${by.relation}`),
      when: formatDateTime(when),
    });
  return (
    <Section id="from-person" title={t('case.fromPerson.title')}>
      <p>{t('case.fromPerson.intro')}</p>
      {!personHasTold(told) ? (
        <p>{t('case.fromPerson.nothing')}</p>
      ) : (
        <>
          {told.preparation && (
            <>
              <h3>{t('case.fromPerson.preparation')}</h3>
              <Facts
                items={[
                  [t('case.fromPerson.whatMatters'), <Prose key="w" text={told.preparation.whatMatters} />],
                  [t('case.fromPerson.questions'), <Prose key="q" text={told.preparation.questions} />],
                  [t('case.fromPerson.ownGoals'), <Prose key="g" text={told.preparation.ownGoals} />],
                ]}
              />
              <p className="hint">{writer(told.preparation.writtenBy, told.preparation.updatedAt)}</p>
            </>
          )}
          {told.meetingAnswers.length > 0 && (
            <>
              <h3>{t('case.fromPerson.meetingAnswers')}</h3>
              <ul>
                {told.meetingAnswers.map((answer) => (
                  <li key={`${answer.answeredBy.name}-${answer.answeredAt}`}>
                    <strong>
                      {answer.answer === 'coming'
                        ? t('case.fromPerson.coming')
                        : t('case.fromPerson.anotherTime')}
                    </strong>
                    {answer.wish && <> — {t('case.fromPerson.wish', { wish: answer.wish })}</>}
                    <br />
                    <span className="hint">{writer(answer.answeredBy, answer.answeredAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {told.objections.length > 0 && (
            <>
              <h3>{t('case.fromPerson.objections')}</h3>
              <ul>
                {told.objections.map((objection) => (
                  <li key={`${objection.version}-${objection.createdAt}`}>
                    <strong>{t('case.fromPerson.objection', { version: objection.version })}</strong>
                    <Prose text={objection.text} />
                    <span className="hint">{writer(objection.writtenBy, objection.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {told.childView && <ChildView sip={sip} view={told.childView} writtenBy={writer} />}
        </>
      )}
    </Section>
  );
}

function ChildView({
  sip,
  view,
  writtenBy,
}: {
  sip: SipDetail;
  view: NonNullable<FromPersonView['childView']>;
  writtenBy: (by: Writer, when: string) => string;
}) {
  const { t } = useTranslation();
  const confirm = useCaseAction(
    sip.id,
    () => api.call(takingPartRoutes.confirmChildView, { params: { id: sip.id }, body: {} }),
    t('case.fromPerson.confirmedNow'),
  );
  return (
    <>
      <h3>{t('case.fromPerson.childView')}</h3>
      <Facts
        items={[
          [t('case.fromPerson.good'), <Prose key="g" text={view.good} />],
          [t('case.fromPerson.hard'), <Prose key="h" text={view.hard} />],
          [t('case.fromPerson.wishes'), <Prose key="w" text={view.wishes} />],
        ]}
      />
      {view.hasPicture && (
        <figure className="child-picture">
          <img
            src={takingPartRoutes.childPicture.path.replace(':id', sip.id)}
            alt={t('case.fromPerson.picture')}
          />
          <figcaption>{t('case.fromPerson.picture')}</figcaption>
        </figure>
      )}
      <p className="hint">{writtenBy(view.writtenBy, view.updatedAt)}</p>
      {view.confirmedAt && (
        <p>
          {t('case.fromPerson.confirmed', {
            name: view.confirmedByName ?? '',
            when: formatDateTime(view.confirmedAt),
          })}
        </p>
      )}
      {sip.allowedChanges.includes('confirmChildView') && (
        <>
          <p className="hint" id="child-view-confirm-hint">
            {t('case.fromPerson.confirmHint')}
          </p>
          <button
            type="button"
            className="button-primary"
            aria-describedby="child-view-confirm-hint"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate(undefined)}
          >
            {t('case.fromPerson.confirm')}
          </button>
          {confirm.error && <ErrorMessage error={confirm.error} />}
        </>
      )}
    </>
  );
}
