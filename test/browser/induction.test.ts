import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'mocha';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { staticDashboardSource, type StaticDashboardData } from '../../src/features/dashboard';
import { startHarness, type Harness } from '../support/harness';
import { ARTIFACTS, launchChromium } from './chromium';
import { SsoFixture } from '../support/sso';
import { PEOPLE, SEED } from '../tab/seed';

// Fictional figures: the coordinators' induction chart and one LRO's own progress.
const DATA: StaticDashboardData = {
  coordinator: {
    ...SEED.coordinator,
    induction: {
      byForce: [
        { force: 'Avon and Somerset', started: 4, completed: 2, averageScore: 81 },
        { force: 'Devon and Cornwall', started: 3, completed: 3, averageScore: 90 },
        { force: 'Dorset', started: 2, completed: 0, averageScore: 55 },
        { force: 'Gloucestershire', started: 0, completed: 0 },
        { force: 'Wiltshire', started: 1, completed: 1, averageScore: 100 },
      ],
      mostMissed: [{ prompt: 'Who can hold the LRO role?', module: 1, wrong: 3, answered: 9 }],
    },
  },
  lros: {
    ...SEED.lros,
    [PEOPLE.lro.oid]: {
      ...SEED.lros[PEOPLE.lro.oid],
      induction: {
        module: 2,
        moduleTitle: 'Clear, Hold, Build: the framework and its three phases',
        modules: 6,
        startedAt: '2025-03-02T10:00:00Z',
        answered: 4,
        correct: 3,
        percent: 75,
      },
    },
  },
};

describe('dashboard induction chart in a browser', function () {
  this.timeout(60_000);
  const sso = new SsoFixture();
  let browser: Browser | undefined;
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    await sso.start();
    h = await startHarness(sso.env({ COORDINATOR_AAD_IDS: PEOPLE.coordinator.oid, ALLOWED_TENANT_IDS: sso.tenantId }), undefined, {
      dashboardSource: staticDashboardSource(DATA),
      tabTestHooks: true,
    });
  });

  after(async () => {
    await browser?.close();
    await h?.close();
    await sso.stop();
  });

  beforeEach(async () => {
    context = await browser!.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
  });
  afterEach(async () => context.close());

  async function openAs(who: 'coordinator' | 'lro' | 'lro2', theme = 'default') {
    const person = PEOPLE[who];
    const token = await sso.token({ oid: person.oid, name: person.name });
    await page.goto(`${h.baseUrl}/tab/index.html#${new URLSearchParams({ token, theme })}`);
  }

  it('shows coordinators an induction chart by force, the same figures in a table, and the most missed questions', async () => {
    await openAs('coordinator');
    await page.getByRole('heading', { name: 'LRO induction', exact: true }).waitFor();
    const chart = page.getByRole('img', { name: /Bar chart of LROs who started and who completed the induction/ });
    await chart.scrollIntoViewIfNeeded();
    assert.ok((await chart.boundingBox())!.height > 100, 'the induction chart is drawn');
    const drawn = await page.evaluate(() => {
      const c = (window as any).Chart.getChart('induction-chart');
      return { labels: c.data.labels.join(','), datasets: c.data.datasets.map((d: any) => `${d.label}:${d.data.join(',')}`) };
    });
    assert.equal(drawn.labels, 'Avon and Somerset,Devon and Cornwall,Dorset,Gloucestershire,Wiltshire');
    assert.deepEqual(drawn.datasets, ['Started:4,3,2,0,1', 'Completed:2,3,0,0,1']);
    assert.match(await page.getByRole('table', { name: 'LRO induction by force' }).innerText(), /Dorset\s+2\s+0\s+55%[\s\S]*Gloucestershire\s+0\s+0\s+—/);
    assert.match(await page.getByRole('table', { name: 'Questions most often answered wrongly' }).innerText(), /Who can hold the LRO role\?\s+1\s+3\s+9/);
    await page.locator('section[aria-labelledby="induction-title"]').screenshot({ path: join(ARTIFACTS, 'dashboard-induction-coordinator.png') });
  });

  it('recolours the induction chart with the theme', async () => {
    await openAs('coordinator', 'contrast');
    await page.getByRole('heading', { name: 'LRO induction', exact: true }).waitFor();
    const colours = await page.evaluate(() => (window as any).Chart.getChart('induction-chart').data.datasets.map((d: any) => d.backgroundColor));
    assert.deepEqual(colours, ['#1aebff', '#ffff00']);
  });

  it('shows an LRO their own induction progress, and someone who has not started how to start', async () => {
    await openAs('lro');
    await page.getByRole('heading', { name: 'My LRO induction' }).waitFor();
    const mine = await page.getByRole('table', { name: 'Your induction progress' }).innerText();
    assert.match(mine, /Module 2 of 6: Clear, Hold, Build/);
    assert.match(mine, /3 of 4 right \(75%\)/);
    assert.match(mine, /Completed\s+Not yet/);
    assert.equal(await page.locator('#coordinator-view').isVisible(), false);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-induction-lro.png'), fullPage: true });

    await page.goto('about:blank');
    await openAs('lro2');
    await page.getByRole('heading', { name: 'My LRO induction' }).waitFor();
    assert.match(await page.locator('#my-induction').innerText(), /You have not started the LRO induction/);
  });
});
