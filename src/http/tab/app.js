// LRO Assist dashboard tab. Plain browser script: no inline code (the CSP forbids it), and all
// data is written with textContent, never as HTML.
(function () {
  'use strict';

  // Teams answers initialize() in well under a second; outside Teams we must say so within 5 s.
  const TEAMS_INIT_TIMEOUT_MS = 3500;
  const FETCH_TIMEOUT_MS = 15000;
  const THEMES = ['default', 'dark', 'contrast'];
  const PLAN_STATES = { ok: 'On track', 'due-soon': 'Due soon', due: 'Due now', overdue: 'Overdue' };

  const byId = (id) => document.getElementById(id);
  let locale = 'en-GB';
  let inTeams = false;
  let tokenSource = null;
  let ageingChart = null;
  let inductionChart = null;
  const qualityCharts = [];
  // Distinct hues for series; each chart also has a table with the same figures.
  const SERIES = ['#2f6fb3', '#c0504d', '#3d9a4a', '#8064a2', '#d08a1e', '#2aa3a3'];
  const STRANDS = [
    ['pursue', 'Pursue'],
    ['prevent', 'Prevent'],
    ['protect', 'Protect'],
    ['prepare', 'Prepare'],
  ];
  let teamsDisplayName = '';

  // ---- theme ----

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function chartColours() {
    return { bar: cssVar('--chart-bar'), grid: cssVar('--chart-grid'), text: cssVar('--text') };
  }

  /** Applies a Teams theme name (default, dark, contrast); anything else falls back to default. */
  function applyTheme(name) {
    const theme = THEMES.includes(name) ? name : 'default';
    document.documentElement.dataset.theme = theme;
    const c = chartColours();
    for (const chart of [ageingChart, inductionChart]) {
      if (!chart) continue;
      for (const dataset of chart.data.datasets) {
        dataset.backgroundColor = cssVar(dataset.colourVar);
        dataset.borderColor = c.text;
      }
      for (const axis of Object.values(chart.options.scales)) {
        axis.ticks.color = c.text;
        axis.grid.color = c.grid;
      }
      if (chart.options.plugins.legend.labels) chart.options.plugins.legend.labels.color = c.text;
      // A plain update: mode 'none' keeps the elements' cached colours.
      chart.update();
    }
  }

  // ---- page states ----

  function setStatus(text) {
    byId('status').textContent = text;
  }

  function showProblem(title, text, canRetry) {
    byId('coordinator-view').hidden = true;
    byId('lro-view').hidden = true;
    byId('problem-title').textContent = title;
    byId('problem-text').textContent = text;
    byId('retry').hidden = !canRetry;
    byId('problem').hidden = false;
    setStatus('');
  }

  function showOutsideTeams() {
    showProblem(
      'Open this page in Teams',
      'This dashboard is part of the LRO Assist app in Microsoft Teams. Open LRO Assist in Teams and choose the Dashboard tab.',
      false,
    );
  }

  const PROBLEMS = {
    signin: ['Sign in again', 'Your sign-in was refused or has expired. Close the Dashboard tab and open it again to sign in again.', true],
    forbidden: ['Not available to you', 'This part of the dashboard is for SOC Community Coordinators only.', false],
    unconfigured: ['Dashboard not set up', 'Single sign-on is not configured for LRO Assist yet. Ask your administrator to finish setting it up.', false],
    unavailable: ['Dashboard unavailable', 'LRO Assist could not load your dashboard just now. Try again in a minute.', true],
  };

  // ---- formatting ----

  function formatInstant(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(d);
  }

  // Calendar dates are already Europe/London dates; format them without shifting the day.
  function formatDate(ymd) {
    const d = new Date(ymd + 'T00:00:00Z');
    if (Number.isNaN(d.getTime())) return ymd;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  }

  function formatAge(hours) {
    const h = Math.floor(hours);
    if (h < 48) return h === 1 ? '1 hour' : h + ' hours';
    return Math.floor(h / 24) + ' days';
  }

  function humanise(value) {
    const text = String(value).replace(/[-_]+/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // ---- DOM builders ----

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v;
      else if (k === 'className') node.className = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) if (child) node.append(child);
    return node;
  }

  /** A captioned table in a keyboard-scrollable region; `cells` returns strings or nodes. */
  function table(caption, headings, rows, cells) {
    const head = el(
      'tr',
      {},
      headings.map((h) => el('th', { scope: 'col', text: h })),
    );
    const body = rows.map((row) =>
      el(
        'tr',
        {},
        cells(row).map((c, i) => (i === 0 ? el('th', { scope: 'row' }, [c]) : el('td', {}, [c]))),
      ),
    );
    return el('div', { className: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' }, [
      el('table', {}, [el('caption', { text: caption }), el('thead', {}, [head]), el('tbody', {}, body)]),
    ]);
  }

  function fill(id, ...nodes) {
    byId(id).replaceChildren(...nodes);
  }

  function empty(text) {
    return el('p', { className: 'empty', text });
  }

  function badge(state) {
    return el('span', { className: 'badge badge-' + state, text: PLAN_STATES[state] || humanise(state) });
  }

  function safeHttpsUrl(value) {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' ? url : null;
    } catch {
      return null;
    }
  }

  // ---- views ----

  function countTable(caption, keyHeading, counts) {
    if (!counts.length) return empty('No requests yet.');
    return table(caption, [keyHeading, 'Requests'], counts, (c) => [humanise(c.key), String(c.count)]);
  }

  function renderAgeingChart(buckets) {
    if (ageingChart) ageingChart.destroy();
    ageingChart = null;
    if (typeof window.Chart !== 'function') return;
    const c = chartColours();
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    ageingChart = new window.Chart(byId('ageing-chart'), {
      type: 'bar',
      data: {
        labels: buckets.map((b) => b.label),
        datasets: [
          { label: 'Open requests', data: buckets.map((b) => b.count), colourVar: '--chart-bar', backgroundColor: c.bar, borderColor: c.text, borderWidth: 1 },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { ticks: { color: c.text }, grid: { color: c.grid } },
          y: { beginAtZero: true, grace: '10%', ticks: { color: c.text, precision: 0 }, grid: { color: c.grid } },
        },
      },
    });
  }

  /** Started and completed, side by side for each force; the table below carries the same figures. */
  function renderInductionChart(byForce) {
    if (inductionChart) inductionChart.destroy();
    inductionChart = null;
    if (typeof window.Chart !== 'function') return;
    const c = chartColours();
    const dataset = (label, colourVar, values) => ({ label, data: values, colourVar, backgroundColor: cssVar(colourVar), borderColor: c.text, borderWidth: 1 });
    inductionChart = new window.Chart(byId('induction-chart'), {
      type: 'bar',
      data: {
        labels: byForce.map((f) => f.force),
        datasets: [
          dataset(
            'Started',
            '--chart-bar',
            byForce.map((f) => f.started),
          ),
          dataset(
            'Completed',
            '--chart-bar-2',
            byForce.map((f) => f.completed),
          ),
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: true, labels: { color: c.text } } },
        scales: {
          x: { ticks: { color: c.text }, grid: { color: c.grid } },
          y: { beginAtZero: true, grace: '10%', ticks: { color: c.text, precision: 0 }, grid: { color: c.grid } },
        },
      },
    });
  }

  function renderInduction(induction) {
    // No empty chart frame when there is nothing to draw.
    byId('induction-chart').parentElement.hidden = !induction;
    if (!induction) {
      fill('induction-table', empty('No induction figures yet.'));
      fill('induction-missed');
      return;
    }
    renderInductionChart(induction.byForce);
    fill(
      'induction-table',
      table('LRO induction by force', ['Force', 'Started', 'Completed', 'Average check score'], induction.byForce, (f) => [
        f.force,
        String(f.started),
        String(f.completed),
        f.averageScore === undefined ? '—' : f.averageScore + '%',
      ]),
    );
    fill(
      'induction-missed',
      induction.mostMissed.length
        ? table('Questions most often answered wrongly', ['Question', 'Module', 'Wrong', 'Answered'], induction.mostMissed, (q) => [
            q.prompt,
            String(q.module),
            String(q.wrong),
            String(q.answered),
          ])
        : empty('No check question has been answered wrongly yet.'),
    );
  }

  function renderMyInduction(mine) {
    if (!mine) return empty('You have not started the LRO induction. Type "induction" in a personal chat with LRO Assist to start.');
    const score = mine.answered ? mine.correct + ' of ' + mine.answered + ' right (' + mine.percent + '%)' : 'None answered yet';
    const rows = [
      ['Started', formatInstant(mine.startedAt)],
      ['Completed', mine.completedAt ? formatInstant(mine.completedAt) : 'Not yet'],
      ['Now at', 'Module ' + mine.module + ' of ' + mine.modules + ': ' + mine.moduleTitle],
      ['Checks', score],
    ];
    return table('Your induction progress', ['Item', 'Progress'], rows, (r) => r);
  }

  function qualityChart(id, type, labels, datasets, options) {
    if (typeof window.Chart !== 'function') return;
    const c = chartColours();
    qualityCharts.push(
      new window.Chart(byId(id), {
        type,
        data: { labels, datasets },
        options: Object.assign(
          {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { labels: { color: c.text } } },
          },
          options(c),
        ),
      }),
    );
  }

  const percent = (share) => Math.round(share * 100) + '%';

  function renderPlanBalance(balance, reviews) {
    const axes = (c, stacked, y) => ({
      scales: {
        x: { stacked, ticks: { color: c.text }, grid: { color: c.grid } },
        y: Object.assign({ stacked, beginAtZero: true, ticks: { color: c.text, precision: 0 }, grid: { color: c.grid } }, y),
      },
    });
    qualityChart(
      'balance-chart',
      'bar',
      balance.map((f) => f.force),
      STRANDS.map(([key, label], i) => ({ label, data: balance.map((f) => f.strands[key]), backgroundColor: SERIES[i] })),
      (c) => axes(c, true, {}),
    );
    fill(
      'balance-table',
      balance.length
        ? table('Active 4P plans by force', ['Force', 'Plans', 'Reviewed on time', 'Balanced', 'Pursue', 'Prevent', 'Protect', 'Prepare'], balance, (f) =>
            [f.force, String(f.plans), percent(f.reviewedOnTime), percent(f.balanced)].concat(STRANDS.map(([key]) => String(f.strands[key]))),
          )
        : empty('No plan structures recorded yet.'),
    );
    const months = reviews.length ? reviews[0].months.map((m) => m.month) : [];
    qualityChart(
      'reviews-chart',
      'line',
      months,
      reviews.map((r, i) => ({
        label: r.force,
        data: r.months.map((m) => (m.reviews ? Math.round((100 * m.onTime) / m.reviews) : null)),
        borderColor: SERIES[i % SERIES.length],
        backgroundColor: SERIES[i % SERIES.length],
        spanGaps: true,
      })),
      (c) => axes(c, false, { max: 100, ticks: { color: c.text, callback: (v) => v + '%' } }),
    );
    fill(
      'reviews-table',
      reviews.length
        ? table('Plan reviews on time by month', ['Force'].concat(months), reviews, (r) =>
            [r.force].concat(r.months.map((m) => (m.reviews ? m.onTime + ' of ' + m.reviews : '—'))),
          )
        : empty('No plan reviews recorded in the last 12 months.'),
    );
  }

  function renderSiteProgress(sites) {
    const series = [];
    for (const site of sites) {
      for (const m of site.measures) {
        const base = m.trend.filter((t) => t.baseline).pop();
        if (base && base.value)
          series.push({ label: site.name + ': ' + m.label, points: m.trend.map((t) => ({ x: t.periodEnd, y: Math.round((100 * t.value) / base.value) })) });
      }
    }
    const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
    qualityChart(
      'trend-chart',
      'line',
      periods,
      series.map((s, i) => ({
        label: s.label,
        data: periods.map((p) => (s.points.find((q) => q.x === p) || { y: null }).y),
        borderColor: SERIES[i % SERIES.length],
        backgroundColor: SERIES[i % SERIES.length],
        spanGaps: true,
      })),
      (c) => ({
        scales: {
          x: { ticks: { color: c.text }, grid: { color: c.grid } },
          y: { beginAtZero: true, ticks: { color: c.text, callback: (v) => v + '%' }, grid: { color: c.grid } },
        },
      }),
    );
    const rows = sites.flatMap((s) => (s.measures.length ? s.measures : [{ label: '—', change: '—' }]).map((m) => ({ site: s, m })));
    fill(
      'progress-table',
      sites.length
        ? table('CHB site progress', ['Site', 'Phase', 'Foundation blocks in place', 'Measure', 'Change against baseline'], rows, (r) => [
            r.site.name,
            r.site.phase,
            r.site.blocksInPlace + ' of ' + r.site.blocksTotal,
            r.m.label,
            r.m.change,
          ])
        : empty('No Clear, Hold, Build sites recorded.'),
    );
  }

  function renderDropIn(dropIn) {
    if (!dropIn) return empty('No drop-in is scheduled.');
    const rsvp = dropIn.rsvpCount === 1 ? '1 person has said they will attend.' : dropIn.rsvpCount + ' people have said they will attend.';
    const url = safeHttpsUrl(dropIn.joinUrl);
    const join = url ? el('a', { id: 'dropin-join', href: url.href, target: '_blank', rel: 'noopener noreferrer', text: 'Join the drop-in' }) : null;
    if (join && inTeams) {
      join.addEventListener('click', (event) => {
        event.preventDefault();
        window.microsoftTeams.app.openLink(url.href).catch(() => window.open(url.href, '_blank', 'noopener'));
      });
    }
    return el('div', {}, [
      el('p', { className: 'dropin-when', text: formatInstant(dropIn.start) + ' to ' + formatInstant(dropIn.end) }),
      el('p', { text: rsvp }),
      join,
    ]);
  }

  function renderCoordinator(data) {
    fill('by-status', countTable('Requests by status', 'Status', data.requestsByStatus));
    fill('by-force', countTable('Requests by force', 'Force', data.requestsByForce));
    renderAgeingChart(data.ageingBuckets);
    fill(
      'ageing-table',
      table('Open requests by age', ['Age', 'Open requests'], data.ageingBuckets, (b) => [b.label, String(b.count)]),
    );
    fill(
      'breaches',
      data.slaBreaches.length
        ? table('Requests past their response time', ['Reference', 'Force', 'Urgency', 'Age'], data.slaBreaches, (b) => [
            b.reference,
            b.force,
            humanise(b.urgency),
            formatAge(b.ageHours),
          ])
        : empty('No SLA breaches.'),
    );
    fill(
      'overdue',
      data.overduePlans.length
        ? table('4P plans past their review date', ['Plan', 'Owner', 'Review was due', 'Days overdue'], data.overduePlans, (p) => [
            p.reference,
            p.owner,
            formatDate(p.dueDate),
            p.snoozedUntil ? `${p.daysOverdue} (snoozed until ${formatDate(p.snoozedUntil)})` : String(p.daysOverdue),
          ])
        : empty('No plan reviews are overdue.'),
    );
    fill('dropin', renderDropIn(data.nextDropIn));
    fill(
      'sites',
      data.sites.length
        ? table('Sites and their next 6-month review', ['Site', 'Launched', 'Next review'], data.sites, (s) => [
            s.name,
            formatDate(s.launchDate),
            formatDate(s.nextReview),
          ])
        : empty('No Clear, Hold, Build sites recorded.'),
    );
    fill(
      'failed-sends',
      data.failedSends.length
        ? table('Messages the bot could not deliver', ['When', 'Kind', 'Conversation', 'Why'], data.failedSends, (f) => [
            formatInstant(f.at),
            f.kind,
            f.conversationId,
            f.reason,
          ])
        : empty('Every message got through or is still being retried.'),
    );
    renderInduction(data.induction);
    while (qualityCharts.length) qualityCharts.pop().destroy();
    renderPlanBalance(data.planBalance || [], data.reviewsOnTime || []);
    renderSiteProgress(data.siteProgress || []);
    byId('coordinator-view').hidden = false;
  }

  function renderLro(data) {
    fill(
      'my-requests',
      data.requests.length
        ? table(
            'Your requests to the Regional Disruption Team',
            ['Reference', 'Status', 'Type of support', 'Last updated', 'Latest note'],
            data.requests,
            (r) => [r.reference, humanise(r.status), humanise(r.supportType), formatInstant(r.updatedAt), r.latestNote || '—'],
          )
        : empty('You have no support requests. Type "request support" in chat with LRO Assist to ask the RDT for help.'),
    );
    fill(
      'my-plans',
      data.plans.length
        ? table('Your 4P plans and their next review', ['Plan', 'Next review', 'State'], data.plans, (p) => [
            p.reference,
            formatDate(p.nextReviewDate),
            badge(p.state),
          ])
        : empty('You have no 4P plans recorded.'),
    );
    fill('my-induction', renderMyInduction(data.induction));
    byId('lro-view').hidden = false;
  }

  // ---- data ----

  class ApiError extends Error {
    constructor(kind) {
      super(kind);
      this.kind = kind;
    }
  }

  async function api(path, token) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
    let res;
    try {
      res = await fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' }, signal: controller.signal, cache: 'no-store' });
    } catch {
      throw new ApiError('unavailable');
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) return res.json();
    if (res.status === 401) throw new ApiError('signin');
    if (res.status === 403) throw new ApiError('forbidden');
    const body = await res.json().catch(() => ({}));
    throw new ApiError(res.status === 503 && body.error === 'sso_not_configured' ? 'unconfigured' : 'unavailable');
  }

  async function load() {
    byId('problem').hidden = true;
    byId('refresh').hidden = true;
    setStatus('Loading the dashboard…');
    let token;
    try {
      token = await tokenSource();
    } catch {
      return showProblem(...PROBLEMS.signin);
    }
    try {
      const me = await api('/api/tab/me', token);
      const role = me.role === 'coordinator' ? 'SOC Community Coordinator' : 'Lead Responsible Officer';
      const name = me.displayName || teamsDisplayName;
      byId('who').textContent = name ? name + ' · ' + role : role;
      if (me.role === 'coordinator') renderCoordinator(await api('/api/tab/coordinator', token));
      else renderLro(await api('/api/tab/mine', token));
      byId('refresh').hidden = false;
      setStatus('Dashboard updated ' + formatInstant(new Date().toISOString()) + '.');
    } catch (err) {
      showProblem(...PROBLEMS[err instanceof ApiError ? err.kind : 'unavailable']);
    }
  }

  // ---- start-up ----

  function hashParams() {
    return new URLSearchParams(location.hash.replace(/^#/, ''));
  }

  // The server offers /tab/test-hooks.json only when started with test hooks on; otherwise the
  // hash is ignored, so a crafted link cannot feed a production page someone else's token.
  async function testHooksEnabled() {
    try {
      const res = await fetch('test-hooks.json', { cache: 'no-store' });
      return res.ok && (await res.json()).token === true;
    } catch {
      return false;
    }
  }

  async function startInTeams() {
    const teams = window.microsoftTeams;
    inTeams = true;
    try {
      const ctx = await teams.app.getContext();
      if (ctx.app && ctx.app.locale) {
        locale = Intl.DateTimeFormat.supportedLocalesOf([ctx.app.locale]).length ? ctx.app.locale : locale;
        document.documentElement.lang = locale;
      }
      applyTheme(ctx.app && ctx.app.theme);
      teamsDisplayName = (ctx.user && ctx.user.displayName) || '';
    } catch {
      // Context is cosmetic here; sign-in below decides whether the page works.
    }
    teams.app.registerOnThemeChangeHandler(applyTheme);
    tokenSource = () => teams.authentication.getAuthToken();
    await load();
  }

  async function start() {
    byId('refresh').addEventListener('click', load);
    byId('retry').addEventListener('click', load);

    const hash = hashParams();
    if (hash.has('token') || hash.has('theme')) {
      history.replaceState(null, '', location.pathname + location.search);
      if (await testHooksEnabled()) {
        applyTheme(hash.get('theme'));
        window.addEventListener('hashchange', () => {
          const next = hashParams();
          if (next.has('theme')) applyTheme(next.get('theme'));
        });
        const token = hash.get('token');
        if (token) {
          tokenSource = () => Promise.resolve(token);
          return load();
        }
      }
    }

    const teams = window.microsoftTeams;
    if (!teams || !teams.app) return showOutsideTeams();
    const init = teams.app.initialize();
    const outcome = await Promise.race([
      init.then(
        () => 'ready',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('timeout'), TEAMS_INIT_TIMEOUT_MS)),
    ]);
    if (outcome === 'ready') return startInTeams();
    showOutsideTeams();
    // A slow Teams client may still answer; if it does, carry on as normal.
    if (outcome === 'timeout') init.then(startInTeams, () => undefined);
  }

  start();
})();
