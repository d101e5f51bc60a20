/**
 * The article in a downloaded page: its text, title, publisher and date when the page states them.
 * HTML goes through Mozilla's Readability (the Firefox reader view) over linkedom's DOM; plain text
 * is kept as it is; PDF text comes from pdfjs-dist. Runs in a worker thread (extract-off-thread.ts).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { FetchProblem } from './fetch-problem.js';

export interface Article {
  title: string | undefined;
  publisher: string | undefined;
  /** YYYY-MM-DD, when the page states it. */
  date: string | undefined;
  text: string;
}

export interface PageInput {
  url: string;
  mediaType: string;
  charset: string | undefined;
  body: Uint8Array;
}

/** Fewer characters than this is a menu, an error page or a paywall, not an article. */
const MIN_ARTICLE_CHARS = 200;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

const isoDay = (value: string | null | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0];
const tidy = (s: string) => s.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();

function decode(body: Uint8Array, charset: string | undefined): string {
  // The charset of an HTML page may be stated in the page itself, within its first bytes.
  const sniffed = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(
    new TextDecoder('latin1').decode(body.subarray(0, 2048)),
  )?.[1];
  for (const label of [charset, sniffed, 'utf-8']) {
    try {
      if (label) return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next one.
    }
  }
  return new TextDecoder().decode(body);
}

/** The reader text as paragraphs, one per line block, so quotes keep the page's sentences. */
function paragraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const text = blocks.map((el) => tidy(el.textContent ?? '')).filter(Boolean);
  return text.length > 0 ? text.join('\n\n') : tidy(document.body.textContent ?? '');
}

function fromHtml(html: string, url: string): Article {
  const { document } = parseHTML(html);
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const metaDate = document
    .querySelector('meta[property="article:published_time"]')
    ?.getAttribute('content');
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.content ? paragraphs(article.content) : '';
  if (text.length < MIN_ARTICLE_CHARS)
    throw new FetchProblem('input', `${url} does not contain an article the reader can extract`);
  return {
    title: tidy(article?.title ?? '') || undefined,
    publisher: tidy(article?.siteName ?? '') || undefined,
    date: isoDay(article?.publishedTime) ?? isoDay(metaDate) ?? isoDay(time),
    text,
  };
}

async function fromPdf(body: Uint8Array, url: string): Promise<Article> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await getDocument({ data: body, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch {
    throw new FetchProblem('input', `${url} is not a readable PDF`);
  }
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  const info = (await pdf.getMetadata()).info as { Title?: string } | undefined;
  await pdf.destroy();
  const text = pages.join('\n\n').trim();
  if (!text) throw new FetchProblem('input', `${url} is a PDF without text (a scan?)`);
  return {
    title: tidy(info?.Title ?? '') || undefined,
    publisher: undefined,
    date: undefined,
    text,
  };
}

/** The article in `page`; throws FetchProblem when the page is not one. */
export async function extractArticle(page: PageInput): Promise<Article> {
  const { mediaType, url } = page;
  if (mediaType === 'application/pdf') return fromPdf(page.body, url);
  if (mediaType === 'text/plain') {
    const text = decode(page.body, page.charset).trim();
    if (!text) throw new FetchProblem('input', `${url} is an empty text`);
    return { title: undefined, publisher: undefined, date: undefined, text };
  }
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml')
    return fromHtml(decode(page.body, page.charset), url);
  throw new FetchProblem(
    'input',
    `${url} answered ${mediaType || 'without a Content-Type'}, which is not HTML, plain text or PDF`,
  );
}
