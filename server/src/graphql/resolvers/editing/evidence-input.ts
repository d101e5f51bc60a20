/** Checks evidence given to a mutation: short verbatim quotes that cite existing Source entities. */
import type { QueryRunner } from '../../../db/gateway.js';
import { isEntityId } from '../../../domain/ids.js';
import { unsafeTextProblem } from '../../../domain/safe-text.js';
import { badInput } from '../../errors.js';
import type { EvidenceInput } from '../../generated/resolvers-types.js';
import type { EntityRow } from '../../records.js';

const MAX_QUOTE_LENGTH = 1000;

export async function checkEvidence(
  tx: QueryRunner,
  evidence: readonly EvidenceInput[],
  path: (string | number)[],
): Promise<void> {
  evidence.forEach((e, i) => {
    const quote = e.quote.trim();
    if (!quote)
      throw badInput(`${path.join('.')}[${i}].quote must not be empty.`, [...path, i, 'quote']);
    const problem = unsafeTextProblem(quote, true);
    if (problem) throw badInput(`${path.join('.')}[${i}].quote ${problem}.`, [...path, i, 'quote']);
    if (quote.length > MAX_QUOTE_LENGTH) {
      throw badInput(
        `${path.join('.')}[${i}].quote is ${quote.length} characters; quote at most ${MAX_QUOTE_LENGTH}.`,
        [...path, i, 'quote'],
      );
    }
    if (!isEntityId(e.source))
      throw badInput(
        `${path.join('.')}[${i}].source "${e.source.slice(0, 40)}" is not an entity id.`,
        [...path, i, 'source'],
      );
  });
  const ids = [...new Set(evidence.map((e) => e.source))];
  const rows = await tx.run<{ entity: EntityRow }>('entity/by-ids', { ids });
  const kinds = new Map(rows.map(({ entity }) => [entity.id, entity.kind]));
  evidence.forEach((e, i) => {
    if (kinds.get(e.source) !== 'Source') {
      throw badInput(
        `${path.join('.')}[${i}].source "${e.source}" is not a Source entity; add the source first.`,
        [...path, i, 'source'],
      );
    }
  });
}
