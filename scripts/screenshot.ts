/**
 * Takes the README's pictures of the explorer: Chromium against a running ActorGraph (`npm start`
 * with the seed graph), a view around IS-K with a traced path, at 1440×900 (docs/images/explorer.png)
 * and on a 390×844 phone with the trace in the bottom sheet (docs/images/explorer-phone.png).
 * Chromium's PNG is about 500 KB; when pngquant is installed (`apt-get install pngquant`) it is
 * reduced to a palette of 256 colours, about 140 KB.
 *
 *   npm run screenshot -- [--url http://localhost:4000] [--out docs/images/explorer.png]
 *     [--phone-out docs/images/explorer-phone.png]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/chromium.js';

/** The view shown: IS-K and the Taliban expanded, the trace from TTP to IS-K, IS-K selected. */
const VIEW = '?x=is-k,taliban&t=ttp,is-k&sel=is-k';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    out: { type: 'string', default: 'docs/images/explorer.png' },
    'phone-out': { type: 'string', default: 'docs/images/explorer-phone.png' },
  },
});

/** Opens VIEW at `viewport`, waits until it is loaded and laid out, and saves it to `file`. */
async function take(
  browser: Browser,
  viewport: { width: number; height: number },
  file: string,
  before?: (page: Page) => Promise<void>,
): Promise<void> {
  const phone = viewport.width <= 800;
  const context = await browser.newContext({ viewport, hasTouch: phone, isMobile: phone });
  const page = await context.newPage();
  await page.goto(`${values.url!.replace(/\/$/, '')}/${VIEW}`);
  await page.waitForFunction(() => 'window' in globalThis && '__actorgraph' in window);
  // Loaded (no request pending) and laid out, as the browser tests wait for it.
  await page.waitForFunction(() => !document.getElementById('canvas')?.hasAttribute('aria-busy'));
  await page.evaluate(
    () =>
      (window as unknown as { __actorgraph: { explorer: { layoutDone: Promise<void> } } })
        .__actorgraph.explorer.layoutDone,
  );
  await before?.(page);
  const out = path.resolve(file);
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  const quantized = spawnSync('pngquant', ['--quality=70-95', '--force', '--output', out, out]);
  if (quantized.error) console.warn('pngquant is not installed: the picture stays at full size.');
  console.log(`wrote ${out} (${Math.round(statSync(out).size / 1024)} KB)`);
  await context.close();
}

const browser = await launchBrowser();
try {
  await take(browser, { width: 1440, height: 900 }, values.out!);
  // On the phone the sheet shows the trace: its hops and their quotes below the graph.
  await take(browser, { width: 390, height: 844 }, values['phone-out']!, async (page) => {
    await page.getByTestId('tab-trace').click();
    await page.waitForSelector('[data-testid=trace-hop]');
    await page.evaluate(() =>
      document.querySelector('[data-testid=trace-hop]')!.scrollIntoView({ block: 'start' }),
    );
  });
} finally {
  await browser.close();
}
