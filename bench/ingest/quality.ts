/**
 * The quality of the analysis of addSource on the fixture articles of tests/fixtures/ingest,
 * against their key: mention recall and precision for known names, new-name precision, and
 * proposal precision and recall. Pure, in-process: the graph holds exactly the key's entities,
 * and a reported attack counts as the key's attack when it names its place or its name (what
 * cypher/proposal/attacks-near.cypher does against Neo4j, tested in
 * tests/integration/graphql/resolvers/proposal/proposals.int.test.ts).
 */
import { analyseText } from '../../server/src/domain/analyse-text.js';
import { buildProposals, type MatchedAttacks } from '../../server/src/domain/build-proposals.js';
import {
  fixtureKey,
  fixtureText,
  type KeyArticle,
  offsetOf,
} from '../../tests/support/ingest/fixture-key.js';

export interface Ratio {
  hits: number;
  of: number;
}

export interface Quality {
  articles: number;
  mentionRecall: Ratio;
  mentionPrecision: Ratio;
  newNamePrecision: Ratio;
  newNameRecall: Ratio;
  proposalPrecision: Ratio;
  proposalRecall: Ratio;
}

const ratio = (hits: number, of: number): Ratio => ({ hits, of });
const add = (a: Ratio, b: Ratio): Ratio => ({ hits: a.hits + b.hits, of: a.of + b.of });

/** Counts of one article. */
function articleQuality(article: KeyArticle): Omit<Quality, 'articles'> {
  const key = fixtureKey();
  const text = fixtureText(article.file);
  const names = key.entities.map((e) => ({
    id: e.key,
    kind: e.kind,
    spellings: [e.name, ...(e.aliases ?? [])],
  }));
  const analysis = analyseText({ text, names, sourceDate: article.date });
  const attack = key.entities.find((e) => e.kind === 'Attack')!;
  const place = key.relations.find((r) => r.type === 'OCCURRED_IN' && r.from === attack.key)!.to;
  const matched: MatchedAttacks = new Map();
  analysis.attacks.forEach((clue, i) => {
    if (clue.places.includes(place) || clue.named.includes(attack.key))
      matched.set(i, { id: attack.key, name: attack.name });
  });

  const expected = new Set(
    article.mentions.map((m) => `${m.entity}@${offsetOf(text, m.text, m.occurrence)}`),
  );
  const known = analysis.mentions.filter((m) => m.entityId);
  const knownHits = known.filter((m) => expected.has(`${m.entityId}@${m.offset}`)).length;

  const newNames = analysis.mentions.filter((m) => !m.entityId);
  const newKey = new Set(article.newNames.map((n) => `${n.text}|${n.kind}`));
  const newHits = newNames.filter((m) => newKey.has(`${m.text}|${m.kind}`)).length;

  const proposals = buildProposals('bench', text, analysis, matched).map(
    (p) => `${p.type} ${p.fromId ?? p.fromName} ${p.toId ?? p.toName}`,
  );
  const keyProposals = new Set(article.proposals.map((p) => `${p.type} ${p.from} ${p.to}`));
  const proposalHits = proposals.filter((p) => keyProposals.has(p)).length;

  return {
    mentionRecall: ratio(knownHits, expected.size),
    mentionPrecision: ratio(knownHits, known.length),
    newNamePrecision: ratio(newHits, newNames.length),
    newNameRecall: ratio(newHits, newKey.size),
    proposalPrecision: ratio(proposalHits, proposals.length),
    proposalRecall: ratio(proposalHits, keyProposals.size),
  };
}

/** The quality over every fixture article of the key. */
export function measureQuality(): Quality {
  const zero = ratio(0, 0);
  let total: Omit<Quality, 'articles'> = {
    mentionRecall: zero,
    mentionPrecision: zero,
    newNamePrecision: zero,
    newNameRecall: zero,
    proposalPrecision: zero,
    proposalRecall: zero,
  };
  const { articles } = fixtureKey();
  for (const article of articles) {
    const one = articleQuality(article);
    total = Object.fromEntries(
      Object.entries(total).map(([name, value]) => [
        name,
        add(value, one[name as keyof typeof one]),
      ]),
    ) as typeof total;
  }
  return { articles: articles.length, ...total };
}
