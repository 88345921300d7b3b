import { describe, expect, it } from 'vitest';
import { walksInOrder } from './strategy.js';

describe('how a page of the case list is found', () => {
  it('walks the cases in order for a unit with many of the county’s cases', () => {
    // 14,476 cases of 100,000: a page of 50 is full after about 350 cases walked.
    expect(walksInOrder(14_476, 50, 100_000)).toBe(true);
  });

  it('gathers the unit’s own cases when the walk would pass many more of other units’', () => {
    // 114 cases of 100,000: the walk would pass about 45,000 cases for one page.
    expect(walksInOrder(114, 50, 100_000)).toBe(false);
    // The same unit in a county ten times larger still has the same few cases to gather.
    expect(walksInOrder(114, 50, 1_000_000)).toBe(false);
  });

  it('turns at about the square root of the page size times the county', () => {
    expect(walksInOrder(2_258, 50, 100_000)).toBe(false);
    expect(walksInOrder(2_259, 50, 100_000)).toBe(true);
  });

  it('gathers when the county has not been estimated yet', () => {
    expect(walksInOrder(1_000_000, 50, null)).toBe(false);
  });
});
