import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { conflict, unprocessable, type LocalisedText } from '../../../domain/errors.js';
import { assertPlanComplete } from '../../../domain/plan/completeness.js';
import type { approvalBody, savePlanBody } from '../../../shared/api/requests.js';
import type { PlanContent } from '../../../shared/plan.js';
import { noticePlanVersion } from '../../notifications/caseNotices.js';
import { completenessContext, presentPlan } from '../../presenters/planView.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { runPersonSipCommand, type PersonDoing } from '../personCommand.js';
import { caseTemplateVersion } from '../../data/planTemplates.js';
import { withStoredCodes } from '../../codes/planCodes.js';
import { casePhase, setNextFollowUp } from '../../data/cases.js';
import { organisationKind, unitDirectory } from '../../data/directory.js';
import { setEffortUnits, unitsTakingPart } from '../../data/participation.js';
import {
  establishedVersionOf,
  insertPlanVersion,
  planForUpdate,
  planVersion,
  recordApproval,
  writePlan,
  type WrittenWith,
} from '../../data/plans.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { planRefusalsEn } from '../../../shared/words/planRefusals.en.js';
import { planRefusalsSv } from '../../../shared/words/planRefusals.sv.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';

const words = { sv: planRefusalsSv, en: planRefusalsEn };
const personWords = { sv: personRefusalsSv, en: personRefusalsEn };

/** A plan saved now is written with the template the case uses now. */
export async function writtenWithNow(trx: Transaction<DB>, sipId: string): Promise<WrittenWith> {
  return (await caseTemplateVersion(trx, sipId)) ?? { templateId: null, templateVersion: null };
}

/**
 * A save must be based on the plan as it is now. One based on an older revision is refused with the current
 * plan, so the second of two editors sees what the first wrote and nothing is silently overwritten.
 */
async function lockCurrentPlan(trx: Transaction<DB>, sipId: string, baseRevision: number) {
  const plan = await planForUpdate(trx, sipId);
  const revision = plan?.revision ?? 0;
  if (revision !== baseRevision) {
    throw conflict(
      'stale_plan',
      bothLanguages(words, (said) => said.stale),
      { currentRevision: revision, current: await presentPlan(trx, sipId) },
    );
  }
  return plan;
}

async function checkNamedUnits(trx: Transaction<DB>, sipId: string, content: PlanContent): Promise<void> {
  const unitIds = [
    ...content.efforts.flatMap((effort) => (effort.responsibleUnitId ? [effort.responsibleUnitId] : [])),
    ...(content.coordinator.unitId ? [content.coordinator.unitId] : []),
  ];
  const unique = [...new Set(unitIds)];
  if (unique.length > 0) {
    if ((await unitDirectory(trx, unique)).size !== unique.length) {
      throw unprocessable(
        'unknown_unit',
        bothLanguages(words, (said) => said.unknownUnit),
        { field: 'content' },
      );
    }
  }
  if (content.writtenWithUnitIds.length > 0) {
    // Only a unit that takes part in the SIP can have taken part in writing its plan.
    const writers = [...new Set(content.writtenWithUnitIds)];
    const taking = await unitsTakingPart(trx, sipId, { among: writers });
    if (taking.length !== writers.length) {
      throw unprocessable(
        'writer_not_taking_part',
        bothLanguages(words, (said) => said.writerNotTakingPart),
        { field: 'content.writtenWithUnitIds' },
      );
    }
  }
  if (content.overallResponsibilityOrganisationId) {
    if (!(await organisationKind(trx, content.overallResponsibilityOrganisationId))) {
      throw unprocessable(
        'unknown_organisation',
        bothLanguages(words, (said) => said.unknownOrganisation),
        { field: 'content.overallResponsibilityOrganisationId' },
      );
    }
  }
}

/** A new established version: kept for ever, the efforts' units take part, and the follow-up date is set. */
async function addVersion(
  trx: Transaction<DB>,
  actor: Actor,
  sipId: string,
  version: number,
  content: PlanContent,
  reason: string,
  template: WrittenWith,
) {
  await insertPlanVersion(trx, {
    sipId,
    version,
    content,
    reason,
    ...template,
    authorId: actor.userId,
    authorUnitId: actor.unitId,
  });
  await setEffortUnits(
    trx,
    sipId,
    content.efforts.flatMap((effort) => (effort.responsibleUnitId ? [effort.responsibleUnitId] : [])),
  );
  await setNextFollowUp(trx, sipId, content.followUpDate);
}

/**
 * Saves the plan. Before it is established this is a draft, saved at any time. After, every save is a change:
 * it needs a reason, must keep the plan complete, and becomes a new version the individual can approve.
 */
export async function savePlan(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof savePlanBody>,
) {
  const command = (await casePhase(db, sipId)) === 'plan_established' ? 'changePlan' : 'savePlanDraft';
  return runSipCommand(db, actor, sipId, command, async ({ trx }) => {
    const current = await lockCurrentPlan(trx, sipId, body.baseRevision);
    await checkNamedUnits(trx, sipId, body.content);
    const content = await withStoredCodes(trx, body.content);
    const revision = (current?.revision ?? 0) + 1;
    const template = await writtenWithNow(trx, sipId);
    const written = { sipId, ...template, updatedBy: actor.userId };
    if (command === 'savePlanDraft') {
      await writePlan(trx, { ...written, content, revision, establishedVersion: null });
      return { result: undefined, eventData: { revision } };
    }
    if (body.reason.trim() === '') {
      throw unprocessable(
        'change_reason_missing',
        bothLanguages(words, (said) => said.changeReasonMissing),
        { field: 'reason' },
      );
    }
    assertPlanComplete(content, await completenessContext(trx, sipId, content));
    const version = (current?.establishedVersion ?? 0) + 1;
    await writePlan(trx, { ...written, content, revision, establishedVersion: version });
    await addVersion(trx, actor, sipId, version, content, body.reason, template);
    await noticePlanVersion(trx, { sipId, version }, actor.unitId);
    return { result: undefined, eventData: { revision, version } };
  });
}

export function establishPlan(db: Kysely<DB>, actor: Actor, sipId: string, baseRevision: number) {
  return runSipCommand(db, actor, sipId, 'establishPlan', async ({ trx }) => {
    const current = await lockCurrentPlan(trx, sipId, baseRevision);
    if (!current) {
      throw unprocessable(
        'plan_missing',
        bothLanguages(words, (said) => said.planMissing),
      );
    }
    // A code removed from its code system since the draft was saved is refused here too.
    const content = await withStoredCodes(trx, current.content);
    assertPlanComplete(content, await completenessContext(trx, sipId, content));
    // Established as written: with the template version of its last save.
    const template = { templateId: current.templateId, templateVersion: current.templateVersion };
    await writePlan(trx, {
      sipId,
      content,
      revision: current.revision + 1,
      establishedVersion: 1,
      ...template,
      updatedBy: actor.userId,
    });
    await addVersion(trx, actor, sipId, 1, content, '', template);
    await noticePlanVersion(trx, { sipId, version: 1 }, actor.unitId);
    return { result: undefined, eventData: { version: 1, efforts: content.efforts.length } };
  });
}

/** The individual's approval of one version, recorded once; signatures are not required by law. */
export function approveVersion(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  version: number,
  body: z.infer<typeof approvalBody>,
) {
  return runSipCommand(db, actor, sipId, 'approvePlanVersion', async ({ trx }) => {
    const row = await versionToApprove(trx, sipId, version, {
      missing: bothLanguages(words, (said) => said.versionMissing),
      superseded: bothLanguages(words, (said) => said.versionSuperseded),
    });
    if (row.approvalMethod === 'e_id') {
      // The individual's own approval is the stronger record; staff never type over it.
      throw conflict(
        'version_approved_with_e_id',
        bothLanguages(words, (said) => said.versionApprovedWithEId),
      );
    }
    if (row.approvedAt) {
      throw conflict(
        'version_already_approved',
        bothLanguages(words, (said) => said.versionAlreadyApproved),
      );
    }
    await recordApproval(trx, sipId, version, {
      approvalMethod: body.method,
      approvalNote: body.note,
      approvalRecordedBy: actor.userId,
    });
    return { result: undefined, eventData: { version, method: body.method } };
  });
}

/**
 * The individual (or a guardian) approving the plan in force with e-ID on their own pages: the same step as the
 * staff-recorded approval, in the same history, and it replaces a staff-typed approval of that version. Once
 * approved with e-ID, a version is approved for good.
 */
export function approveVersionWithEId(db: Kysely<DB>, doing: PersonDoing, sipId: string, version: number) {
  const step = { command: 'approvePlanVersion', action: 'approvePlan' } as const;
  return runPersonSipCommand(db, doing, sipId, step, async ({ trx }) => {
    const row = await versionToApprove(trx, sipId, version, {
      missing: bothLanguages(personWords, (said) => said.versionMissing),
      superseded: bothLanguages(personWords, (said) => said.notTheVersionInForce),
    });
    if (row.approvalMethod === 'e_id') {
      throw conflict(
        'version_approved_with_e_id',
        bothLanguages(personWords, (said) => said.alreadyApprovedWithEId),
      );
    }
    await recordApproval(trx, sipId, version, {
      approvalMethod: 'e_id',
      approvalNote: '',
      approvalRecordedBy: null,
      approvedByIdentityId: doing.person.identityId,
    });
    return {
      result: undefined,
      eventData: { version, method: 'e_id', replacedStaffApproval: row.approvedAt !== null },
    };
  });
}

/** The version an approval is for: it must exist and be the one in force (refused in the asker's own words). */
async function versionToApprove(
  trx: Transaction<DB>,
  sipId: string,
  version: number,
  refusals: { missing: LocalisedText; superseded: LocalisedText },
) {
  const row = await planVersion(trx, sipId, version);
  if (!row) throw unprocessable('version_missing', refusals.missing, { field: 'version' });
  if ((await establishedVersionOf(trx, sipId)) !== version)
    throw conflict('version_superseded', refusals.superseded);
  return row;
}
