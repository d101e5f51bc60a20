/**
 * Map frame-rate benchmark (not a test): the built explorer in headless Chromium at 1440x900 draws
 * 10,000 and 50,000 generated points on the map view (clustered canvas, panels/map-draw.ts) while
 * the view is panned and zoomed from the keyboard on every frame, so every frame is a full redraw.
 *
 *   npm run build:client && npx tsx bench/map/map-frames.ts [--points 10000,50000] [--seconds 4]
 *
 * The GraphQL endpoint answers every query with empty data: the points come through
 * `window.__actorgraphMap.setPoints`. Prints a markdown table for bench/results/map.md.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/support/chromium.js';
import { serveStatic } from '../../server/src/http/static-files.js';
import { startFrames, stopFrames } from '../explorer/measure.js';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'client', 'dist');
const { values } = parseArgs({
  options: {
    points: { type: 'string', default: '10000,50000' },
    seconds: { type: 'string', default: '4' },
  },
});

/** In the page: `n` points from a fixed-seed generator, handed to the map; resolves with the time. */
function loadPoints(n: number): number {
  let seed = 20;
  const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const colors = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];
  const points = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    latitude: next() * 120 - 60,
    longitude: next() * 340 - 170,
    color: colors[i % colors.length]!,
    casualties: Math.floor(next() * 50),
  }));
  const started = performance.now();
  (
    window as unknown as { __actorgraphMap: { setPoints(p: unknown[]): void } }
  ).__actorgraphMap.setPoints(points);
  return performance.now() - started;
}

/** In the page: a key on the map canvas every frame (pan, zoom in, pan back, zoom out). */
function panZoom(seconds: number): Promise<void> {
  const canvas = document.querySelector('[data-testid=map-canvas]')!;
  const keys = ['ArrowLeft', '+', 'ArrowRight', '-', 'ArrowUp', 'ArrowDown'];
  const start = performance.now();
  let i = 0;
  return new Promise((resolve) => {
    const step = (now: number) => {
      canvas.dispatchEvent(
        new KeyboardEvent('keydown', { key: keys[i++ % keys.length]!, bubbles: true }),
      );
      if (now - start < seconds * 1000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
}

const files = serveStatic(DIST);
const server = createServer((req, res) => {
  if (req.url?.startsWith('/graphql')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: null, errors: [{ message: 'benchmark: no API' }] }));
  } else files(req, res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const rows: string[] = [];
try {
  for (const n of values.points.split(',').map(Number)) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${url}/?map=20,60,1`);
    await page.waitForFunction('window.__actorgraphMap !== undefined');
    await page.getByTestId('view-map').click();
    const indexMs = await page.evaluate(loadPoints, n);
    await page.waitForTimeout(500);
    await page.evaluate(startFrames);
    await page.evaluate(panZoom, Number(values.seconds));
    const stats = await page.evaluate(stopFrames);
    rows.push(
      `| ${n.toLocaleString('en')} | ${indexMs.toFixed(0)} | ${stats.fps.toFixed(1)} | ${stats.p95FrameMs.toFixed(1)} |`,
    );
    console.error(rows.at(-1));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(
  [
    '| points | clustering index built (ms) | fps while panning/zooming | p95 frame (ms) |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n'),
);
