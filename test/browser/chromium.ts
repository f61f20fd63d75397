/**
 * Debian's Chromium for browser tests, driven by playwright-core; never a downloaded browser.
 * `.ci/run` installs the package when it is missing; without it browser tests skip with a reason.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

// CI sets UPPSIKT_REQUIRE_BROWSER=1: there a missing browser must fail the run, not skip tests.
if (!hasChromium && process.env.UPPSIKT_REQUIRE_BROWSER === '1') {
  throw new Error(`UPPSIKT_REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing`);
}
export const NO_CHROMIUM = `browser tests skipped: ${CHROMIUM_PATH} is missing (apt-get install chromium)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
