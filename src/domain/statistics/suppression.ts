/**
 * Small-count suppression of one additive group: a total and the rows that together make it up (the rows of a
 * breakdown, the categories of a distribution, the values of a filtered dimension). Zero is shown: it reveals
 * nobody. The rule, in order (docs/decisions/0011-statistics.md):
 * 1. primary: a count from 1 to threshold − 1 is suppressed, the total as well as a row;
 * 2. a suppressed total suppresses every row that is not zero, since the rows would add up to it;
 * 3. secondary: while the suppressed rows could be told apart or add up to a small number by subtracting the
 *    shown rows from the total (one suppressed row, or suppressed rows summing below the threshold), the smallest
 *    shown row that is not zero is suppressed too; when no such row is left, the total is suppressed.
 */
export interface GroupSuppression {
  total: boolean;
  rows: boolean[];
}

export function suppressGroup(
  total: number,
  rows: readonly number[],
  threshold: number,
  totalAlreadySuppressed = false,
): GroupSuppression {
  const small = (value: number) => value > 0 && value < threshold;
  let totalSuppressed = totalAlreadySuppressed || small(total);
  const suppressed = rows.map((value) => (totalSuppressed ? value > 0 : small(value)));
  if (totalSuppressed) return { total: true, rows: suppressed };

  const exposed = () => {
    const hidden = rows.filter((_, index) => suppressed[index]);
    const sum = hidden.reduce((a, b) => a + b, 0);
    return hidden.length > 0 && (hidden.length === 1 || sum < threshold);
  };
  while (exposed()) {
    const candidates = rows
      .map((value, index) => ({ value, index }))
      .filter(({ value, index }) => value > 0 && !suppressed[index])
      .sort((a, b) => a.value - b.value);
    const next = candidates[0];
    if (!next) {
      totalSuppressed = true;
      break;
    }
    suppressed[next.index] = true;
  }
  return { total: totalSuppressed, rows: suppressed };
}
