import type { Selectable } from 'kysely';
import type { InvitationsTable, MeetingsTable, PlanVersionsTable } from '../../db/schema.js';
import type { IdKind } from '../../domain/identity/idNumber.js';
import type { Coding } from '../../shared/coding.js';
import type { PlanContent } from '../../shared/plan.js';
import { fill } from '../../shared/words/fill.js';
import { planPdfSv } from '../../shared/words/planPdf.sv.js';
import { startSv } from '../../shared/words/start.sv.js';
import type { UnitInfo } from '../data/directory.js';

/**
 * What the PDF of one established plan version says, beside the plan's own text: resolved before rendering, so
 * the renderer decides nothing about who may see what.
 */
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
  /** Whose copy this is: "Exemplar för den enskilde", or for a unit by name. */
  copyFor: string;
  /** The person as the reader may see them: a protected identity's name masked for staff. Never an address. */
  person: {
    name: string;
    idKind: IdKind;
    idNumber: string;
    protectedIdentity: boolean;
    /** Under 18 when the version was established: the child's view belongs in the plan. */
    child: boolean;
  };
  convenerUnitId: string;
  overallResponsibility: string | undefined;
  /** The meeting the version came from and the units invited to it; null when it had none. */
  meeting: {
    startsAt: Date;
    form: MeetingsTable['form'];
    place: string;
    individualPresent: boolean | null;
    relativesPresent: boolean | null;
    attendanceNote: string;
    invitations: Pick<
      Selectable<InvitationsTable>,
      'unitId' | 'obliged' | 'status' | 'attendees' | 'attendance'
    >[];
  } | null;
  /** Names of every unit the document names. */
  units: Map<string, UnitInfo>;
  content: PlanContent;
}

const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' });
const swedishTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', timeStyle: 'short' });

/** A day as Swedish readers write it, in Stockholm; "–" for none. */
export const dateOf = (value: Date | string | null) =>
  value === null ? startSv.none : swedishDate.format(new Date(value));

export const dateTimeOf = (value: Date) =>
  fill(planPdfSv.dateTime, { date: swedishDate.format(value), time: swedishTime.format(value) });

/** A unit with its organisation, as the print view names it; "–" for none or one not found. */
export function unitNamer(units: Map<string, UnitInfo>) {
  return (unitId: string | null) => {
    const unit = unitId === null ? undefined : units.get(unitId);
    return unit ? `${unit.unitName}, ${unit.organisationName}` : startSv.none;
  };
}

export const fact = (label: string, value: string) => fill(planPdfSv.fact, { label, value });

/**
 * The codes beside a free text, as a line after it: code and the code system's Swedish display ("d450 Gå"), so
 * the reader sees what was classified and how. None for no codes.
 */
export function codesNote(codes: Coding[]): string | undefined {
  if (codes.length === 0) return undefined;
  const said = codes.map((coding) => fill(planPdfSv.coding, coding)).join('; ');
  return fill(codes.length === 1 ? planPdfSv.code : planPdfSv.codes, { codes: said });
}
