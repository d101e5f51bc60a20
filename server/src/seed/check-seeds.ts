/**
 * The rules that span seed files: unique ids, known sources, the closed vocabulary and the stored
 * duplicate links. They need only the seed files; seeds:check re-verifies against the article texts.
 */
import { evidenceSourceProblem } from '../domain/evidence-rules.js';
import {
  endpointsProblem,
  periodProblem,
  relationTypeProblem,
  selfLinkProblem,
} from '../domain/relation-rules.js';
import type { EntityKind } from '../domain/vocabulary.js';
import type { SeedProblem, SeedSet } from './seed-set.js';
import { filesOfSet, quotesOf } from './seed-quotes.js';
import { FILE_OF_KIND } from './seed-format.js';

/** Every pair is between two different sources, and each pair is stored once. */
function checkDuplicates(set: SeedSet, kindOf: Map<string, EntityKind>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const seen = new Set<string>();
  set.duplicates.forEach((pair, i) => {
    const at = (field: string) => ({ file: 'duplicate-sources.json', path: `[${i}].${field}` });
    for (const field of ['duplicate', 'original'] as const)
      if (kindOf.get(pair[field]) !== 'Source')
        problems.push({
          ...at(field),
          message: `"${pair[field]}" is not a source in sources.json`,
        });
    if (pair.duplicate === pair.original)
      problems.push({ ...at('original'), message: 'a source cannot duplicate itself' });
    const key = [pair.duplicate, pair.original].sort().join('~');
    if (seen.has(key))
      problems.push({ ...at('duplicate'), message: 'repeats an earlier pair of sources' });
    seen.add(key);
  });
  return problems;
}

export function checkSeeds(set: SeedSet): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const kindOf = new Map<string, EntityKind>();

  set.sources.forEach((source, i) => {
    if (kindOf.has(source.id))
      problems.push({
        file: 'sources.json',
        path: `[${i}].id`,
        message: `"${source.id}" is used twice`,
      });
    kindOf.set(source.id, 'Source');
  });

  const indexInFile = new Map<EntityKind, number>();
  const positions = set.entities.map((entity) => {
    const index = indexInFile.get(entity.kind) ?? 0;
    indexInFile.set(entity.kind, index + 1);
    return { file: FILE_OF_KIND[entity.kind], index };
  });
  set.entities.forEach((entity, i) => {
    const { file, index } = positions[i] ?? { file: '', index: 0 };
    if (kindOf.has(entity.id))
      problems.push({
        file,
        path: `[${index}].id`,
        message: `"${entity.id}" is already the id of another entity`,
      });
    kindOf.set(entity.id, entity.kind);
  });

  for (const { file, path, item } of quotesOf(filesOfSet(set))) {
    const problem = evidenceSourceProblem(kindOf.get(item.source));
    if (problem)
      problems.push({ file, path: `${path}.source`, message: `"${item.source}" ${problem}` });
  }

  const seen = new Set<string>();
  set.relations.forEach((relation, i) => {
    const from = kindOf.get(relation.from);
    const to = kindOf.get(relation.to);
    const at = (field: string) => ({ file: 'relations.json', path: `[${i}].${field}` });
    const typeProblem = relationTypeProblem(relation.type);
    if (typeProblem) {
      problems.push({ ...at('type'), message: `"${relation.type}" ${typeProblem}` });
    } else if (!from || !to) {
      const missing = !from ? relation.from : relation.to;
      problems.push({
        ...at(!from ? 'from' : 'to'),
        message: `"${missing}" is not the id of any entity`,
      });
    } else {
      const problem = endpointsProblem(relation.type, from, to);
      if (problem) problems.push({ ...at('type'), message: problem });
    }
    const selfLink = selfLinkProblem(relation.from, relation.to);
    if (selfLink) problems.push({ ...at('to'), message: selfLink });
    const period = periodProblem(relation.since, relation.until);
    if (period) problems.push({ ...at('until'), message: period });
    const key = `${relation.from}~${relation.type}~${relation.to}~${relation.since ?? ''}`;
    if (seen.has(key))
      problems.push({
        file: 'relations.json',
        path: `[${i}]`,
        message:
          'repeats an earlier relation (same from, type, to and since): merge their evidence',
      });
    seen.add(key);
  });
  problems.push(...checkDuplicates(set, kindOf));
  return problems;
}
