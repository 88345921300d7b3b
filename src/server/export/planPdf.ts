import type { Goal } from '../../shared/plan.js';
import { fill } from '../../shared/words/fill.js';
import { planPdfSv } from '../../shared/words/planPdf.sv.js';
import { startSv } from '../../shared/words/start.sv.js';
import { vocabSv } from '../../shared/words/vocab.sv.js';
import { codesNote, dateOf, fact, unitNamer, type PlanPdfFacts } from './planPdfFacts.js';
import { participationSection } from './planPdfParticipation.js';
import { finishTaggedPdf, taggedPdf } from './taggedPdf.js';
import { taggedWriter } from './taggedWriter.js';

const print = startSv.print;

/**
 * The PDF of one established plan version, in the print view's order and words (`PlanDocument`): headings, lists
 * and tables, tagged so a screen reader follows it, with "Ärende … · sida x av y" at the foot of every page. Its
 * title and metadata carry the case number and version, never the person.
 */
export function planPdf(facts: PlanPdfFacts): Promise<Buffer> {
  const { caseNumber, version, content, person } = facts;
  const doc = taggedPdf({
    title: fill(planPdfSv.title, { caseNumber, version }),
    subject: `${print.title} – ${facts.copyFor}`,
    createdAt: facts.establishedAt,
  });
  const write = taggedWriter(doc);
  const unitName = unitNamer(facts.units);
  /** A written part under its own heading; an empty part says so. `note` follows the text in smaller type. */
  const part = (parent: PDFKit.PDFStructureElement, title: string, text: string, note?: string) => {
    write.heading(parent, 'H3', title);
    write.paragraph(parent, { text: text.trim() || startSv.notFilledIn, note });
  };

  const header = write.section(print.title, 'H1');
  const { establishedBy, template } = facts;
  for (const line of [
    facts.copyFor,
    fact(print.caseNumber, caseNumber),
    fact(print.person, person.name),
    fact(vocabSv.idKind[person.idKind], person.idNumber),
    fact(print.status, fill(print.established, { version, date: dateOf(facts.establishedAt) })),
    fill(planPdfSv.establishedBy, { name: establishedBy.name, unit: establishedBy.unitName }),
    ...(template ? [fact(print.template, fill(print.templateVersion, template))] : []),
    fact(print.convener, unitName(facts.convenerUnitId)),
    ...(person.protectedIdentity ? [print.protectedIdentity] : []),
  ])
    write.paragraph(header, line);
  header.end();

  const about = write.section(print.aboutHeading);
  part(about, print.situation, content.situation);
  part(about, print.needs, content.needs, codesNote(content.needsCodes));
  part(about, print.strengths, content.strengths);
  part(about, print.wishes, content.wishes);
  about.end();

  const goals = write.section(print.goalsHeading);
  const goalsOf = (kind: Goal['kind']) =>
    content.goals
      .filter((goal) => goal.kind === kind)
      .map((goal) => ({ text: goal.text, note: codesNote(goal.codes) }));
  write.heading(goals, 'H3', print.individualGoals);
  write.list(goals, goalsOf('individual'), print.noGoals);
  write.heading(goals, 'H3', print.sharedGoals);
  write.list(goals, goalsOf('shared'), print.noGoals);
  goals.end();

  const efforts = write.section(print.effortsHeading);
  if (content.efforts.length === 0) write.paragraph(efforts, print.noEfforts);
  else
    write.table(
      efforts,
      [print.effort, print.responsible, print.contactPerson, print.startDate, print.endDate],
      // A table cell has one type size, so an effort's codes follow its text on a line of their own.
      content.efforts.map((effort) => [
        [effort.description, codesNote(effort.codes)].filter(Boolean).join('\n'),
        unitName(effort.responsibleUnitId),
        effort.contactPerson || startSv.none,
        dateOf(effort.startDate),
        dateOf(effort.endDate),
      ]),
      ['*', 115, 80, 64, 64],
    );
  efforts.end();

  const measures = write.section(print.measuresHeading);
  if (content.measuresByOthers.length === 0) write.paragraph(measures, print.noMeasures);
  else
    write.table(
      measures,
      [print.measure, print.actor, print.contact],
      content.measuresByOthers.map((measure) => [
        measure.description,
        measure.actor || startSv.none,
        measure.contact || startSv.none,
      ]),
      ['*', 120, 120],
    );
  measures.end();

  const responsibility = write.section(print.responsibilityHeading);
  write.paragraph(
    responsibility,
    fact(print.responsibility, facts.overallResponsibility ?? startSv.notFilledIn),
  );
  write.heading(responsibility, 'H3', print.coordinatorHeading);
  const { coordinator } = content;
  const filled = (text: string) => text || startSv.notFilledIn;
  for (const [label, value] of [
    [print.name, filled(coordinator.name)],
    [print.unit, coordinator.unitId ? unitName(coordinator.unitId) : startSv.notFilledIn],
    [print.phone, filled(coordinator.phone)],
    [print.email, filled(coordinator.email)],
  ] as const)
    write.paragraph(responsibility, fact(label, value));
  responsibility.end();

  const timePlan = write.section(print.timePlanHeading);
  write.paragraph(timePlan, content.timePlan.trim() || startSv.notFilledIn);
  timePlan.end();

  const followUp = write.section(print.followUpHeading);
  part(followUp, print.followUpWhat, content.followUpWhat);
  part(followUp, print.followUpDate, content.followUpDate ? dateOf(content.followUpDate) : '');
  followUp.end();

  const medication = write.section(print.medicationHeading);
  part(medication, print.medication, content.medication);
  part(medication, print.assistiveDevices, content.assistiveDevices);
  medication.end();

  // The child's view belongs in a child's plan; an adult's plan has it only if someone wrote it.
  if (person.child || content.childView.trim() !== '' || content.childViewHowObtained.trim() !== '') {
    const child = write.section(print.childHeading);
    part(child, print.childView, content.childView);
    part(child, print.childViewHow, content.childViewHowObtained);
    child.end();
  }

  participationSection(write, facts, unitName);

  const approval = write.section(print.approvalHeading);
  write.paragraph(
    approval,
    facts.approval
      ? fill(print.approved, {
          version,
          method: facts.approval.method ? startSv.approvalMethod[facts.approval.method] : '',
          date: dateOf(facts.approval.at),
        })
      : fill(print.notApproved, { version }),
  );
  if (facts.approval?.note) write.paragraph(approval, facts.approval.note);
  write.paragraph(approval, print.footer);
  approval.end();

  return finishTaggedPdf(doc, (page, pages) => fill(planPdfSv.footer, { caseNumber, page, pages }));
}
