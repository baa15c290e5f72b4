import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import AdmZip from 'adm-zip';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { APP_PACKAGE_DIR, buildAppPackage } from '../../src/tools/build-app-package';
import { isAppError } from '../../src/errors';

const APP_ID = '00000000-0000-4000-8000-000000000001';
const HOST = 'lro-assist.example.test';
const VERSION = '1.2.3';
const BOT_COMMANDS = ['help', 'my requests', 'my plans', 'next drop-in', 'request support', 'plans overview', 'profiles'];
/** Personal chat only: the induction does not work in a team or group chat. */
const INDUCTION_COMMANDS = ['induction', 'induction progress'];

// The subset of the manifest these tests read.
interface Manifest {
  id: string;
  version: string;
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
  composeExtensions: Array<{
    botId: string;
    commands: Array<{ id: string; type: string; fetchTask?: boolean; context: string[]; parameters?: Array<{ name: string }> }>;
  }>;
  staticTabs: Array<{ entityId: string; contentUrl: string; websiteUrl: string; scopes: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

/** Runs `fn` with `globalThis.fetch` replaced by one that fails, and reports how often it was called. */
async function withoutNetwork<T>(fn: () => Promise<T>): Promise<{ result: T; fetchCalls: number }> {
  const realFetch = globalThis.fetch;
  let fetchCalls = 0;
  globalThis.fetch = (async () => {
    fetchCalls += 1;
    throw new Error('network access during an offline test');
  }) as typeof fetch;
  try {
    return { result: await fn(), fetchCalls };
  } finally {
    globalThis.fetch = realFetch;
  }
}

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA samples, only decoded for 8-bit RGBA images. */
  rgba?: Buffer;
}

/** Reads the IHDR and, for 8-bit non-interlaced RGBA, the pixels (enough to check the outline icon). */
function readPng(data: Buffer): Png {
  assert.equal(data.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  assert.equal(data.toString('latin1', 12, 16), 'IHDR', 'first chunk is IHDR');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const [bitDepth, colorType, , , interlace] = data.subarray(24, 29);
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0) return { width, height, colorType };

  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      rgba[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, colorType, rgba };
}

describe('Teams app package', () => {
  let dir: string;
  let entries: string[];
  let zip: AdmZip;
  let manifestText: string;
  let manifest: Manifest;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lro-app-package-'));
    const outFile = path.join(dir, 'out', 'lro-assist.zip');
    const build = await withoutNetwork(() => buildAppPackage({ appId: APP_ID, publicHostname: HOST, version: VERSION, outFile }));
    assert.equal(build.fetchCalls, 0, 'the build validated the manifest without fetching');
    entries = build.result;
    zip = new AdmZip(outFile);
    manifestText = zip.readAsText('manifest.json');
    manifest = JSON.parse(manifestText) as Manifest;
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('holds manifest.json and both icons at the root of the zip', () => {
    const names = zip
      .getEntries()
      .map((e) => e.entryName)
      .sort();
    assert.deepEqual(names, ['color.png', 'manifest.json', 'outline.png']);
    assert.deepEqual([...entries].sort(), names);
  });

  it('has a manifest that matches the bundled v1.22 schema without any network access', async () => {
    const raw = JSON.parse(manifestText) as AppManifest;
    assert.equal((raw as { $schema?: string }).$schema, 'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
    const { result: errors, fetchCalls } = await withoutNetwork(() => AppManifestUtils.validateAgainstSchema(raw));
    assert.deepEqual(errors, []);
    assert.equal(fetchCalls, 0);
  });

  it('substitutes the app id, public host and version everywhere', () => {
    assert.doesNotMatch(manifestText, /\$\{\{/);
    assert.equal(manifest.id, APP_ID);
    assert.equal(manifest.version, VERSION);
    assert.equal(manifest.bots[0].botId, APP_ID);
    assert.equal(manifest.composeExtensions[0].botId, APP_ID);
    assert.deepEqual(manifest.validDomains, [HOST]);
    assert.deepEqual(manifest.webApplicationInfo, { id: APP_ID, resource: `api://${HOST}/${APP_ID}` });
    assert.equal(manifest.developer.websiteUrl, `https://${HOST}/tab/`);
    assert.equal(manifest.developer.privacyUrl, `https://${HOST}/tab/privacy.html`);
    assert.equal(manifest.developer.termsOfUseUrl, `https://${HOST}/tab/terms.html`);
    assert.deepEqual(
      manifest.staticTabs.map((t) => [t.entityId, t.contentUrl, t.websiteUrl, t.scopes]),
      [['dashboard', `https://${HOST}/tab/index.html`, `https://${HOST}/tab/index.html`, ['personal']]],
    );
  });

  it('offers the same bot commands in personal, team and group chat scopes, and the induction in personal chat', () => {
    const [bot] = manifest.bots;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.deepEqual(
      bot.commandLists
        .map((l) => l.scopes)
        .flat()
        .sort(),
      ['groupChat', 'personal', 'team'],
    );
    for (const list of bot.commandLists) {
      const expected = list.scopes.includes('personal') ? [BOT_COMMANDS[0], ...INDUCTION_COMMANDS, ...BOT_COMMANDS.slice(1)] : BOT_COMMANDS;
      assert.deepEqual(
        list.commands.map((c) => c.title),
        expected,
        `commands for ${list.scopes.join(', ')}`,
      );
    }
  });

  it('declares a guidance search and an RDT support action as messaging extension commands', () => {
    const commands = manifest.composeExtensions[0].commands;
    assert.deepEqual(
      commands.map((c) => ({ id: c.id, type: c.type, fetchTask: c.fetchTask ?? false, context: c.context })),
      [
        { id: 'searchGuidance', type: 'query', fetchTask: false, context: ['compose', 'commandBox'] },
        { id: 'requestSupport', type: 'action', fetchTask: true, context: ['compose', 'message'] },
      ],
    );
    assert.deepEqual(
      commands[0].parameters?.map((p) => p.name),
      ['query'],
    );
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(zip.readFile('color.png')!);
    assert.deepEqual([color.width, color.height], [192, 192]);

    const outline = readPng(zip.readFile('outline.png')!);
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    assert.ok(outline.colorType === 4 || outline.colorType === 6, `outline has an alpha channel (colour type ${outline.colorType})`);
    const rgba = outline.rgba;
    assert.ok(rgba, 'outline is 8-bit RGBA');
    assert.equal(rgba[3], 0, 'the top-left corner is fully transparent');
    let drawn = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) continue;
      drawn += 1;
      assert.deepEqual([...rgba.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4} is white`);
    }
    assert.ok(drawn > 0, 'the outline draws something');
  });

  it('refuses a template that breaks the schema and lists what is wrong', async () => {
    const source = path.join(dir, 'broken');
    await mkdir(source);
    const template = JSON.parse(await readFile(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'));
    template.composeExtensions[0].commands[0].type = 'search';
    delete template.developer.privacyUrl;
    await writeFile(path.join(source, 'manifest.json'), JSON.stringify(template));
    for (const icon of ['color.png', 'outline.png']) await copyFile(path.join(APP_PACKAGE_DIR, icon), path.join(source, icon));

    const outFile = path.join(dir, 'broken.zip');
    await assert.rejects(
      withoutNetwork(() => buildAppPackage({ appId: APP_ID, publicHostname: HOST, version: VERSION, outFile, sourceDir: source })),
      (err: unknown) => {
        assert.ok(isAppError(err, 'input.invalid'));
        assert.match(err.userMessage, /\/composeExtensions\/0\/commands\/0\/type/);
        assert.match(err.userMessage, /privacyUrl/);
        return true;
      },
    );
    await assert.rejects(readFile(outFile), { code: 'ENOENT' }, 'no zip is written');
  });

  it('refuses a host name with a scheme and an app id that is not a GUID', async () => {
    const outFile = path.join(dir, 'never.zip');
    await assert.rejects(buildAppPackage({ appId: APP_ID, publicHostname: `https://${HOST}`, version: VERSION, outFile }), /bare host/);
    await assert.rejects(buildAppPackage({ appId: 'lro-assist', publicHostname: HOST, version: VERSION, outFile }), /must be a GUID/);
  });

  it('the package script names MicrosoftAppId and PUBLIC_HOSTNAME when they are not set', () => {
    const root = path.resolve(__dirname, '../..');
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', 'src/tools/build-app-package.ts'], {
      cwd: root,
      env: {},
      encoding: 'utf8',
      timeout: 15000,
    });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr.trim(), 'Set MicrosoftAppId and PUBLIC_HOSTNAME to build the Teams app package (nothing else is needed)');
  });

  it('the package script needs only MicrosoftAppId and PUBLIC_HOSTNAME: no secret, no tenant id', async () => {
    const root = path.resolve(__dirname, '../..');
    const outFile = path.join(root, 'appPackage', 'build', 'lro-assist.zip');
    await rm(outFile, { force: true });
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', 'src/tools/build-app-package.ts'], {
      cwd: root,
      env: { MicrosoftAppId: APP_ID, PUBLIC_HOSTNAME: HOST },
      encoding: 'utf8',
      timeout: 15000,
    });
    assert.equal(run.status, 0, run.stderr);
    const manifest = JSON.parse(new AdmZip(outFile).readAsText('manifest.json')) as Manifest;
    assert.equal(manifest.id, APP_ID);
    assert.deepEqual(manifest.validDomains, [HOST]);
  });
});
