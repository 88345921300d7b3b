import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import { fill } from '../../shared/words/fill.js';
import { planPdfSv } from '../../shared/words/planPdf.sv.js';
import { startSv } from '../../shared/words/start.sv.js';
import type { CarePlanDocument } from '../data/carePlanDocuments.js';
import { plainPlanOf } from '../routes/person/plainPlan.js';

const print = startSv.print;

/**
 * The version as plain Swedish text (the answer's `text/plain` content): the parts the law asks a plan to show,
 * in the print view's order and words, with units and organisations by name. A journal reader shows it as it is,
 * so it is lines of text, headings on lines of their own and list items after a dash.
 */
export async function carePlanText(db: Kysely<DB>, document: CarePlanDocument): Promise<string> {
  const { content } = document;
  const plain = await plainPlanOf(db, content);
  const or = (text: string | null, empty: string = startSv.notFilledIn) => text?.trim() || empty;
  const fact = (label: string, value: string | null) => fill(planPdfSv.fact, { label, value: or(value) });
  const list = (items: string[], empty: string) =>
    items.length === 0 ? [empty] : items.map((item) => `- ${item}`);
  const goals = (kind: 'individual' | 'shared') =>
    list(
      plain.goals.filter((goal) => goal.kind === kind).map((goal) => goal.text),
      print.noGoals,
    );
  const section = (heading: string, ...lines: string[]) => ['', heading, ...lines];
  const approval = document.approvedAt
    ? fill(print.approved, {
        version: document.version,
        method: document.approvalMethod ? startSv.approvalMethod[document.approvalMethod] : '',
        date: stockholmDate(document.approvedAt),
      })
    : fill(print.notApproved, { version: document.version });
  return [
    print.title,
    fact(print.caseNumber, document.caseNumber),
    fill(print.established, { version: document.version, date: stockholmDate(document.establishedAt) }),
    fill(planPdfSv.establishedBy, { name: document.authorName, unit: document.unit.name }),
    ...section(
      print.aboutHeading,
      fact(print.situation, plain.situation),
      fact(print.needs, plain.needs),
      fact(print.strengths, plain.strengths),
      fact(print.wishes, plain.wishes),
    ),
    ...section(
      print.goalsHeading,
      print.individualGoals,
      ...goals('individual'),
      print.sharedGoals,
      ...goals('shared'),
    ),
    ...section(
      print.effortsHeading,
      ...list(
        plain.efforts.map((effort) =>
          [
            effort.description,
            fact(print.responsible, effort.unitName),
            fact(print.contactPerson, effort.contact),
            fact(print.startDate, effort.startDate),
            fact(print.endDate, effort.endDate),
          ].join('\n  '),
        ),
        print.noEfforts,
      ),
    ),
    ...section(
      print.measuresHeading,
      ...list(
        plain.measuresByOthers.map((measure) =>
          [measure.description, measure.actor, measure.contact]
            .filter((text) => text.trim() !== '')
            .join(' – '),
        ),
        print.noMeasures,
      ),
    ),
    ...section(print.responsibilityHeading, fact(print.responsibility, plain.overallResponsibility)),
    ...section(
      print.coordinatorHeading,
      fact(print.name, plain.coordinator.name),
      fact(print.unit, plain.coordinator.unitName),
      fact(print.phone, plain.coordinator.phone),
      fact(print.email, plain.coordinator.email),
    ),
    ...section(
      print.followUpHeading,
      fact(print.timePlanHeading, plain.timePlan),
      fact(print.followUpWhat, plain.followUpWhat),
      fact(print.followUpDate, plain.followUpDate),
    ),
    ...section(
      print.medicationHeading,
      fact(print.medication, content.medication),
      fact(print.assistiveDevices, content.assistiveDevices),
    ),
    ...section(
      print.childHeading,
      fact(print.childView, content.childView),
      fact(print.childViewHow, content.childViewHowObtained),
    ),
    ...section(
      print.participationHeading,
      fact(print.individualParticipation, content.individualParticipation),
    ),
    ...section(print.approvalHeading, approval, print.footer),
  ].join('\n');
}
