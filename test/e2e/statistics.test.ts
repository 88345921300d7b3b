import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearBeforePeriod } from '../../src/domain/statistics/comparisonPeriod.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { readConfig } from '../../src/server/config.js';
import {
  expectAccessible,
  launchChromium,
  screenshot,
  signedIn,
  startBuiltApp,
  type RunningApp,
} from './browser.js';

/**
 * The statistics dashboard as the county follows it up, on the demo county as it starts by default, with its
 * generated history: lotta (county coordinator) opens the county, changes the period, drills down principal →
 * organisation → unit and back up by the breadcrumbs, reads the tables, compares with the same dates a year
 * earlier, downloads the CSV and opens the yearly report; helena (unit manager) sees her own unit and nothing
 * wider.
 */

const wait = { timeout: 20_000, interval: 100 };
/** A count as a table cell shows it ("1 234"), or NaN for "<5" and "–". */
const countIn = (text: string) => (/^[\d\s]+$/.test(text.trim()) ? Number(text.replace(/\s/g, '')) : NaN);
const year = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(
  new Date(),
);

describe('statistics dashboard, in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let lotta: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([
      startBuiltApp({ DEMO_HISTORY_SIPS: String(readConfig({}).demoHistorySips) }),
      launchChromium(),
    ]);
    // The history is written after the start; the statistics hold it once the log says so.
    const deadline = Date.now() + 150_000;
    while (!app.log().includes('"msg":"demo history ready"')) {
      if (Date.now() > deadline) throw new Error(`the demo history was not ready: ${app.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const heading = (page: Page, name: string | RegExp, level = 1) =>
    page.getByRole('heading', { name, level }).waitFor();
  const trail = (page: Page) => page.getByRole('navigation', { name: 'Nivå' });
  /**
   * Sends the selection and waits until the page has asked for the report it names: the address changes at once,
   * but the form is made anew for the new address only as the page renders it, and a choice made before that
   * would be lost with the old form.
   */
  const show = (page: Page, report: RegExp) =>
    Promise.all([
      page.waitForResponse(
        (response) => response.url().includes('/api/statistics?') && report.test(response.url()),
      ),
      page.getByRole('button', { name: 'Visa', exact: true }).click(),
    ]);

  it('shows the county coordinator the whole county, this year against the last, in tables with each definition', async () => {
    lotta = await signedIn(browser, app.url, 'lotta', { timeout: wait.timeout });
    await lotta
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Statistik' })
      .click();
    await heading(lotta, 'Statistik');
    await heading(lotta, 'Hela länet', 2);
    await expect.poll(() => trail(lotta).getByText('Hela länet').count(), wait).toBe(1);
    const counts = lotta.getByRole('table', { name: 'Antal, denna period och jämförelseperioden' });
    await counts.waitFor();
    const initiated = counts.getByRole('row', { name: /Påbörjade SIP/ });
    await initiated.waitFor();
    await lotta
      .getByRole('table', { name: 'Ledtider i dagar, denna period och jämförelseperioden' })
      .waitFor();
    // With its generated history the county has real figures, not "<5", and every section draws them.
    expect(countIn(await initiated.getByRole('cell').first().innerText())).toBeGreaterThanOrEqual(5);
    for (const section of ['Antal', 'Andelar', 'Ledtider i dagar', 'Den enskildes omdöme']) {
      const region = lotta.getByRole('region', { name: section, exact: true });
      await region.locator('.statistics-chart .recharts-bar-rectangle').first().waitFor();
      expect(await region.getByText('Inget diagram', { exact: false }).count(), section).toBe(0);
    }
    // The definition is folded away until asked for.
    const definition = initiated.getByText('Så räknas det');
    await definition.click();
    await initiated.getByText(/händelsen needIdentified/).waitFor();
    await expectAccessible(lotta, 'statistics-county');
    await screenshot(lotta, 'statistics-01-county');
  });

  it('changes the period to last year and keeps it in the address', async () => {
    await lotta.getByLabel('Period', { exact: true }).selectOption({ label: 'Förra året' });
    expect(await lotta.getByLabel('Från och med').inputValue()).toBe(`${Number(year) - 1}-01-01`);
    await show(lotta, new RegExp(`from=${Number(year) - 1}-01-01&to=${Number(year) - 1}-12-31`));
    await lotta.waitForURL(new RegExp(`from=${Number(year) - 1}-01-01&to=${Number(year) - 1}-12-31`));
    await lotta.getByText(`Perioden ${Number(year) - 1}-01-01 – ${Number(year) - 1}-12-31`).waitFor();
    await lotta.getByLabel('Period', { exact: true }).selectOption({ label: 'I år' });
    await show(lotta, new RegExp(`from=${year}-01-01`));
    await lotta.waitForURL(new RegExp(`from=${year}-01-01`));
  });

  it('lets the county coordinator narrow by one of target group, age band and sex at a time', async () => {
    await lotta.getByText('en av målgrupp, åldersgrupp och kön i taget').waitFor();
    await lotta.getByLabel('Kön').selectOption('female');
    await lotta.getByLabel('Åldersgrupp').selectOption('65-79');
    expect(await lotta.getByLabel('Kön').inputValue()).toBe('');
    await show(lotta, /ageBand=65-79/);
    await lotta.waitForURL(/ageBand=65-79/);
    expect(lotta.url()).not.toContain('sex=');
    await heading(lotta, 'Hela länet', 2);
    await lotta.getByLabel('Åldersgrupp').selectOption('');
    await show(lotta, /^(?!.*ageBand)/);
    await lotta.waitForURL((url) => !url.search.includes('ageBand'));
  });

  it('drills down from the county to a principal, an organisation and a unit, and back up', async () => {
    const breakdown = lotta.getByRole('table', { name: /Nyckeltal per huvudman/ });
    await breakdown.getByRole('link', { name: 'Region' }).click();
    await lotta.waitForURL(/principal=region/);
    await expect.poll(() => trail(lotta).getByText('Region', { exact: true }).count(), wait).toBe(1);
    await lotta
      .getByRole('table', { name: /Nyckeltal per organisation/ })
      .getByRole('link', { name: 'Region Sörmark' })
      .click();
    await lotta.waitForURL(/scope=organisation/);
    await heading(lotta, 'Region Sörmark', 2);
    await expectAccessible(lotta, 'statistics-organisation');
    await screenshot(lotta, 'statistics-02-organisation');
    await lotta
      .getByRole('table', { name: /Nyckeltal per enhet/ })
      .getByRole('link', { name: 'Vårdcentralen Åsen' })
      .click();
    await lotta.waitForURL(/scope=unit/);
    await heading(lotta, 'Vårdcentralen Åsen', 2);
    expect(await trail(lotta).getByRole('link').allInnerTexts()).toEqual([
      'Hela länet',
      'Region',
      'Region Sörmark',
    ]);
    await screenshot(lotta, 'statistics-03-unit');
    await trail(lotta).getByRole('link', { name: 'Hela länet' }).click();
    await lotta.waitForURL(/scope=county(?!.*principal)/);
    await heading(lotta, 'Hela länet', 2);
  });

  it('downloads the same report as CSV', async () => {
    const link = lotta.getByRole('link', { name: 'Ladda ner som CSV' });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/statistics\/export\.csv\?from=.*scope=county/);
    const [download] = await Promise.all([lotta.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^statistik-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'Nivå,Namn,Mått,Kategori,Enhet,Denna period,90:e percentil,Underlag,Föregående period,"90:e percentil, föregående","Underlag, föregående"',
    );
    expect(text).toContain('Län,Län,Påbörjade SIP,,antal,');
  });

  it('compares with the same dates a year earlier, kept in the address, the drill-down and the files', async () => {
    // This year so far against the same dates a year earlier (29 February as the definition moves it).
    const compared = yearBeforePeriod({ from: `${year}-01-01`, to: stockholmDate() });
    const comparedTo = `${compared.from} – ${compared.to}`;
    await lotta.getByLabel('Jämför med').selectOption({ label: 'Samma datum året innan' });
    await show(lotta, /compareWith=yearBefore/);
    await lotta.waitForURL(/compareWith=yearBefore/);
    await lotta.getByText(`Jämfört med samma datum året innan, ${comparedTo}`).waitFor();
    const counts = lotta.getByRole('table', { name: 'Antal, denna period och jämförelseperioden' });
    await counts.getByRole('columnheader', { name: 'Samma period året innan' }).waitFor();
    // The history reaches three years back: the same dates a year earlier have real figures too.
    const initiated = await counts
      .getByRole('row', { name: /Påbörjade SIP/ })
      .getByRole('cell')
      .allInnerTexts();
    for (const count of initiated.slice(0, 2).map(countIn)) expect(count).toBeGreaterThanOrEqual(5);
    expect(await lotta.getByRole('link', { name: 'Ladda ner som CSV' }).getAttribute('href')).toContain(
      'compareWith=yearBefore',
    );
    await expectAccessible(lotta, 'statistics-year-before');
    await screenshot(lotta, 'statistics-06-year-before');
    // A reload keeps the choice, and so does the level below.
    await lotta.reload();
    await lotta.getByText(`Jämfört med samma datum året innan, ${comparedTo}`).waitFor();
    expect(await lotta.getByLabel('Jämför med').inputValue()).toBe('yearBefore');
    expect(
      await lotta
        .getByRole('table', { name: /Nyckeltal per huvudman/ })
        .getByRole('link', { name: 'Region' })
        .getAttribute('href'),
    ).toContain('compareWith=yearBefore');
  });

  it('opens the printable yearly report with every indicator and definition', async () => {
    await lotta.getByRole('link', { name: `Årsrapport ${year} för utskrift` }).click();
    await lotta.waitForURL(new RegExp(`/statistics/report\\?.*year=${year}`));
    await heading(lotta, `Årsrapport ${year}`);
    // The comparison chosen on the page, named in the report.
    expect(await lotta.locator('.print-facts').innerText()).toMatch(
      new RegExp(`Jämförs med\\s+Samma datum året innan, ${Number(year) - 1}-01-01 – `),
    );
    await lotta.getByRole('heading', { name: 'Definitioner', level: 2 }).waitFor();
    await lotta.getByRole('table', { name: 'Andelar, denna period och jämförelseperioden' }).waitFor();
    expect(await lotta.locator('.statistics-chart').count()).toBe(0);
    await lotta.getByText('Dagar från behov till första givna samtycke', { exact: false }).first().waitFor();
    await expectAccessible(lotta, 'statistics-report');
    await lotta.emulateMedia({ media: 'print' });
    expect(await lotta.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    await screenshot(lotta, 'statistics-04-report-print');
    await lotta.emulateMedia({ media: 'screen' });
    await lotta.context().close();
  });

  it('shows a unit manager her own unit, with no way up to the county', async () => {
    const helena = await signedIn(browser, app.url, 'helena', {
      unit: 'Vårdcentralen Åsen',
      timeout: wait.timeout,
    });
    await helena
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Statistik' })
      .click();
    await heading(helena, 'Vårdcentralen Åsen', 2);
    await helena.getByRole('table', { name: 'Antal, denna period och jämförelseperioden' }).waitFor();
    // Her own unit's figures are whole, so the chart draws them; its table carries the same numbers.
    const counts = helena.getByRole('region', { name: 'Antal' });
    await counts.locator('.statistics-chart .recharts-bar-rectangle').first().waitFor();
    const initiated = counts
      .getByRole('row', { name: /Påbörjade SIP/ })
      .getByRole('cell')
      .first();
    expect(await initiated.innerText()).toMatch(/^[1-9]\d*$/);
    await counts.getByRole('row', { name: /Efterregistrerade möten/ }).waitFor();
    // Plans by template, with whatever rows the demo has: a template by its name (sent with the report), never its id.
    const byTemplate = helena.getByRole('table', {
      name: 'Fastställda planer per mall, denna period och jämförelseperioden',
    });
    await byTemplate.waitFor();
    const templateRows = await byTemplate.locator('tbody th').allInnerTexts();
    for (const name of templateRows) expect(name).not.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await trail(helena).getByRole('link').count()).toBe(0);
    expect(await helena.getByRole('table', { name: /Nyckeltal per/ }).count()).toBe(0);
    await expectAccessible(helena, 'statistics-unit-manager');
    await screenshot(helena, 'statistics-05-unit-manager');
    await helena.context().close();
  });
});
