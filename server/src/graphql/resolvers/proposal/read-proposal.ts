/** A stored proposal by id, or NOT_FOUND naming the id. */
import { notFound } from '../../../errors/api-errors.js';
import type { Context } from '../../context.js';
import type { ProposalRow } from '../../proposal-records.js';

export async function readProposal(ctx: Context, id: string): Promise<ProposalRow> {
  const [row] = await ctx.db.read<{ proposal: ProposalRow }>('proposal/by-ids', { ids: [id] });
  if (!row) throw notFound(`No proposal has the id "${id.slice(0, 200)}".`);
  return row.proposal;
}
