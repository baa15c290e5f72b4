import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'mocha';
import { type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { staticDashboardSource } from '../../src/features/dashboard';
import { startHarness, type Harness } from '../support/harness';
import { ARTIFACTS, launchChromium } from './chromium';
import { SsoFixture } from '../support/sso';
import { HOSTILE_NOTE, PEOPLE, SEED } from '../tab/seed';
import { FAKE_TEAMS_HOST_URL, fakeTeamsHostHtml } from './fake-teams-host';

const THEMES = ['default', 'dark', 'contrast'] as const;
// The page gives up on Teams after 3.5 s; these waits only bound how long a broken page may hang.
const OUTSIDE_TEAMS_WAIT_MS = 5000;
const FRAMED_WAIT_MS = 8000;
const PUBLIC_TAB_ORIGIN = 'https://lro-assist.test';

/** WCAG contrast of every visible text element against its effective background, worst first. */
function contrastReport(selectors: string): { what: string; ratio: number }[] {
  const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const background = (el: Element | null): number[] => {
    for (; el; el = el.parentElement) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if ((c[3] ?? 1) > 0) return c;
    }
    return [255, 255, 255];
  };
  return Array.from(document.querySelectorAll(selectors))
    .filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent!.trim())
    .map((el) => {
      const [a, b] = [lum(rgba(getComputedStyle(el).color)), lum(background(el))];
      return {
        what: `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 30)}"`,
        ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      };
    })
    .sort((x, y) => x.ratio - y.ratio);
}

describe('dashboard tab in a browser', function () {
  this.timeout(60_000);
  const sso = new SsoFixture();
  let browser: Browser | undefined;
  let withHooks: Harness;
  let withoutHooks: Harness;
  let context: BrowserContext;
  let page: Page;
  let violations: string[];

  before(async function () {
    browser = await launchChromium(this);
    await sso.start();
    const env = sso.env({ COORDINATOR_AAD_IDS: PEOPLE.coordinator.oid, ALLOWED_TENANT_IDS: sso.tenantId });
    withHooks = await startHarness(env, undefined, { dashboardSource: staticDashboardSource(SEED), tabTestHooks: true });
    withoutHooks = await startHarness(env, undefined, { dashboardSource: staticDashboardSource(SEED) });
  });

  after(async () => {
    await browser?.close();
    await withHooks?.close();
    await withoutHooks?.close();
    await sso.stop();
  });

  beforeEach(async () => {
    context = await browser!.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await context.newPage();
    violations = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    // tsx wraps named functions in `__name(...)`; functions passed to page.evaluate need it defined there.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });

  afterEach(async () => {
    await context.close();
  });

  async function openAs(who: keyof typeof PEOPLE | 'expired', theme?: string): Promise<void> {
    const person = PEOPLE[who === 'expired' ? 'lro' : who];
    const token = await sso.token({ oid: person.oid, name: person.name, expiresIn: who === 'expired' ? -600 : 3600 });
    const hash = new URLSearchParams({ token, ...(theme ? { theme } : {}) });
    // Via about:blank, so that a second visit loads the page afresh instead of changing only the hash.
    await page.goto('about:blank');
    await page.goto(`${withHooks.baseUrl}/tab/index.html#${hash}`);
  }

  /** The colour actually painted inside the second bar of the ageing chart, as #rrggbb. */
  function drawnBarColour(where: Page | Frame = page): Promise<string> {
    return where.evaluate(() => {
      const chart = (window as any).Chart.getChart('ageing-chart');
      const bar = chart.getDatasetMeta(0).data[1];
      const r = window.devicePixelRatio;
      const [red, green, blue] = chart.ctx.getImageData(Math.round(bar.x * r), Math.round((bar.base - 10) * r), 1, 1).data;
      return '#' + [red, green, blue].map((v: number) => v.toString(16).padStart(2, '0')).join('');
    });
  }

  const themeVar = (name: string) => page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });
  const heading = (name: string) => page.getByRole('heading', { name, exact: true });

  function assertOnlyExpectedViolations(): void {
    // teams-js fetches its list of host origins from a CDN; connect-src 'self' blocks that on
    // purpose and teams-js falls back to the list bundled with it.
    const unexpected = violations.filter((v) => !/^connect-src https:\/\/res\.cdn\.office\.net\//.test(v));
    assert.deepEqual(unexpected, [], 'no CSP violations from the page, its styles or chart.js');
  }

  it('outside Teams, says to open the page in Teams instead of hanging', async () => {
    await page.goto(`${withHooks.baseUrl}/tab/index.html`);
    await heading('Open this page in Teams').waitFor({ timeout: OUTSIDE_TEAMS_WAIT_MS });
    assert.equal(await page.locator('#coordinator-view').isVisible(), false);
    await shot('outside-teams');
    assertOnlyExpectedViolations();
  });

  it('inside Teams, takes theme, locale and a token from Teams, and follows theme changes', async () => {
    // Chromium refuses to let a public page frame a loopback one, so the tab is reached at a
    // public-looking https origin that Playwright relays to the test server (the server without hooks).
    await page.route(`${PUBLIC_TAB_ORIGIN}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(PUBLIC_TAB_ORIGIN, withoutHooks.baseUrl) });
      await route.fulfill({ response });
    });
    const token = await sso.token({ oid: PEOPLE.coordinator.oid });
    const html = fakeTeamsHostHtml({
      tabUrl: `${PUBLIC_TAB_ORIGIN}/tab/index.html`,
      token,
      theme: 'dark',
      locale: 'en-gb',
      userDisplayName: PEOPLE.coordinator.name,
    });
    await page.route(FAKE_TEAMS_HOST_URL, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(FAKE_TEAMS_HOST_URL);
    const tab = page.frameLocator('iframe[title="tab"]');
    await tab.getByRole('heading', { name: 'Support requests', exact: true }).waitFor();
    const frame = page.frames().find((f) => f.url().startsWith(PUBLIC_TAB_ORIGIN))!;
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en-gb');
    assert.equal(
      await tab.locator('#who').innerText(),
      'Casey Placeholder · SOC Community Coordinator',
      "the name comes from Teams' context when the token has none",
    );
    const calls: string[] = await page.evaluate(() => (window as any).teamsCalls);
    for (const call of ['initialize', 'getContext', 'authentication.getAuthToken']) assert.ok(calls.includes(call), `the tab called ${call}`);

    await page.evaluate(() => (window as any).setTeamsTheme('contrast'));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'contrast');
    assert.equal(await drawnBarColour(frame), '#1aebff', 'the chart follows the Teams theme');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-in-teams-contrast.png') });
    await page.evaluate(() => (window as any).setTeamsTheme('default'));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'default');
    assertOnlyExpectedViolations();
  });

  it('framed by a page that is not Teams, gives up waiting for Teams and says so', async () => {
    const host = `${withHooks.baseUrl}/not-teams.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Not Teams</title><iframe src="/tab/index.html" title="tab" width="900" height="600"></iframe>',
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe[title="tab"]');
    await frame.getByRole('heading', { name: 'Open this page in Teams' }).waitFor({ timeout: FRAMED_WAIT_MS });
  });

  it('ignores a token in the URL when the server was not started with test hooks', async () => {
    const apiCalls: string[] = [];
    page.on('request', (r) => r.url().includes('/api/tab/') && apiCalls.push(r.url()));
    const token = await sso.token({ oid: PEOPLE.coordinator.oid });
    await page.goto(`${withoutHooks.baseUrl}/tab/index.html#token=${token}`);
    await heading('Open this page in Teams').waitFor({ timeout: OUTSIDE_TEAMS_WAIT_MS });
    assert.deepEqual(apiCalls, [], 'the token was never sent');
    assert.ok(!page.url().includes('token='), 'the token is cleared from the address');
  });

  it('shows a coordinator plan balance and site progress as charts with their tables', async () => {
    await openAs('coordinator');
    await heading('4P plan balance by force').waitFor();
    assert.match(await page.getByRole('table', { name: 'Active 4P plans by force' }).innerText(), /Dorset\s+2\s+100%\s+0%\s+9\s+1\s+0\s+0/);
    assert.match(await page.getByRole('table', { name: 'Plan reviews on time by month' }).innerText(), /Avon and Somerset\s+2 of 4\s+3 of 4\s+4 of 4/);
    assert.match(await page.getByRole('table', { name: 'CHB site progress' }).innerText(), /Riverside estate\s+Hold\s+7 of 10\s+Burglaries\s+−12 \(−30%\)/);
    const charts = await page.evaluate(() => {
      const chart = (id: string) => (window as any).Chart.getChart(id);
      const balance = chart('balance-chart');
      return {
        strands: balance.data.datasets.map((d: any) => d.label),
        stacked: balance.options.scales.x.stacked === true,
        pursue: balance.data.datasets[0].data,
        reviews: chart('reviews-chart').data.datasets.map((d: any) => [d.label, d.data.slice(0, 3)]),
        trend: chart('trend-chart').data.datasets.map((d: any) => [d.label, d.data]),
      };
    });
    assert.deepEqual(charts.strands, ['Pursue', 'Prevent', 'Protect', 'Prepare']);
    assert.ok(charts.stacked);
    assert.deepEqual(charts.pursue, [14, 9]);
    assert.deepEqual(charts.reviews, [
      ['Avon and Somerset', [50, 75, 100]],
      ['Dorset', [100, 100, 100]],
    ]);
    assert.deepEqual(charts.trend[0], ['Riverside estate: Burglaries', [100, 85, 70]]);
    await page.locator('#balance-title').scrollIntoViewIfNeeded();
    await shot('plan-balance-site-progress');
    assertOnlyExpectedViolations();
  });

  it('shows a coordinator the regional dashboard', async () => {
    await openAs('coordinator');
    await heading('Support requests').waitFor();
    assert.ok(!page.url().includes('token='), 'the token is cleared from the address');
    assert.match(await page.locator('#who').innerText(), /Casey Placeholder · SOC Community Coordinator/);

    const byForce = page.getByRole('table', { name: 'Requests by force' });
    assert.match(await byForce.innerText(), /Avon and Somerset\s+5/);
    assert.match(await page.getByRole('table', { name: 'Requests by status' }).innerText(), /Closed\s+7/);
    assert.match(await page.getByRole('table', { name: 'Open requests by age' }).innerText(), /4 weeks or more\s+2/);
    assert.match(await page.getByRole('table', { name: 'Requests past their response time' }).innerText(), /SR-2017\s+Wiltshire\s+Routine\s+14 days/);
    assert.match(await page.getByRole('table', { name: '4P plans past their review date' }).innerText(), /PLAN-0412\s+Jordan Sample\s+1 Mar 2025\s+12/);
    assert.match(await page.locator('#dropin').innerText(), /20 Mar 2025, 10:00 to 20 Mar 2025, 11:00[\s\S]*9 people/);
    assert.equal(await page.getByRole('link', { name: 'Join the drop-in' }).getAttribute('href'), SEED.coordinator.nextDropIn!.joinUrl);
    assert.match(await page.getByRole('table', { name: 'Sites and their next 6-month review' }).innerText(), /Riverside estate\s+1 Oct 2024\s+1 Apr 2025/);

    const chart = page.getByRole('img', { name: /Bar chart of open requests by age/ });
    assert.ok((await chart.boundingBox())!.height > 100, 'the ageing chart is drawn');
    assert.equal(await page.evaluate(() => (window as any).Chart.getChart('ageing-chart').data.datasets[0].data.join(',')), '1,2,1,0,2');
    assert.equal(await page.locator('#lro-view').isVisible(), false);
    await shot('coordinator-default');
    assertOnlyExpectedViolations();
  });

  it('shows an LRO only their own requests and plans, with notes as plain text', async () => {
    await openAs('lro');
    await heading('My support requests').waitFor();
    const requests = await page.getByRole('table', { name: 'Your requests to the Regional Disruption Team' }).innerText();
    assert.match(requests, /SR-2031\s+Assigned\s+Analysis/);
    assert.match(requests, /SR-2040\s+Open\s+Partnership advice/);
    const body = await page.locator('body').innerText();
    assert.ok(!body.includes('SR-2017') && !body.includes('PLAN-0412'), "nothing of the other LRO's");
    assert.equal(await page.locator('#coordinator-view').isVisible(), false);
    assert.ok(requests.includes(HOSTILE_NOTE), 'the note is shown exactly as written');
    assert.equal(await page.locator('#injected').count(), 0, 'markup in a note is never rendered');
    assert.notEqual(await page.title(), 'pwned');
    const plans = await page.getByRole('table', { name: 'Your 4P plans and their next review' }).innerText();
    assert.match(plans, /PLAN-0104\s+28 Feb 2025\s+Overdue/);
    assert.match(plans, /PLAN-0102\s+20 Mar 2025\s+Due soon/);
    await shot('lro-default');
    assertOnlyExpectedViolations();
  });

  it('tells someone whose token has expired to sign in again', async () => {
    await openAs('expired');
    await heading('Sign in again').waitFor();
    assert.match(await page.locator('#problem').innerText(), /refused or has expired/);
    assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
    assert.equal(await page.locator('#lro-view').isVisible(), false);
    await shot('expired');
  });

  it('lets a keyboard user reach the skip link, section links, refresh, join link and tables', async () => {
    await openAs('coordinator');
    await heading('Support requests').waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.id || el.getAttribute('aria-label') || el.textContent!.trim();
        }),
      );
    }
    for (const target of ['Skip to the dashboard', 'refresh', 'Requests', 'SLA breaches', 'Requests by force', 'Open requests by age', 'dropin-join']) {
      assert.ok(reached.includes(target), `Tab reaches "${target}" (reached: ${reached.join(' | ')})`);
    }
    assert.ok(reached.indexOf('Skip to the dashboard') < reached.indexOf('refresh'), 'skip link comes first');

    await page.keyboard.press('Shift+Tab');
    await page.getByRole('link', { name: 'CHB sites' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement!.id), 'sites-title', 'a section link moves focus to its section');
    await page.getByRole('link', { name: 'Skip to the dashboard' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement!.id), 'main');
  });

  for (const who of ['coordinator', 'lro'] as const) {
    it(`applies the default, dark and contrast themes with readable text for a ${who}`, async () => {
      const backgrounds = new Set<string>();
      for (const theme of THEMES) {
        await openAs(who, theme);
        await heading(who === 'coordinator' ? 'Support requests' : 'My support requests').waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        const worst = (await page.evaluate(contrastReport, 'h1, h2, p, a, button, caption, th, td, .badge, li'))[0];
        assert.ok(worst.ratio >= 4.5, `${theme}: ${worst.what} has contrast ${worst.ratio.toFixed(2)}, below 4.5`);
        if (who === 'coordinator') assert.equal(await drawnBarColour(), await themeVar('--chart-bar'), `${theme}: the chart is drawn in the theme's colour`);
        await shot(`${who}-${theme}`);
      }
      assert.equal(backgrounds.size, THEMES.length, 'each theme looks different');
    });
  }

  it('follows a theme change while open, recolouring the chart', async () => {
    await openAs('coordinator', 'default');
    await heading('Support requests').waitFor();
    assert.equal(await drawnBarColour(), '#5b5fc7');
    // The test hook stands in for Teams calling the page's registerOnThemeChangeHandler callback.
    await page.evaluate(() => (location.hash = 'theme=contrast'));
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'contrast');
    assert.equal(await drawnBarColour(), await themeVar('--chart-bar'));
    assert.equal(await drawnBarColour(), '#1aebff', 'the chart is redrawn, not just restyled');
    await page.evaluate(() => (location.hash = 'theme=dark'));
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.equal(await drawnBarColour(), '#7f85f5');
  });
});
