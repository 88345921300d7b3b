import { describe, expect, it } from 'vitest';
import { suppressGroup } from './suppression.js';

describe('small-count suppression of a total and its rows', () => {
  it('shows everything when no count is small, and zero always', () => {
    expect(suppressGroup(20, [5, 15, 0], 5)).toEqual({ total: false, rows: [false, false, false] });
  });

  it('hides a small row and the next smallest with it, so neither is the total minus the rest', () => {
    expect(suppressGroup(30, [3, 12, 6, 9], 5)).toEqual({ total: false, rows: [true, false, true, false] });
  });

  it('keeps hiding rows until the hidden ones add up to five or more', () => {
    expect(suppressGroup(28, [1, 2, 25], 5)).toEqual({ total: false, rows: [true, true, true] });
    expect(suppressGroup(28, [1, 2, 5, 20], 5)).toEqual({ total: false, rows: [true, true, true, false] });
  });

  it('hides the total when no other row can cover a hidden one', () => {
    expect(suppressGroup(8, [3, 0, 5], 5)).toEqual({ total: false, rows: [true, false, true] });
    expect(suppressGroup(7, [3], 5)).toEqual({ total: true, rows: [true] });
  });

  it('hides every row that is not zero under a hidden total', () => {
    expect(suppressGroup(4, [4, 0], 5)).toEqual({ total: true, rows: [true, false] });
    expect(suppressGroup(9, [6, 3, 0], 5, true)).toEqual({ total: true, rows: [true, true, false] });
  });
});
