/**
 * `acceptProposal(id, edit)`: the proposal becomes a relation through the same verified path as
 * a reviewer's own edit — addRelation, or addEvidence when the relation exists already (also when
 * a concurrent acceptance created it a moment ago: addRelation then answers CONFLICT and the same
 * evidence is merged, which changes nothing). The casualty figures it carries become the source's
 * casualty report of its attack, beside those of other sources. Accepting again changes nothing.
 */
import { requireEditor } from '../../auth.js';
import { casualtyReportWrite, relationWrite } from '../../../domain/graph-write.js';
import { relationTypeProblem, statusProblem } from '../../../domain/relation-rules.js';
import { AppError, conflict } from '../../../errors/api-errors.js';
import { checkArg } from '../../args.js';
import type { Context } from '../../context.js';
import type { MutationResolvers, RelationInput } from '../../generated/resolvers-types.js';
import type { ProposalRow } from '../../proposal-records.js';
import type { RelationRow } from '../../records.js';
import { addEvidence } from '../editing/add-evidence.js';
import { addRelation } from '../editing/add-relation.js';
import { acceptedEnds } from './proposal-ends.js';
import { readProposal } from './read-proposal.js';
import { resolverFn } from './resolver-fn.js';

const add = resolverFn(addRelation);
const support = resolverFn(addEvidence);
type Info = Parameters<typeof add>[3];

/** Writes `input` as a new relation, or as evidence of the relation that exists. */
async function writeRelation(ctx: Context, input: RelationInput, info: Info): Promise<RelationRow> {
  const { id } = relationWrite(input);
  const evidence = () => support({}, { relationId: id, evidence: input.evidence }, ctx, info);
  const [existing] = await ctx.db.read('relation/by-ids', { ids: [id] });
  if (existing) return evidence();
  try {
    return await add({}, { input }, ctx, info);
  } catch (error) {
    // Created by a concurrent acceptance in between: support it instead.
    if (error instanceof AppError && error.extensions.code === 'CONFLICT') return evidence();
    throw error;
  }
}

/** The casualty report the proposal carries, for its attack end; null without figures. */
function reportOf(p: ProposalRow, attack: string | null) {
  if (!attack || (p.killed === null && p.wounded === null)) return null;
  return casualtyReportWrite({
    attack,
    source: p.source,
    killed: p.killed,
    wounded: p.wounded,
    qualifier: p.qualifier,
    quote: p.quote,
  });
}

export const acceptProposal: MutationResolvers['acceptProposal'] = async (
  _parent,
  { id, edit },
  ctx,
  info,
) => {
  const editor = requireEditor(ctx.editor);
  const proposal = await readProposal(ctx, id);
  if (proposal.state === 'REJECTED')
    throw conflict(`The proposal "${id}" was rejected; it cannot be accepted.`);
  const type = edit?.type ?? proposal.type;
  checkArg(['edit', 'type'], type, relationTypeProblem);
  const status = edit?.status ?? proposal.status;
  if (edit?.status !== null && edit?.status !== undefined)
    checkArg(['edit', 'status'], edit.status, statusProblem);
  if (proposal.state === 'ACCEPTED' && proposal.relationId && !edit) {
    const accepted = await ctx.loaders.relation.load(proposal.relationId);
    if (accepted) return accepted;
  }
  const ends = await acceptedEnds(ctx, type, proposal, edit, info);
  const relation = await writeRelation(
    ctx,
    {
      type,
      from: ends.from,
      to: ends.to,
      status,
      since: edit?.since ?? null,
      until: edit?.until ?? null,
      evidence: [{ source: proposal.source, quote: proposal.quote }],
    },
    info,
  );
  await ctx.db.write('proposal/mark-accepted', {
    id,
    relationId: relation.id,
    report: reportOf(proposal, ends.attack),
    editor,
    now: new Date().toISOString(),
  });
  return relation;
};
