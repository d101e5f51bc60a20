/** Fields of the review queue: a source's mentions and proposals, a proposal's ends and relation. */
import type { Context } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { EntityKind } from '../../generated/resolvers-types.js';
import { loadReferenced } from '../../loaders.js';
import type { MentionRow, ProposalRow } from '../../proposal-records.js';

interface StoredMentions {
  entityIds: string[];
  texts: string[];
  offsets: number[];
  kinds: string[];
  scores: number[];
}

/** An entity a stored row names, or null when it is gone since (merged, deleted). */
const entityOrNull = (ctx: Context, id: string | null) => (id ? ctx.loaders.entity.load(id) : null);

export const proposalFieldResolvers: Resolvers = {
  Source: {
    mentions: async (source, _args, ctx): Promise<MentionRow[]> => {
      const [row] = await ctx.db.read<StoredMentions>('proposal/mentions-of', { ids: [source.id] });
      if (!row) return [];
      return row.texts.map((text, i) => ({
        entityId: row.entityIds[i] || null,
        text,
        offset: row.offsets[i]!,
        kind: row.kinds[i] || null,
        score: row.scores[i]!,
      }));
    },
    proposals: async (source, { state }, ctx) => {
      const rows = await ctx.db.read<{ proposal: ProposalRow }>('proposal/of-source', {
        source: source.id,
        state: state ?? null,
      });
      return rows.map((row) => row.proposal);
    },
  },
  Mention: {
    entity: (mention, _args, ctx) => entityOrNull(ctx, mention.entityId),
    kind: (mention) => (mention.kind as EntityKind | null) ?? null,
  },
  Proposal: {
    source: (proposal, _args, ctx) => loadReferenced(ctx.loaders, proposal.source),
    from: (p) => ({ id: p.fromId, name: p.fromName, kind: p.fromKind }),
    to: (p) => ({ id: p.toId, name: p.toName, kind: p.toKind }),
    casualties: (p) =>
      p.killed === null && p.wounded === null
        ? null
        : { killed: p.killed, wounded: p.wounded, qualifier: p.qualifier },
    relation: (p, _args, ctx) => (p.relationId ? ctx.loaders.relation.load(p.relationId) : null),
    decidedBy: (p) => p.decidedBy ?? null,
    decidedAt: (p) => p.decidedAt ?? null,
    reason: (p) => p.reason ?? null,
  },
  ProposalEnd: {
    entity: (end, _args, ctx) => entityOrNull(ctx, end.id),
    kind: (end) => end.kind as EntityKind,
  },
};
