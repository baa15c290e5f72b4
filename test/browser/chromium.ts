import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: browser tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots for people to look at (ignored by git). */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

/**
 * Launches Chromium headless and offline for a suite's `before` hook. Without it the suite is skipped
 * with one line, unless CI or REQUIRE_BROWSER make a missing browser a failure.
 */
export async function launchChromium(suite: Mocha.Context): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI || process.env.REQUIRE_BROWSER) {
      throw new Error(`${CHROMIUM} is missing: install the Debian package (apt-get install -y chromium). CI/REQUIRE_BROWSER makes this a failure.`);
    }
    console.log(`      skipped: ${CHROMIUM} not found (browser tests did not run; set REQUIRE_BROWSER=1 to fail instead)`);
    suite.skip();
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
