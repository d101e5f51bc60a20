/**
 * The names of the graph for the analysis of source texts, read once per graph version
 * (Gateway.version moves with every write through this process), so the mention index follows
 * entity changes without a read of every name per article.
 */
import type { Gateway } from '../../../db/gateway.js';
import type { KnownName } from '../../../domain/mention-index.js';

let cached: { version: number; names: Promise<KnownName[]> } | undefined;

/** Every entity's spellings as of the current graph version. */
export function knownNames(db: Gateway): Promise<KnownName[]> {
  const version = db.version;
  if (cached?.version !== version) {
    const names = db.read<KnownName>('proposal/known-names');
    cached = { version, names };
    // A failed read is not kept: the next analysis reads again.
    names.catch(() => {
      if (cached?.names === names) cached = undefined;
    });
  }
  return cached.names;
}
