import { expect } from 'vitest';
import { DomainError } from './errors.js';

/** The DomainError `run` throws; fails the test when it throws nothing or something else. */
export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
