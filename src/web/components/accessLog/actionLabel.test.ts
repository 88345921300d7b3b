import { describe, expect, it } from 'vitest';
import { plainAccessActions } from '../../../shared/api/accessActions.js';
import { accessLogEn } from '../../../shared/words/accessLog.en.js';
import { accessLogSv } from '../../../shared/words/accessLog.sv.js';

describe('the access log’s actions in words', () => {
  it('names every action the server can log, in Swedish and English', () => {
    for (const action of plainAccessActions) {
      expect((accessLogSv.actions as Record<string, string>)[action], action).toBeTruthy();
      expect((accessLogEn.actions as Record<string, string>)[action], action).toBeTruthy();
    }
  });
});
