/**
 * fetchSource against the real Neo4j and a local web server: an article page stored with its title,
 * publisher and date; plain text kept as it is; a 50 MB page refused without reading it all; a
 * redirect loop, a non-HTML answer, a bad scheme and an unreachable host refused with their codes;
 * loopback refused by default; the same URL fetched twice at once ending as one source.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorHeaders,
  gql,
  MANY_CLIENTS,
  startTestApp,
  testConfig,
  type TestApp,
} from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import { type PageServer, startPageServer } from '../../../../support/http/page-server.js';

const FETCH = `mutation Fetch($url: String!) {
  fetchSource(url: $url) {
    created
    duplicates { source { id } }
    source { id title publisher date url hasText text }
  }
}`;

interface Fetched {
  fetchSource: {
    created: boolean;
    source: { id: string; title: string; publisher: string | null; date: string | null } & {
      url: string;
      hasText: boolean;
      text: string;
    };
  };
}

const TAG = `run ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PARAGRAPHS = [
  `The Northern Valley Front claimed responsibility for the attack on the Kestrel Bridge (${TAG}).`,
  'Officials in the river province said the group had grown since the spring, recruiting in the hill districts and along the old trade road.',
  'A spokesman for the provincial council said talks with the front had stalled after the second round, and that patrols would be doubled.',
];
/** An invented news page: menu and footer around the article, with its metadata in the head. */
const articlePage = (extra: string) => `<!doctype html><html><head>
<title>Front claims bridge attack ${extra} | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2026-11-30T08:15:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Front claims bridge attack ${extra}</h1>
${PARAGRAPHS.map((p) => `<p>${p} ${extra}</p>`).join('\n')}
</article><footer>Copyright The Valley Courier. Subscribe now.</footer></body></html>`;

let open: TestApp;
let strict: TestApp;
let pages: PageServer;
const fetched = new Set<string>();

beforeAll(async () => {
  pages = await startPageServer({
    '/article': ['text/html; charset=utf-8', articlePage('A')],
    '/race': ['text/html', articlePage('B')],
    '/plain': ['text/plain; charset=utf-8', `A plain note (${TAG}).\n\nSecond line as is.`],
    '/json': ['application/json', JSON.stringify({ text: PARAGRAPHS.join(' ') })],
    '/menu': ['text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>'],
  });
  // Tests serve pages from 127.0.0.1, which only a documented setting lets through.
  open = await startTestApp(testConfig({ ...MANY_CLIENTS, FETCH_ALLOW_PRIVATE_ADDRESSES: 'true' }));
  strict = await startTestApp(testConfig(MANY_CLIENTS));
});
afterAll(async () => {
  for (const id of fetched) await open.db.write('edit/delete-entity', { id });
  await Promise.all([open?.close(), strict?.close(), pages?.close()]);
});

const fetchAs = (app: TestApp, url: string) => gql<Fetched>(app, FETCH, { url }, editorHeaders);

async function fetchOk(url: string) {
  const result = await fetchAs(open, url);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  fetched.add(result.data!.fetchSource.source.id);
  return result.data!.fetchSource;
}

describe('fetchSource', () => {
  it('stores the article of a page with its title, publisher, date and URL, not the page furniture', async () => {
    const { created, source } = await fetchOk(`${pages.url}/article`);
    expect(created).toBe(true);
    expect(source).toMatchObject({
      publisher: 'The Valley Courier',
      date: '2026-11-30',
      url: `${pages.url}/article`,
      hasText: true,
    });
    expect(source.title).toContain('Front claims bridge attack A');
    expect(source.text).toBe(PARAGRAPHS.map((p) => `${p} A`).join('\n\n'));
    expect(source.text).not.toContain('Subscribe');
  });

  it('keeps plain text as it is', async () => {
    const { source } = await fetchOk(`${pages.url}/plain`);
    expect(source.text).toBe(`A plain note (${TAG}).\n\nSecond line as is.`);
    expect(source.title).toBe('127.0.0.1/plain');
  });

  it('ends as one source when the same URL is fetched twice at once', async () => {
    const [a, b] = await Promise.all([fetchOk(`${pages.url}/race`), fetchOk(`${pages.url}/race`)]);
    expect(a.source.id).toBe(b.source.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it('refuses a 50 MB page by its Content-Length, and one without it while streaming', async () => {
    for (const path of ['/huge', '/huge-chunked']) {
      const error = expectBadInput(await fetchAs(open, `${pages.url}${path}`), ['url']);
      expect(error.message).toContain('larger than 10 MB');
      // Refused after at most the limit and what the sockets buffer: far from the 50 MB.
      expect(pages.sent.get(path) ?? 0).toBeLessThan(30 * 1024 * 1024);
    }
  });

  it('refuses a redirect loop, a non-HTML answer, a page without an article and a 404', async () => {
    const cases: [string, string][] = [
      ['/loop-a', 'redirects more than 5 times'],
      ['/json', 'answered application/json, which is not HTML, plain text or PDF'],
      ['/menu', 'does not contain an article'],
      ['/missing', 'answered HTTP 404'],
    ];
    for (const [path, problem] of cases) {
      const error = expectBadInput(await fetchAs(open, `${pages.url}${path}`), ['url']);
      expect(error.message).toContain(problem);
    }
  });

  it('refuses other schemes and bad URLs, and callers without an editor token', async () => {
    for (const url of ['ftp://example.org/a.txt', 'file:///etc/passwd', 'not a url'])
      expectBadInput(await fetchAs(open, url), ['url']);
    expectError(await gql(open, FETCH, { url: `${pages.url}/article` }), 'UNAUTHENTICATED');
  });

  it('refuses loopback addresses by default, by IP and by a name that resolves to one', async () => {
    const port = new URL(pages.url).port;
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '[::ffff:127.0.0.1]']) {
      const error = expectBadInput(await fetchAs(strict, `http://${host}:${port}/article`), [
        'url',
      ]);
      expect(error.message).toContain('FETCH_ALLOW_PRIVATE_ADDRESSES');
    }
  });

  it('answers UPSTREAM_UNAVAILABLE for a host that does not answer', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = expectError(
      await fetchAs(open, `http://127.0.0.1:${port}/`),
      'UPSTREAM_UNAVAILABLE',
    );
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });
});
