import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { suppressGroup } from '../../domain/statistics/suppression.js';
import {
  codedParts,
  suppressionThreshold,
  type CodedPart,
  type CodeCount,
  type Figure,
} from '../../shared/api/statistics.js';
import type { Period } from './indicatorQueries.js';

/** How many codes the report lists: the most used, not every code of a system. */
const codesShown = 50;

/** A code counted in the period: SIPs whose plan in force has it on each part. */
interface Counted {
  system: string;
  code: string;
  counts: Record<CodedPart, number>;
}

/** The code facts of SIPs whose established plan was in force some day of the period. */
const inForce = (period: Pick<Period, 'from' | 'to'>) =>
  sql<boolean>`established_on <= ${period.to}::date AND (ended_on IS NULL OR ended_on >= ${period.from}::date)`;

/** SIPs per code and part among the code facts `where` keeps, by `column`'s value when given. */
async function countCodes(
  db: Kysely<DB>,
  period: Period,
  where: RawBuilder<boolean>,
  column: string | null,
): Promise<Map<string, Counted[]>> {
  const group = column ? sql`coalesce(${sql.ref(column)}, '')` : sql`''`;
  const { rows } = await sql<{
    grouped: string;
    system: string;
    code: string;
    part: CodedPart;
    sips: string;
  }>`
    SELECT ${group} AS grouped, system, code, part, count(*) AS sips
    FROM statistics_code_facts
    WHERE ${where} AND ${inForce(period)}
    GROUP BY 1, system, code, part`.execute(db);
  const byGroup = new Map<string, Map<string, Counted>>();
  for (const row of rows) {
    const codes = byGroup.get(row.grouped) ?? new Map<string, Counted>();
    byGroup.set(row.grouped, codes);
    const key = `${row.system}|${row.code}`;
    const counted = codes.get(key) ?? {
      system: row.system,
      code: row.code,
      counts: { need: 0, goal: 0, effort: 0 },
    };
    counted.counts[row.part] = Number(row.sips);
    codes.set(key, counted);
  }
  return new Map([...byGroup].map(([key, codes]) => [key, [...codes.values()]]));
}

/**
 * Plans by code (decision 0040): for each code on the needs, goals or efforts of the plans in force in the
 * period, how many SIPs in scope have it there. One SIP may have many codes, so the codes are not parts of a
 * total: where counts are suppressed, each count from 1 to 4 is shown as "<5", and under a filtered dimension a
 * count is hidden when it is hidden among that dimension's values (as 0011 does for the indicators), so the
 * report without the filter cannot give it away. The most used codes first, each with its system's name and its
 * display as loaded now (a code since removed from its system is listed by its code alone).
 */
export async function codeCounts<Dimension extends string>(
  db: Kysely<DB>,
  period: Period,
  /** The scope and the filters, without the filter of the dimension named. */
  where: (except: Dimension | null) => RawBuilder<boolean>,
  suppress: { counts: boolean; filtered: { dimension: Dimension; column: string; value: string }[] },
): Promise<CodeCount[]> {
  const counted = (await countCodes(db, period, where(null), null)).get('') ?? [];
  const hiddenByDimension = new Set<string>();
  if (suppress.counts) {
    for (const { dimension, column, value } of suppress.filtered) {
      const byValue = await countCodes(db, period, where(dimension), column);
      const values = [...byValue.keys()];
      for (const { system, code } of counted) {
        for (const part of codedParts) {
          const rows = values.map(
            (key) =>
              byValue.get(key)?.find((one) => one.system === system && one.code === code)?.counts[part] ?? 0,
          );
          const total = rows.reduce((sum, n) => sum + n, 0);
          if (suppressGroup(total, rows, suppressionThreshold).rows[values.indexOf(value)])
            hiddenByDimension.add(`${system}|${code}|${part}`);
        }
      }
    }
  }
  const figure = (counts: Counted, part: CodedPart): Figure => {
    const value = counts.counts[part];
    const hidden =
      suppress.counts &&
      ((value > 0 && value < suppressionThreshold) ||
        hiddenByDimension.has(`${counts.system}|${counts.code}|${part}`));
    return hidden ? { value: null, base: null, suppressed: true } : { value, base: value, suppressed: false };
  };
  const most = (one: Counted) => Math.max(...codedParts.map((part) => one.counts[part]));
  const shown = counted
    .sort((a, b) => most(b) - most(a) || a.system.localeCompare(b.system) || a.code.localeCompare(b.code))
    .slice(0, codesShown);
  const names = await codeNames(db, shown);
  return shown.map((one) => {
    const named = names.get(`${one.system}|${one.code}`);
    return {
      system: one.system,
      systemName: named?.systemName ?? one.system,
      code: one.code,
      display: named?.display ?? null,
      needs: figure(one, 'need'),
      goals: figure(one, 'goal'),
      efforts: figure(one, 'effort'),
    };
  });
}

async function codeNames(db: Kysely<DB>, codes: readonly { system: string; code: string }[]) {
  if (codes.length === 0) return new Map<string, { systemName: string; display: string | null }>();
  const { rows } = await sql<{ system: string; code: string; systemName: string; display: string | null }>`
    SELECT s.uri AS system, w.code, s.name AS system_name, c.display
    FROM unnest(${codes.map((one) => one.system)}::text[], ${codes.map((one) => one.code)}::text[])
      AS w (system, code)
    JOIN code_systems s ON s.uri = w.system
    LEFT JOIN codes c ON c.system_id = s.id AND c.code = w.code`.execute(db);
  return new Map(rows.map((row) => [`${row.system}|${row.code}`, row]));
}
