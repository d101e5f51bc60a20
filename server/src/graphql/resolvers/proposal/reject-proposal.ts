/** `rejectProposal(id, reason)`: takes a pending proposal out of the review queue. */
import { requireEditor } from '../../auth.js';
import { lineTextProblem } from '../../../domain/entity-rules.js';
import { conflict } from '../../../errors/api-errors.js';
import { checkArg } from '../../args.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import type { ProposalRow } from '../../proposal-records.js';
import { readProposal } from './read-proposal.js';

export const rejectProposal: MutationResolvers['rejectProposal'] = async (
  _parent,
  { id, reason },
  ctx,
) => {
  const editor = requireEditor(ctx.editor);
  if (reason !== null && reason !== undefined) checkArg(['reason'], reason, lineTextProblem);
  const proposal = await readProposal(ctx, id);
  if (proposal.state === 'ACCEPTED')
    throw conflict(
      `The proposal "${id}" was accepted already as "${proposal.relationId ?? ''}"; delete that relation instead.`,
    );
  const [row] = await ctx.db.write<{ proposal: ProposalRow }>('proposal/mark-rejected', {
    id,
    reason: reason?.trim() ?? null,
    editor,
    now: new Date().toISOString(),
  });
  if (row?.proposal.state === 'ACCEPTED')
    throw conflict(`The proposal "${id}" was accepted meanwhile; delete its relation instead.`);
  return row?.proposal ?? proposal;
};
