/**
 * Checks evidence given to a mutation by the rules the seed files obey too
 * (domain/evidence-rules.ts): short verbatim quotes that cite existing Source entities.
 */
import type { QueryRunner } from '../../../db/gateway.js';
import { evidenceSourceProblem, quoteProblem } from '../../../domain/evidence-rules.js';
import { credibilityProblem } from '../../../domain/grades.js';
import { entityIdProblem } from '../../../domain/ids.js';
import { checkArg } from '../../args.js';
import { lockEntities } from '../../../writes/lock-entities.js';
import type { EvidenceInput } from '../../generated/resolvers-types.js';
import type { EntityRow } from '../../records.js';

/** Checks `evidence`, found at `path`, inside the transaction that stores it. */
export async function checkEvidence(
  tx: QueryRunner,
  evidence: readonly EvidenceInput[],
  path: (string | number)[],
): Promise<void> {
  evidence.forEach((e, i) => {
    checkArg([...path, i, 'quote'], e.quote, quoteProblem);
    checkArg([...path, i, 'source'], e.source, entityIdProblem);
    if (e.credibility !== null && e.credibility !== undefined)
      checkArg([...path, i, 'credibility'], e.credibility, credibilityProblem);
  });
  const ids = [...new Set(evidence.map((e) => e.source))];
  // The evidence mirrors its sources' grades (edit/_evidence-reliability): a concurrent
  // gradeSource, which takes the same lock, runs wholly before or after this write.
  await lockEntities(tx, ids);
  const rows = await tx.run<{ entity: EntityRow }>('entity/by-ids', { ids });
  const kinds = new Map(rows.map(({ entity }) => [entity.id, entity.kind]));
  evidence.forEach((e, i) =>
    checkArg([...path, i, 'source'], e.source, (source) =>
      evidenceSourceProblem(kinds.get(source)),
    ),
  );
}
