import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisations, SipDetail } from '../../../../shared/api/responses.js';
import type { Can } from '../commands.js';
import { Section } from '../../shared/Section.js';
import { formatDateTime } from '../../shared/time.js';
import type { UnitInfo } from '../units.js';
import { MissingParts } from './MissingParts.js';
import { PlanContentView } from './PlanContentView.js';
import { PlanEditor } from './PlanEditor.js';
import { focusSoon, planFieldId } from './planIds.js';
import { PlanTemplateContext } from './templateWords.js';
import { useTemplate } from '../../templates/templateQueries.js';

/** The plan itself: written by every unit that takes part, read by the rest. */
export function PlanSection({
  sip,
  can,
  organisations,
  units,
  organisationName,
}: {
  sip: SipDetail;
  can: Can;
  organisations: Organisations | undefined;
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { plan } = sip;
  const [changing, setChanging] = useState(false);
  // The editor speaks the words of the template the case uses now: the next save is written with it.
  const template = useTemplate(sip.template?.id)?.content ?? null;
  const drafting = can('savePlanDraft');
  // An established plan is read first and changed on purpose; a draft is a living document, open for writing.
  const editing = drafting || (can('changePlan') && changing);
  return (
    <Section id="plan" title={t('case.plan.title')} guidance="plan">
      {plan ? (
        <p>
          {plan.establishedVersion ? (
            <span className="badge badge-ok">
              {t('case.plan.establishedVersion', { version: plan.establishedVersion })}
            </span>
          ) : (
            <span className="badge badge-neutral">{t('case.plan.draft')}</span>
          )}{' '}
          {plan.updatedByName &&
            t('case.plan.lastSaved', { name: plan.updatedByName, time: formatDateTime(plan.updatedAt) })}{' '}
          {plan.template && (
            <>
              {t('case.template.writtenWith', { name: plan.template.name, version: plan.template.version })}{' '}
              {plan.template.newerVersion && t('case.template.newerVersion')}
            </>
          )}
        </p>
      ) : (
        <p>{t('case.plan.notStarted')}</p>
      )}
      {editing ? (
        <PlanTemplateContext.Provider value={template}>
          <PlanEditor
            sip={sip}
            can={can}
            organisations={organisations}
            units={units}
            onSaved={drafting ? undefined : () => setChanging(false)}
            onCancel={drafting ? undefined : () => setChanging(false)}
          />
        </PlanTemplateContext.Provider>
      ) : (
        plan && (
          <>
            {!plan.establishedVersion && (
              <MissingParts missing={plan.missing} linked={false} stale={false} sipId={sip.id} />
            )}
            {can('changePlan') && (
              <div className="actions">
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => {
                    setChanging(true);
                    focusSoon(planFieldId('situation'));
                  }}
                >
                  {t('case.plan.change')}
                </button>
              </div>
            )}
            <PlanContentView content={plan.content} units={units} organisationName={organisationName} />
          </>
        )
      )}
    </Section>
  );
}
