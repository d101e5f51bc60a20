/**
 * Takes the README's picture of the explorer: Chromium at 1440×900 against a running ActorGraph
 * (`npm start` with the seed graph), a view around IS-K with a traced path, saved as
 * docs/images/explorer.png. Chromium's PNG is about 500 KB; when pngquant is installed
 * (`apt-get install pngquant`) it is reduced to a palette of 256 colours, about 140 KB.
 *
 *   npm run screenshot -- [--url http://localhost:4000] [--out docs/images/explorer.png]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/chromium.js';

/** The view shown: IS-K and the Taliban expanded, the trace from TTP to IS-K, IS-K selected. */
const VIEW = '?x=is-k,taliban&t=ttp,is-k&sel=is-k';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    out: { type: 'string', default: 'docs/images/explorer.png' },
  },
});

const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
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
  const out = path.resolve(values.out!);
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  const quantized = spawnSync('pngquant', ['--quality=70-95', '--force', '--output', out, out]);
  if (quantized.error) console.warn('pngquant is not installed: the picture stays at full size.');
  console.log(`wrote ${out} (${Math.round(statSync(out).size / 1024)} KB)`);
} finally {
  await browser.close();
}
