import type { PlanVersionsTable } from '../../db/schema.js';
import type { Goal, PlanContent } from '../../shared/plan.js';
import { fill } from '../../shared/words/fill.js';
import { planPdfSv } from '../../shared/words/planPdf.sv.js';
import { startSv } from '../../shared/words/start.sv.js';
import type { UnitInfo } from '../data/directory.js';
import { finishTaggedPdf, taggedPdf } from './taggedPdf.js';

const print = startSv.print;

/** What the PDF of one established plan version says, beside the plan's own text. Never the person's identity. */
export interface PlanPdfFacts {
  caseNumber: string;
  version: number;
  establishedAt: Date;
  establishedBy: { name: string; unitName: string };
  approval: {
    at: Date;
    method: PlanVersionsTable['approvalMethod'];
    note: string;
  } | null;
  template: { name: string; version: number } | null;
  convenerUnitId: string;
  /** Names of the convening unit, the coordinator's unit and every unit responsible for an effort. */
  units: Map<string, UnitInfo>;
  content: PlanContent;
}

const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' });
const dateOf = (value: Date | string | null) =>
  value === null ? startSv.none : swedishDate.format(new Date(value));

type Section = PDFKit.PDFStructureElement;

/** A table cell of pdfkit's that its types do not know: a header cell's scope, written as the `Scope` attribute. */
type HeaderCell = PDFKit.Mixins.CellOptions & { scope: 'Column' };
type TaggedTable = PDFKit.Mixins.TableOptionsWithData & { structParent: Section };

/**
 * The PDF of one established plan version, in the print view's order and words: headings, lists and a table of
 * the efforts, tagged so a screen reader follows it, with "Ärende … · sida x av y" at the foot of every page.
 * Served by `GET /api/sips/:id/plan/versions/:version/pdf` (routes/plan/routes.ts).
 */
export function planPdf(facts: PlanPdfFacts): Promise<Buffer> {
  const { caseNumber, version, content } = facts;
  const doc = taggedPdf({
    title: fill(planPdfSv.title, { caseNumber, version }),
    subject: print.title,
    createdAt: facts.establishedAt,
  });
  const unitName = (unitId: string | null) => {
    const unit = unitId === null ? undefined : facts.units.get(unitId);
    return unit ? `${unit.unitName}, ${unit.organisationName}` : startSv.none;
  };

  const section = (title: string, level: 'H1' | 'H2' = 'H2') => {
    const element = doc.struct('Sect');
    doc.addStructure(element);
    heading(element, level, title);
    return element;
  };
  const heading = (parent: Section, level: 'H1' | 'H2' | 'H3', text: string) => {
    const size = { H1: 18, H2: 14, H3: 11 }[level];
    doc.moveDown(level === 'H3' ? 0.5 : 1);
    parent.add(doc.struct(level, {}, () => doc.font('bold').fontSize(size).text(text)));
    doc.font('regular').fontSize(10);
  };
  const paragraph = (parent: Section, text: string) => {
    parent.add(doc.struct('P', {}, () => doc.text(text)));
  };
  const part = (parent: Section, title: string, text: string) => {
    heading(parent, 'H3', title);
    paragraph(parent, text.trim() || startSv.notFilledIn);
  };
  const list = (parent: Section, items: string[], empty: string) => {
    if (items.length === 0) return paragraph(parent, empty);
    const element = doc.struct('L');
    parent.add(element);
    doc.list(items, { structParent: element, listType: 'numbered' });
    element.end();
  };

  const header = section(print.title, 'H1');
  const fact = (label: string, value: string) => fill(planPdfSv.fact, { label, value });
  const { establishedBy, template } = facts;
  for (const line of [
    fact(print.caseNumber, caseNumber),
    fill(print.established, { version, date: dateOf(facts.establishedAt) }),
    fill(planPdfSv.establishedBy, { name: establishedBy.name, unit: establishedBy.unitName }),
    ...(template ? [fact(print.template, fill(print.templateVersion, template))] : []),
    fact(print.convener, unitName(facts.convenerUnitId)),
  ])
    paragraph(header, line);
  header.end();

  const about = section(print.aboutHeading);
  part(about, print.situation, content.situation);
  part(about, print.needs, content.needs);
  part(about, print.strengths, content.strengths);
  part(about, print.wishes, content.wishes);
  about.end();

  const goals = section(print.goalsHeading);
  const goalTexts = (kind: Goal['kind']) =>
    content.goals.filter((goal) => goal.kind === kind).map((goal) => goal.text);
  heading(goals, 'H3', print.individualGoals);
  list(goals, goalTexts('individual'), print.noGoals);
  heading(goals, 'H3', print.sharedGoals);
  list(goals, goalTexts('shared'), print.noGoals);
  goals.end();

  const efforts = section(print.effortsHeading);
  if (content.efforts.length === 0) paragraph(efforts, print.noEfforts);
  else {
    const headerCell = (text: string): HeaderCell => ({
      text,
      type: 'TH',
      scope: 'Column',
      font: { src: 'bold' },
    });
    const table: TaggedTable = {
      structParent: efforts,
      data: [
        [print.effort, print.responsible, print.contactPerson, print.startDate, print.endDate].map(
          headerCell,
        ),
        ...content.efforts.map((effort) => [
          effort.description,
          unitName(effort.responsibleUnitId),
          effort.contactPerson || startSv.none,
          dateOf(effort.startDate),
          dateOf(effort.endDate),
        ]),
      ],
    };
    doc.moveDown(0.5);
    doc.table(table);
  }
  efforts.end();

  const measures = section(print.measuresHeading);
  list(
    measures,
    content.measuresByOthers.map((measure) =>
      [measure.description, measure.actor, measure.contact].filter((text) => text.trim() !== '').join(' – '),
    ),
    print.noMeasures,
  );
  measures.end();

  const coordinator = section(print.coordinatorHeading);
  for (const [label, value] of [
    [print.name, content.coordinator.name || startSv.none],
    [print.unit, unitName(content.coordinator.unitId)],
    [print.phone, content.coordinator.phone || startSv.none],
    [print.email, content.coordinator.email || startSv.none],
  ] as const)
    paragraph(coordinator, fact(label, value));
  coordinator.end();

  const followUp = section(print.followUpHeading);
  part(followUp, print.timePlanHeading, content.timePlan);
  part(followUp, print.followUpWhat, content.followUpWhat);
  paragraph(followUp, fact(print.followUpDate, dateOf(content.followUpDate)));
  followUp.end();

  const medication = section(print.medicationHeading);
  part(medication, print.medication, content.medication);
  part(medication, print.assistiveDevices, content.assistiveDevices);
  medication.end();

  const approval = section(print.approvalHeading);
  paragraph(
    approval,
    facts.approval
      ? fill(print.approved, {
          version,
          method: facts.approval.method ? startSv.approvalMethod[facts.approval.method] : '',
          date: dateOf(facts.approval.at),
        })
      : fill(print.notApproved, { version }),
  );
  if (facts.approval?.note) paragraph(approval, facts.approval.note);
  paragraph(approval, print.footer);
  approval.end();

  return finishTaggedPdf(doc, (page, pages) => fill(planPdfSv.footer, { caseNumber, page, pages }));
}
