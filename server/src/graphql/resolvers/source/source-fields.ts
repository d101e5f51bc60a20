/** Source fields that read the stored text or the near-copy links, and Evidence's verification. */
import { quoteContext } from '../../../domain/quote-verification.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { loadReferenced } from '../../loaders.js';
import { intInRange } from '../../args.js';

export const sourceFieldResolvers: Resolvers = {
  Source: {
    hasText: (source) => source.textLength !== null && source.textLength !== undefined,
    textLength: (source) => source.textLength ?? null,
    text: async (source, { from, to }, ctx) => {
      if (source.textLength === null || source.textLength === undefined) return null;
      const start = intInRange('from', from, 0, 0, source.textLength);
      const end = intInRange('to', to, source.textLength, start, source.textLength);
      const stored = await ctx.loaders.sourceText.load(source.id);
      return stored?.text?.slice(start, end) ?? null;
    },
    excludedPassages: async (source, _args, ctx) =>
      source.textLength === null || source.textLength === undefined
        ? []
        : ((await ctx.loaders.sourceText.load(source.id))?.excluded ?? []),
    duplicateOf: (source) => source.duplicateOf ?? [],
    duplicates: (source) => source.duplicates ?? [],
  },
  SourceMatch: {
    source: (match, _args, ctx) => loadReferenced(ctx.loaders, match.id),
  },
  Evidence: {
    verified: (evidence) => evidence.offset !== null,
    offset: (evidence) => evidence.offset,
    context: async (evidence, _args, ctx) => {
      if (evidence.offset === null) return null;
      const stored = await ctx.loaders.sourceText.load(evidence.sourceId);
      if (!stored?.text) return null;
      return quoteContext(stored.text, evidence.offset, evidence.quote.length);
    },
  },
};
