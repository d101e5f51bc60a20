/**
 * Debian's Chromium (`apt-get install chromium`) driven by playwright-core, headless, for the
 * browser tests and the explorer benchmark. The flags keep it off this machine's closed network.
 * CHROMIUM_PATH overrides the executable.
 */
import { chromium, type Browser } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
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
