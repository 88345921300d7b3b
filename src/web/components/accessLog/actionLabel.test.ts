import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { personActions } from '../../../domain/access/personPolicy.js';
import { plainAccessActions } from '../../../shared/api/accessActions.js';
import { enCatalogue, svCatalogue } from '../../../shared/words/catalogue.js';
import { accessLogEn } from '../../../shared/words/accessLog.en.js';
import { accessLogSv } from '../../../shared/words/accessLog.sv.js';
import { actionChoices, actionLabel } from './actionLabel.js';

async function translator(language: 'sv' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { sv: { translation: svCatalogue }, en: { translation: enCatalogue } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('the access log’s actions in words', () => {
  it('names every action the server can log, in Swedish and English', () => {
    for (const action of plainAccessActions) {
      expect((accessLogSv.actions as Record<string, string>)[action], action).toBeTruthy();
      expect((accessLogEn.actions as Record<string, string>)[action], action).toBeTruthy();
    }
  });

  it('names what people signed in with e-ID did, each action in its own words, and offers each in the filter', async () => {
    for (const language of ['sv', 'en'] as const) {
      const t = await translator(language);
      const labels = personActions.map((action) => actionLabel(`person:${action}`, t));
      for (const [i, label] of labels.entries()) {
        expect(label, personActions[i]).not.toMatch(/^person:|personActions/);
      }
      expect(new Set(labels).size).toBe(personActions.length);
    }
    expect(actionLabel('person:readPlan', await translator('sv'))).toBe('Läste planen');
    expect(actionLabel('person:readPlan', await translator('en'))).toBe('Read the plan');
    expect(actionChoices).toContain('person:approvePlan');
  });

  it('shows an action of the individual’s side it does not know as logged', async () => {
    const t = await translator('sv');
    expect(actionLabel('person:somethingNew', t)).toBe('person:somethingNew');
    expect(actionLabel('person:readPlan:extra', t)).toBe('person:readPlan:extra');
  });
});
