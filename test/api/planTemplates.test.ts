import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/server/problem.js';
import { demoTemplates } from '../../src/server/seed/demoTemplates.js';
import type {
  TemplateContent,
  TemplateView,
  templateHistory,
  templateList,
} from '../../src/shared/api/planTemplates.js';
import type { PlanVersionView, SipDetail } from '../../src/shared/api/responses.js';
import { targetGroups } from '../../src/shared/api/vocabulary.js';
import type { z } from 'zod';
import type { ApiClient } from '../support/apiClient.js';
import { signedInUser } from '../support/factories.js';
import {
  completePlan,
  consentFor,
  createProcessWorld,
  newSipBody,
  sipWithMeetingHeld,
  type ProcessWorld,
} from '../support/processFixture.js';
import { testDatabaseKinds } from '../support/testDatabase.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

type TemplateList = z.infer<typeof templateList>;
type TemplateHistory = z.infer<typeof templateHistory>;

const named = (name: string) => demoTemplates.find((template) => template.name === name)!;
const children = named('Barn och unga');
const psychiatry = named('Psykiatri och beroende');

/**
 * Plan templates per target group: written by the county's system administrator, every change a new version with
 * who and when; a case takes its target group's template unless another is chosen; a plan keeps the version it
 * was written with.
 */
describe.each(testDatabaseKinds())('plan templates on %s', (kind) => {
  let server: TestServer;
  let world: ProcessWorld;
  let admin: ApiClient;
  const ids = new Map<string, string>();

  const templates = async () =>
    (await world.convener.get<TemplateList>('/api/plan-templates')).body.templates;
  const stored = async () =>
    server.database.db.selectFrom('planTemplateVersions').select(['templateId', 'version']).execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await createProcessWorld(server.database.db, () => server.client());
    admin = (
      await signedInUser(server.database.db, server.client(), [world.region.units.vc!], 'system_admin')
    ).client;
    for (const content of demoTemplates) {
      const created = await admin.post<TemplateView>('/api/plan-templates', { content });
      expect(created.status, content.name).toBe(200);
      expect(created.body.version).toBe(1);
      ids.set(content.name, created.body.id);
    }
  });
  afterAll(() => server.close());

  it('gives every target group one template, readable by all staff', async () => {
    const list = await templates();
    expect(list.map((template) => template.content.name).sort()).toEqual(
      demoTemplates.map((template) => template.name).sort(),
    );
    for (const group of targetGroups) {
      expect(
        list.filter((template) => template.content.targetGroups.includes(group)),
        group,
      ).toHaveLength(1);
    }
    expect((await server.client().get('/api/plan-templates')).status).toBe(401);
  });

  it('lets only the system administrator write templates', async () => {
    const before = await stored();
    const created = await world.convener.post<Problem>('/api/plan-templates', {
      content: { ...children, name: 'Egen', targetGroups: [] },
    });
    expect(created.status).toBe(403);
    const changed = await world.convener.put<Problem>(`/api/plan-templates/${ids.get(children.name)}`, {
      content: children,
      baseVersion: 1,
    });
    expect(changed.status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it('keeps every change as a new version with who and when, and refuses a save based on an older one', async () => {
    const id = ids.get(psychiatry.name)!;
    const changed: TemplateContent = {
      ...psychiatry,
      checklists: { ...psychiatry.checklists, preparation: ['Fråga om personen vill ha med en stödperson.'] },
    };
    const saved = await admin.put<TemplateView>(`/api/plan-templates/${id}`, {
      content: changed,
      baseVersion: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    expect(saved.body.writtenByName).not.toBe('');

    const stale = await admin.put<Problem & { current: TemplateView }>(`/api/plan-templates/${id}`, {
      content: psychiatry,
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_template');
    expect(stale.body.current.content.checklists.preparation).toEqual(changed.checklists.preparation);

    const history = await world.convener.get<TemplateHistory>(`/api/plan-templates/${id}/versions`);
    expect(history.body.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(history.body.versions[0]!.writtenByName).toBe(saved.body.writtenByName);
    const first = await world.convener.get<TemplateView>(`/api/plan-templates/${id}/versions/1`);
    expect(first.body.content).toEqual(psychiatry);
    expect((await world.convener.get(`/api/plan-templates/${id}/versions/3`)).status).toBe(404);
  });

  it('refuses a target group another template has, and changes nothing', async () => {
    const before = await stored();
    const taken = await admin.put<Problem>(`/api/plan-templates/${ids.get(children.name)}`, {
      content: { ...children, targetGroups: ['children_psychosocial', 'discharge'] },
      baseVersion: 1,
    });
    expect(taken.status).toBe(422);
    expect(taken.body.code).toBe('target_group_taken');
    expect(taken.body.messages.sv).toMatch(/Äldre med många behov/);
    const created = await admin.post<Problem>('/api/plan-templates', {
      content: { ...children, name: 'Andra barn', targetGroups: ['children_psychosocial'] },
    });
    expect(created.status).toBe(422);
    expect(await stored()).toEqual(before);
  });

  it('refuses malformed templates with 400, naming the field', async () => {
    const id = ids.get(children.name)!;
    const cases: [unknown, string][] = [
      [{ ...children, name: '' }, 'body.content.name'],
      [{ ...children, targetGroups: ['pets'] }, 'body.content.targetGroups.0'],
      [
        { ...children, targetGroups: ['children_psychosocial', 'children_psychosocial'] },
        'body.content.targetGroups',
      ],
      [{ ...children, hiddenSections: ['goals'] }, 'body.content.hiddenSections.0'],
      [
        { ...children, sections: { ...children.sections, diary: children.sections.needs } },
        'body.content.sections',
      ],
      [
        { ...children, checklists: { ...children.checklists, preparation: [''] } },
        'body.content.checklists.preparation.0',
      ],
      [{ ...children, description: 'x'.repeat(2_001) }, 'body.content.description'],
      [{ ...children, actorsToInvite: 'BUP' }, 'body.content.actorsToInvite'],
    ];
    for (const [content, field] of cases) {
      const refused = await admin.put<Problem>(`/api/plan-templates/${id}`, { content, baseVersion: 1 });
      expect(refused.status, field).toBe(400);
      expect(JSON.stringify(refused.body), field).toContain(field);
    }
    expect(
      (await admin.put(`/api/plan-templates/${id}`, { content: children, baseVersion: '1' })).status,
    ).toBe(400);
    expect(
      (await admin.put('/api/plan-templates/not-an-id', { content: children, baseVersion: 1 })).status,
    ).toBe(400);
    const unknown = '0190f0f0-0000-7000-8000-000000000000';
    expect(
      (await admin.put(`/api/plan-templates/${unknown}`, { content: children, baseVersion: 1 })).status,
    ).toBe(404);
  });

  it('writes a plan with its target group’s template and keeps the version it was written with', async () => {
    const sip = await sipWithMeetingHeld(world, '19850417-2381');
    const opened = await world.convener.get<SipDetail>(sip.path);
    // The process fixture's case is for mental illness: psychiatry and addiction's template, now at version 2.
    expect(opened.body.template).toEqual({
      id: ids.get(psychiatry.name),
      version: 2,
      name: psychiatry.name,
      chosen: false,
    });
    await world.convener.put(`${sip.path}/plan`, { baseRevision: 0, content: completePlan(world) });
    const draft = await world.convener.get<SipDetail>(sip.path);
    expect(draft.body.plan!.template).toEqual({
      id: ids.get(psychiatry.name),
      version: 2,
      name: psychiatry.name,
      newerVersion: false,
    });

    // The county changes the template: the plan still names the version it was written with, and says so.
    const id = ids.get(psychiatry.name)!;
    await admin.put(`/api/plan-templates/${id}`, {
      content: { ...psychiatry, description: 'Ny text.' },
      baseVersion: 2,
    });
    expect((await world.convener.post(`${sip.path}/plan/establish`, { baseRevision: 1 })).status).toBe(200);
    const established = await world.convener.get<SipDetail>(sip.path);
    expect(established.body.plan!.template).toMatchObject({ version: 2, newerVersion: true });
    expect(established.body.versions[0]!.template).toMatchObject({ id, version: 2, name: psychiatry.name });
    const version = await world.convener.get<PlanVersionView>(`${sip.path}/plan/versions/1`);
    expect(version.body.template).toMatchObject({ id, version: 2 });

    // A change saved now is written with the newest version.
    await world.convener.put(`${sip.path}/plan`, {
      baseRevision: 2,
      reason: 'Nytt mål',
      content: { ...completePlan(world), timePlan: 'Varannan vecka.' },
    });
    const changed = await world.convener.get<SipDetail>(sip.path);
    expect(changed.body.versions.map((v) => v.template?.version)).toEqual([2, 3]);
  });

  it('lets the case choose another template, recorded in its history, and go back to its target group’s', async () => {
    const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody('19850417-2399'));
    const path = `/api/sips/${created.body.id}`;
    const consent = await world.convener.post(`${path}/consent`, consentFor(world));
    expect(consent.status).toBe(200);
    const childrenId = ids.get(children.name)!;

    const chosen = await world.convener.put<SipDetail>(`${path}/plan-template`, { templateId: childrenId });
    expect(chosen.status).toBe(200);
    expect(chosen.body.template).toMatchObject({ id: childrenId, name: children.name, chosen: true });
    expect(chosen.body.events.map((event) => event.type)).toContain('choosePlanTemplate');

    const unknown = await world.convener.put<Problem>(`${path}/plan-template`, {
      templateId: '0190f0f0-0000-7000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_template');
    expect((await world.stranger.put(`${path}/plan-template`, { templateId: childrenId })).status).toBe(404);
    expect((await world.convener.put(`${path}/plan-template`, { templateId: 'barn' })).status).toBe(400);

    const back = await world.convener.put<SipDetail>(`${path}/plan-template`, { templateId: null });
    expect(back.body.template).toMatchObject({ id: ids.get(psychiatry.name), chosen: false });
  });
});
