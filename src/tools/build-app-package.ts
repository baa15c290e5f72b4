import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { loadPackageSettings } from '../config';
import { AppError, isAppError } from '../errors';

/** The folder holding the manifest template and the two icons. */
export const APP_PACKAGE_DIR = path.resolve(__dirname, '../../appPackage');

export interface AppPackageOptions {
  /** The bot's Microsoft App ID (a GUID); also used as the Teams app id and the SSO application id. */
  appId: string;
  /** Bare host name that serves the bot and the tab, e.g. `lro-assist.example.org`. */
  publicHostname: string;
  /** Teams app version, MAJOR.MINOR.PATCH. */
  version: string;
  /** Where to write the zip; parent folders are created. */
  outFile: string;
  /** Folder with manifest.json (the template) and its icons; defaults to {@link APP_PACKAGE_DIR}. */
  sourceDir?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const VERSION = /^\d+\.\d+\.\d+$/;
const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;
const TEAMS_SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9A-Za-z.]+)\/MicrosoftTeams\.schema\.json$/;
const ICON_SIZES = { color: 192, outline: 32 } as const;
// A fixed entry timestamp keeps the zip byte-identical for identical inputs.
const ENTRY_TIME = new Date(2024, 0, 1);

/** Replaces every `${{NAME}}` in the template; an unknown placeholder is an error rather than left in place. */
export function renderManifest(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new AppError('input.invalid', `manifest.json uses \${{${name}}}, which the package build does not supply`);
    }
    return JSON.stringify(value).slice(1, -1);
  });
}

/**
 * Builds the Teams app package: substitutes the placeholders, validates the manifest against the
 * schema bundled with @microsoft/app-manifest (never over the network), checks the icons and writes
 * the zip. Returns the zip's entry names; throws an `input.invalid` AppError listing every problem.
 */
export async function buildAppPackage(options: AppPackageOptions): Promise<string[]> {
  const { appId, publicHostname, version, outFile } = options;
  const sourceDir = options.sourceDir ?? APP_PACKAGE_DIR;
  if (!GUID.test(appId)) {
    throw new AppError('input.invalid', `The app id must be a GUID (the bot's MicrosoftAppId), got "${appId}"`);
  }
  if (!HOSTNAME.test(publicHostname)) {
    throw new AppError(
      'input.invalid',
      `The public host name must be a bare host such as lro-assist.example.org (no scheme, port or path), got "${publicHostname}"`,
    );
  }
  if (!VERSION.test(version)) {
    throw new AppError('input.invalid', `The app version must be MAJOR.MINOR.PATCH, got "${version}"`);
  }

  const templatePath = path.join(sourceDir, 'manifest.json');
  const rendered = renderManifest(await readFile(templatePath, 'utf8'), {
    APP_ID: appId,
    PUBLIC_HOSTNAME: publicHostname,
    VERSION: version,
  });
  let manifest: AppManifest & { icons?: { color?: string; outline?: string } };
  try {
    manifest = JSON.parse(rendered);
  } catch (err) {
    throw new AppError('input.invalid', `${templatePath} is not valid JSON`, { cause: err });
  }

  const errors = await AppManifestUtils.validateAgainstSchema(manifest, await bundledSchemaFor(manifest));
  if (errors.length > 0) {
    throw new AppError(
      'input.invalid',
      `${templatePath} does not match its schema (${errors.length} error${errors.length === 1 ? '' : 's'}):\n` + errors.map((e) => `  - ${e}`).join('\n'),
    );
  }

  const files: Array<[string, Buffer]> = [['manifest.json', Buffer.from(rendered, 'utf8')]];
  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons?.[kind] ?? '';
    if (path.basename(name) !== name) {
      throw new AppError('input.invalid', `icons.${kind} must be a file name at the package root, got "${name}"`);
    }
    const png = await readFile(path.join(sourceDir, name));
    const size = pngSize(png);
    const want = ICON_SIZES[kind];
    if (!size || size.width !== want || size.height !== want) {
      const got = size ? `${size.width}×${size.height}` : 'not a PNG';
      throw new AppError('input.invalid', `icons.${kind} (${name}) must be a ${want}×${want} PNG, got ${got}`);
    }
    files.push([name, png]);
  }

  const zip = new AdmZip();
  for (const [name, data] of files) zip.addFile(name, data).header.time = ENTRY_TIME;
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, zip.toBuffer());
  return files.map(([name]) => name);
}

/** Loads the local copy of the manifest's `$schema`, so validation can never reach for the network. */
async function bundledSchemaFor(manifest: AppManifest): Promise<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]> {
  const url = '$schema' in manifest ? String(manifest.$schema ?? '') : '';
  const version = TEAMS_SCHEMA_URL.exec(url)?.[1];
  const file = version
    ? path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json')
    : undefined;
  if (!file || !existsSync(file)) {
    throw new AppError(
      'input.invalid',
      `manifest.json $schema "${url}" is not a Teams schema bundled with @microsoft/app-manifest; use https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json`,
    );
  }
  return JSON.parse(await readFile(file, 'utf8'));
}

function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature || data.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

async function main(): Promise<void> {
  const { appId, publicHostname } = loadPackageSettings();
  const missing = [appId ? undefined : 'MicrosoftAppId', publicHostname ? undefined : 'PUBLIC_HOSTNAME'].filter(Boolean);
  if (!appId || !publicHostname) {
    throw new AppError('config.invalid', `Set ${missing.join(' and ')} to build the Teams app package (nothing else is needed)`);
  }
  const pkg = JSON.parse(await readFile(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
  const outFile = path.join(APP_PACKAGE_DIR, 'build', 'lro-assist.zip');
  await buildAppPackage({ appId, publicHostname, version: pkg.version, outFile });
  console.log(`Wrote ${path.relative(process.cwd(), outFile)} (version ${pkg.version}, host ${publicHostname})`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(isAppError(err) ? err.userMessage : err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
