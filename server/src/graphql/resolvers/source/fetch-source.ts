/**
 * `fetchSource(url)`: downloads a page under the configured limits (fetch/download.ts), extracts its
 * article off-thread (fetch/extract-off-thread.ts) and stores it through addSource, so a page
 * fetched twice — also at the same moment — ends as one source (addSource keys texts by hash).
 */
import { requireEditor } from '../../auth.js';
import { badInput, upstreamUnavailable } from '../../../errors/api-errors.js';
import { download } from '../../../fetch/download.js';
import { extractOffThread } from '../../../fetch/extract-off-thread.js';
import { FetchProblem } from '../../../fetch/fetch-problem.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { addSource } from './add-source.js';

/** addSource is a plain function; the generated Resolver type also allows an object form. */
const storeSource = addSource as Extract<typeof addSource, (...args: never[]) => unknown>;

/** addSource's title limit; a longer page title is cut at a word. */
const MAX_TITLE = 300;

const titleFrom = (title: string | undefined, url: string) => {
  const text = title || new URL(url).hostname + new URL(url).pathname;
  return text.length <= MAX_TITLE ? text : `${text.slice(0, MAX_TITLE - 1).replace(/\s\S*$/, '')}…`;
};

export const fetchSource: MutationResolvers['fetchSource'] = async (parent, { url }, ctx, info) => {
  requireEditor(ctx.editor);
  let input;
  try {
    const page = await download(url, ctx.fetch);
    const article = await extractOffThread(page);
    input = {
      title: titleFrom(article.title, page.url),
      publisher: article.publisher?.slice(0, MAX_TITLE) ?? null,
      date: article.date ?? null,
      url: page.url,
      text: article.text,
    };
  } catch (error) {
    if (!(error instanceof FetchProblem)) throw error;
    if (error.kind === 'unreachable') throw upstreamUnavailable(`${error.message}.`);
    throw badInput(`url: ${error.message}.`, ['url']);
  }
  return storeSource(parent, { input }, ctx, info);
};
