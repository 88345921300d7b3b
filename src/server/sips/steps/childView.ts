import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { unprocessable } from '../../../domain/errors.js';
import { nextPhase } from '../../../domain/sip/lifecycle.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { emptyPlan } from '../../../shared/emptyPlan.js';
import type { PlanContent } from '../../../shared/plan.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { childViewTextEn } from '../../../shared/words/childViewText.en.js';
import { childViewTextSv } from '../../../shared/words/childViewText.sv.js';
import { fill } from '../../../shared/words/fill.js';
import { takingPartRefusalsEn } from '../../../shared/words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../../../shared/words/takingPartRefusals.sv.js';
import { childViewOf, confirmChildView } from '../../data/childViews.js';
import { planForUpdate, writePlan } from '../../data/plans.js';
import type { Language } from '../../language.js';
import type { Actor } from '../actor.js';
import { runCaseChange } from '../caseChange.js';
import { writtenWithNow } from './plan.js';

const refusals = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };
const texts = { sv: childViewTextSv, en: childViewTextEn };

/**
 * Staff take what the child told before the meeting into the plan draft as "barnets synpunkter", and how it was
 * obtained, replacing what the draft said there; the child's view records when and by whom. A draft is written
 * only while the plan is being written (the lifecycle's rule for saving a draft): afterwards a change to the plan
 * is a new version with a reason, made in the plan itself. Like any save, it moves the draft's revision on, so an
 * editor with the draft open is shown the new text before saving over it.
 */
export function takeChildViewIntoPlan(db: Kysely<DB>, actor: Actor, sipId: string, language: Language) {
  return runCaseChange(db, actor, sipId, 'confirmChildView', async ({ trx, sip }) => {
    nextPhase(sip.phase, 'savePlanDraft');
    const view = await childViewOf(trx, sipId);
    if (!view || (!view.good && !view.hard && !view.wishes && !view.hasPicture)) {
      throw unprocessable(
        'no_child_view',
        bothLanguages(refusals, (said) => said.noChildView),
      );
    }
    const words = texts[language];
    const told = [
      ...(view.good ? [fill(words.good, { text: view.good })] : []),
      ...(view.hard ? [fill(words.hard, { text: view.hard })] : []),
      ...(view.wishes ? [fill(words.wishes, { text: view.wishes })] : []),
      ...(view.hasPicture ? [words.picture] : []),
    ];
    const plan = await planForUpdate(trx, sipId);
    const content: PlanContent = {
      ...(plan?.content ?? emptyPlan()),
      childView: told.join('\n\n'),
      childViewHowObtained: fill(words.howObtained, { date: stockholmDate(view.updatedAt) }),
    };
    const revision = (plan?.revision ?? 0) + 1;
    const writtenWith = plan
      ? { templateId: plan.templateId, templateVersion: plan.templateVersion }
      : await writtenWithNow(trx, sipId);
    await writePlan(trx, {
      sipId,
      ...writtenWith,
      content,
      revision,
      establishedVersion: null,
      updatedBy: actor.userId,
    });
    await confirmChildView(trx, sipId, actor.userId);
    return { result: undefined, eventData: { revision } };
  });
}
