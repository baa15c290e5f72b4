// A stand-in for the Teams web client: a page served (through Playwright routing, never the
// network) at a real Teams origin, framing the tab and answering teams-js's postMessage calls.
// It speaks just enough of the protocol for initialize, getContext, getAuthToken and themeChange.

export const FAKE_TEAMS_HOST_URL = 'https://teams.microsoft.com/_lro-assist-test/host.html';

export interface FakeTeamsHostOptions {
  tabUrl: string;
  token: string;
  theme: string;
  locale: string;
  userDisplayName: string;
}

export function fakeTeamsHostHtml(o: FakeTeamsHostOptions): string {
  const config = JSON.stringify(o).replace(/</g, '\\u003c');
  return `<!doctype html><title>Teams (test host)</title>
<iframe title="tab" width="1100" height="800"></iframe>
<script>
  const config = ${config};
  const frame = document.querySelector('iframe');
  window.teamsCalls = [];
  const runtime = { apiVersion: 4, supports: { appInstallDialog: {}, pages: { config: {}, tabs: {} }, teamsCore: {} } };
  const context = { theme: config.theme, locale: config.locale, userDisplayName: config.userDisplayName, frameContext: 'content', hostClientType: 'web', entityId: 'dashboard' };
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
    const m = event.data;
    window.teamsCalls.push(m.func);
    const reply = (args) => frame.contentWindow.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, '*');
    if (m.func === 'initialize') reply(['content', 'web', JSON.stringify(runtime), '2.58.0']);
    else if (m.func === 'getContext') reply([context]);
    else if (m.func === 'authentication.getAuthToken') reply([true, config.token]);
  });
  window.setTeamsTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
  frame.src = config.tabUrl;
</script>`;
}
