/**
 * The two ends of a proposal as accepted: the entities the reviewer chose (edit.from / edit.to),
 * else those the analysis found, else new entities created from the names it read — through
 * upsertEntity, with the proposal's sentence as their evidence. The type must allow the kinds of
 * the ends (BAD_USER_INPUT naming edit.type) before anything is written.
 */
import { endpointsProblem } from '../../../domain/relation-rules.js';
import { notFound } from '../../../errors/api-errors.js';
import { slugId } from '../../../domain/slug-id.js';
import { checkArg, entityIdArg } from '../../args.js';
import type { Context } from '../../context.js';
import type { EntityKind, ProposalEdit } from '../../generated/resolvers-types.js';
import type { ProposalRow } from '../../proposal-records.js';
import { upsertEntity } from '../editing/upsert-entity.js';
import { resolverFn } from './resolver-fn.js';

interface End {
  id: string | null;
  name: string;
  kind: string;
}

/** The end `side` as the reviewer or the analysis gives it, with its kind. */
async function endOf(
  ctx: Context,
  side: 'from' | 'to',
  p: ProposalRow,
  edit?: ProposalEdit | null,
) {
  const chosen = edit?.[side];
  if (chosen !== null && chosen !== undefined) {
    entityIdArg(`edit.${side}`, chosen);
    const entity = await ctx.loaders.entity.load(chosen);
    if (!entity) throw notFound(`edit.${side}: no entity has the id "${chosen}".`);
    return { id: entity.id, name: entity.name, kind: entity.kind };
  }
  const [id, name, kind] =
    side === 'from' ? [p.fromId, p.fromName, p.fromKind] : [p.toId, p.toName, p.toKind];
  if (id) {
    const entity = await ctx.loaders.entity.load(id);
    if (!entity) throw notFound(`The proposal's ${side} end "${id}" is no longer in the graph.`);
    return { id, name: entity.name, kind: entity.kind };
  }
  return { id: null, name, kind };
}

/** Creates the entity a new end names (an existing one of that id and kind is updated). */
async function createEnd(
  ctx: Context,
  end: End,
  p: ProposalRow,
  info: Parameters<typeof upsert>[3],
) {
  const input = {
    id: slugId(end.name, end.kind.toLowerCase()),
    kind: end.kind as EntityKind,
    name: end.name,
    evidence: [{ source: p.source, quote: p.quote }],
    ...(end.kind === 'Attack' && p.attackDate ? { date: p.attackDate } : {}),
  };
  const entity = await upsert({}, { input }, ctx, info);
  return entity.id;
}

const upsert = resolverFn(upsertEntity);

/** The entity ids of both ends, checked against `type` and created where new. */
export async function acceptedEnds(
  ctx: Context,
  type: string,
  p: ProposalRow,
  edit: ProposalEdit | null | undefined,
  info: Parameters<typeof upsert>[3],
): Promise<{ from: string; to: string; attack: string | null }> {
  const from = await endOf(ctx, 'from', p, edit);
  const to = await endOf(ctx, 'to', p, edit);
  checkArg(['edit', 'type'], type, (t) => endpointsProblem(t, from.kind, to.kind));
  const fromId = from.id ?? (await createEnd(ctx, from, p, info));
  const toId = to.id ?? (await createEnd(ctx, to, p, info));
  const attack = from.kind === 'Attack' ? fromId : to.kind === 'Attack' ? toId : null;
  return { from: fromId, to: toId, attack };
}
