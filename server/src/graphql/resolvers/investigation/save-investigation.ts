/**
 * `saveInvestigation(input)`: creates or updates a saved view. Saves of one investigation are
 * serialised by its lock (cypher/investigation/claim.cypher), and each names the version it
 * replaces, so of two saves made from the same version one wins and the other gets CONFLICT: no
 * acknowledged save is silently overwritten.
 */
import { requireEditor } from '../../auth.js';
import { conflict } from '../../../errors/api-errors.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import type { InvestigationRow } from '../../records.js';
import { checkInvestigationInput } from './investigation-input.js';

export const saveInvestigation: MutationResolvers['saveInvestigation'] = async (
  _parent,
  { input },
  ctx,
) => {
  const editor = requireEditor(ctx.editor);
  const save = checkInvestigationInput(input);
  const now = new Date().toISOString();
  return ctx.db.writeAll('saveInvestigation', async (tx) => {
    await tx.run('investigation/claim', { id: save.id, editor, now });
    // Read after the lock: the version a concurrent save committed, not the one before it.
    const [row] = await tx.run<{ investigation: InvestigationRow }>('investigation/by-id', {
      id: save.id,
    });
    const current = row?.investigation.version ?? 0;
    if (save.expectedVersion === undefined && current > 0)
      throw conflict(
        `The investigation "${save.id}" exists (version ${current}); send expectedVersion: ${current} to replace it.`,
      );
    if (save.expectedVersion !== undefined && save.expectedVersion !== current)
      throw conflict(
        `The investigation "${save.id}" is at version ${current}, not ${save.expectedVersion}: someone saved it meanwhile. Reopen it, then save again.`,
      );
    const [written] = await tx.run<{ investigation: InvestigationRow }>('investigation/write', {
      id: save.id,
      name: save.name,
      notes: save.notes,
      state: save.state,
      version: current + 1,
      editor,
      now,
    });
    return written!.investigation;
  });
};
