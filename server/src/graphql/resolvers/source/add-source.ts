/**
 * `addSource(input)`: a source with its full text. The text is normalised and stored once, on its
 * own SourceText node keyed by its SHA-256 (cypher/source/claim-text.cypher), so the same text sent
 * twice — also at the same moment — ends as one source: the later call gets it with `created: false`.
 * Near-copies among the stored texts are linked at once (link-near-copies.ts).
 */
import { requireEditor } from '../../auth.js';
import { fingerprintOf } from '../../../compute/fingerprint-off-thread.js';
import { entityWrite } from '../../../domain/graph-write.js';
import { sourceIdFor, storedText } from '../../../domain/source-text.js';
import { conflict } from '../../../errors/api-errors.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import type { AddSourceResultRow, EntityRow } from '../../records.js';
import { lockEntities } from '../editing/lock-entities.js';
import { primeLoaders, readBackEntity } from '../editing/read-back.js';
import { linkNearCopies } from './link-near-copies.js';
import { checkSourceInput } from './source-input.js';
import { analyseSource } from '../proposal/analyse-source.js';

/** Every near-copy link of `source`, whichever way it points. */
const matchesOf = (source: EntityRow) => [
  ...(source.duplicateOf ?? []),
  ...(source.duplicates ?? []),
];

export const addSource: MutationResolvers['addSource'] = async (_parent, { input }, ctx) => {
  const editor = requireEditor(ctx.editor);
  const stored = storedText(input.text);
  const excluded = checkSourceInput(input, stored.text);
  const text = { sha256: stored.sha256, length: stored.length };
  const fingerprint = await fingerprintOf(stored.text);
  const now = new Date().toISOString();
  const near = (id: string, date: string | null) =>
    ({ id, date, text: stored.text, sha256: stored.sha256 }) as const;
  const result = await ctx.db.writeAll('addSource', async (tx): Promise<AddSourceResultRow> => {
    const [claim] = await tx.run<{ sourceId: string | null; hasText: boolean }>(
      'source/claim-text',
      { texts: [{ ...text, text: stored.text, excluded }], editor, now },
    );
    if (claim?.sourceId) {
      // A seed source loaded without its article has the hash already: the text joins it.
      if (!claim.hasText) {
        await tx.run('source/attach-text', { texts: [{ id: claim.sourceId, ...text }] });
        const { date = null } = await readBackEntity(tx, claim.sourceId);
        await linkNearCopies(tx, near(claim.sourceId, date), fingerprint, now);
      }
      const source = await readBackEntity(tx, claim.sourceId);
      return { source, created: false, duplicates: matchesOf(source) };
    }
    const id = input.id ?? sourceIdFor(input.title, stored.sha256);
    const [held] = await tx.run<{ kind: string }>('edit/claim-entity-id', {
      id,
      kind: 'Source',
      editor,
      now,
    });
    if (held && held.kind !== 'Source')
      throw conflict(`"${id}" is already the id of a ${held.kind}; choose another id.`);
    await lockEntities(tx, [id]);
    const [existing] = await tx.run<{ entity: EntityRow }>('entity/by-ids', { ids: [id] });
    if (existing?.entity.sha256 && existing.entity.sha256 !== stored.sha256)
      throw conflict(`The source "${id}" has another text (SHA-256 ${existing.entity.sha256}).`);
    const write = entityWrite({
      id,
      kind: 'Source',
      name: input.title.trim(),
      title: input.title.trim(),
      publisher: input.publisher ?? null,
      date: input.date ?? null,
      url: input.url ?? null,
    });
    await tx.run('edit/upsert-entities', { entities: [write], editor, now });
    await tx.run('source/attach-text', { texts: [{ id, ...text }] });
    const duplicates = await linkNearCopies(tx, near(id, input.date ?? null), fingerprint, now);
    const source = await readBackEntity(tx, id);
    // The id was claimed just now when the node had no name yet.
    return { source, created: !existing?.entity.name, duplicates };
  });
  primeLoaders(ctx, { entities: [result.source] });
  // Mentions and proposals are there when addSource returns (the same text again is read again,
  // against the graph as it is now; decisions on its proposals are kept).
  await analyseSource(
    ctx.db,
    { id: result.source.id, text: stored.text, date: result.source.date ?? null },
    editor,
  );
  return result;
};
