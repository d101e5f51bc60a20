/**
 * Explorer benchmark (not a test): loads generated graphs of 1k, 5k and 10k nodes into the built explorer
 * in headless Chromium, with Cytoscape's canvas and WebGL renderers, and reports the time to the
 * first finished layout and the frame rate while panning and zooming, as a markdown table in
 * bench/results/explorer.md.
 *
 *   npm run build:client && npx tsx bench/explorer/run.ts [--sizes 1000:2000,5000:10000,10000:20000]
 *     [--renderers canvas,webgl] [--seconds 4] [--runs 3]
 *
 * The page is the real explorer served from client/dist; the GraphQL endpoint is stubbed because
 * the graphs are injected through `window.__actorgraph.loadElements`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/support/chromium.js';
import { serveStatic } from '../../server/src/http/static-files.js';
import { generateGraph } from './generate-graph.js';
import {
  loadInPage,
  panX,
  programmaticPanZoom,
  startFrames,
  stopFrames,
  type FrameStats,
} from './measure.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(ROOT, 'client', 'dist');
const RESULTS = path.join(ROOT, 'bench', 'results', 'explorer.md');
/** Screenshots of each laid-out graph, to eyeball layout quality (git-ignored). */
const SHOTS = path.join(ROOT, 'test-artifacts', 'bench');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000:2000,5000:10000,10000:20000' },
    renderers: { type: 'string', default: 'canvas,webgl' },
    seconds: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map((s) => s.split(':').map(Number) as [number, number]);
const seconds = Number(values.seconds);
const runs = Number(values.runs);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const medianStats = (stats: FrameStats[]): FrameStats => ({
  fps: median(stats.map((s) => s.fps)),
  p95FrameMs: median(stats.map((s) => s.p95FrameMs)),
});

/** The median of each figure over repeated runs: the machine may be shared, single runs swing. */
function medianRow(rows: Row[]): Row {
  const [first] = rows;
  return {
    ...first!,
    layoutMs: median(rows.map((r) => r.layoutMs)),
    duringLayout: medianStats(rows.map((r) => r.duringLayout)),
    scripted: medianStats(rows.map((r) => r.scripted)),
    dragged: medianStats(rows.map((r) => r.dragged)),
  };
}

/** The explorer's files, and a /graphql that answers every query with empty data. */
function startServer(): Promise<{ url: string; close(): void }> {
  const files = serveStatic(DIST);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ data: { vocabulary: { kinds: [], relationTypes: [], statuses: [] } } }),
      );
    } else files(req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

/** One row of the table. */
interface Row {
  renderer: string;
  n: number;
  m: number;
  layoutMs: number;
  activeRenderer: string;
  inWorker: boolean;
  duringLayout: FrameStats;
  scripted: FrameStats;
  dragged: FrameStats;
}

const MIN_MOVES = 20;

async function measure(
  browser: Browser,
  url: string,
  renderer: string,
  n: number,
  m: number,
): Promise<Row> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx compiles named functions with esbuild's `__name` helper, which the page does not have.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(`${url}/?renderer=${renderer}`);
  await page.waitForFunction('window.__actorgraph !== undefined');
  // Frames while the graph loads and lays out: is the page still responsive meanwhile?
  await page.evaluate(startFrames);
  const loaded = await page.evaluate(loadInPage, generateGraph(n, m));
  const duringLayout = await page.evaluate(stopFrames);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${renderer}-${n}.png`) });

  await page.evaluate(startFrames);
  await page.evaluate(programmaticPanZoom, seconds);
  const scripted = await page.evaluate(stopFrames);

  // A user dragging the canvas in one long gesture: real input events, so the renderer's viewport
  // shortcuts apply. The press lands on empty canvas (a corner), so the drag pans rather than moves a node.
  const box = (await page.locator('#canvas').boundingBox())!;
  const x0 = box.x + 12;
  const y0 = box.y + 12;
  const panBefore = await page.evaluate(panX);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.evaluate(startFrames);
  const started = Date.now();
  // At least MIN_MOVES moves: on a big scene one move can take seconds, and Cytoscape needs a few
  // moves after the press before it pans at all.
  for (let t = 0, moves = 0; moves < MIN_MOVES || Date.now() - started < seconds * 1000; moves++) {
    t += 0.05;
    await page.mouse.move(x0 + 150 + 120 * Math.cos(t), y0 + 150 + 90 * Math.sin(t));
  }
  const dragged = await page.evaluate(stopFrames);
  await page.mouse.up();
  // Guard against measuring idle frames: the drag must really have moved the view.
  if ((await page.evaluate(panX)) === panBefore) {
    throw new Error(`The drag did not pan the view (${renderer}, ${n} nodes).`);
  }
  await page.close();
  return { renderer, n, m, ...loaded, duringLayout, scripted, dragged };
}

if (!existsSync(path.join(DIST, 'index.html')))
  throw new Error('client/dist is missing: run `npm run build:client` first.');
const server = await startServer();
const browser = await launchBrowser();
const rows: Row[] = [];
const loadBefore = os.loadavg()[0]!;
try {
  for (const [n, m] of sizes) {
    for (const renderer of values.renderers.split(',')) {
      const samples: Row[] = [];
      for (let i = 0; i < runs; i += 1)
        samples.push(await measure(browser, server.url, renderer, n, m));
      const row = medianRow(samples);
      console.log(
        `${renderer.padEnd(6)} ${n} nodes / ${m} edges: layout ${row.layoutMs.toFixed(0)} ms ` +
          `(worker ${row.inWorker}, ${row.duringLayout.fps.toFixed(1)} fps meanwhile), ` +
          `scripted ${row.scripted.fps.toFixed(1)} fps, dragging ${row.dragged.fps.toFixed(1)} fps (${row.activeRenderer})`,
      );
      rows.push(row);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const lines = [
  '# Explorer benchmark',
  '',
  `Generated by \`bench/explorer/run.ts\` on ${new Date().toISOString().slice(0, 10)}: Chromium ${browser.version()} headless, ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, no GPU (WebGL runs on SwiftShader, i.e. on the CPU), viewport 1440×900. ` +
    `Each figure is the median of ${runs} runs; the 1-minute load average was ${loadBefore.toFixed(1)} before and ` +
    `${os.loadavg()[0]!.toFixed(1)} after (other work shared the machine, so treat the figures as a lower bound).`,
  '',
  '"Time to first layout": from adding the elements to the end of the first fcose layout (draft quality above 600 nodes, no ' +
    'animation; above 600 nodes it runs in a Web Worker, "worker" column). "FPS during layout" counts frames on the page while ' +
    `the graph is added and laid out. The other frame rates are counted with requestAnimationFrame over ${seconds} s each: ` +
    '"scripted" pans and zooms the viewport from script on every frame (a full redraw each frame, the worst case); "dragging" ' +
    'pans by dragging the canvas in one long gesture with real mouse events, where above 1,500 nodes the explorer lets ' +
    'Cytoscape draw a cached texture and hide edges while the view moves. p95 is the 95th-percentile frame time.',
  '',
  '| Nodes | Edges | Renderer | WebGL used | Time to first layout (ms) | Worker | FPS during layout | FPS scripted pan/zoom | p95 frame (ms) | FPS dragging | p95 frame (ms) |',
  '|------:|------:|----------|------------|--------------------------:|--------|------------------:|----------------------:|---------------:|-------------:|---------------:|',
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.m} | ${r.renderer} | ${r.activeRenderer === 'webgl' ? 'yes' : 'no'} | ${r.layoutMs.toFixed(0)} | ` +
      `${r.inWorker ? 'yes' : 'no'} | ${r.duringLayout.fps.toFixed(1)} | ` +
      `${r.scripted.fps.toFixed(1)} | ${r.scripted.p95FrameMs.toFixed(0)} | ${r.dragged.fps.toFixed(1)} | ${r.dragged.p95FrameMs.toFixed(0)} |`,
  ),
  '',
];
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, lines.join('\n'));
console.log(`\nWrote ${path.relative(ROOT, RESULTS)}`);
