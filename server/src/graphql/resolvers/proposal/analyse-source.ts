/**
 * The analysis addSource runs on a stored text: mentions and proposals (domain/analyse-text.ts,
 * domain/build-proposals.ts), off the request thread when big, with the attacks it reports
 * matched to those of the graph (a day or two either side of the date it gives), stored on
 * their own nodes (never :Entity) so that nothing touches the graph until a proposal is accepted.
 */
import type { Gateway } from '../../../db/gateway.js';
import { analysisOf } from '../../../compute/analysis-off-thread.js';
import type { AttackClue } from '../../../domain/analyse-text.js';
import { buildProposals, type MatchedAttacks } from '../../../domain/build-proposals.js';
import { knownNames } from './known-names.js';

/** Attacks two days either side of the date a text gives are taken for the one it reports. */
const MATCH_DAYS = 2;

function shiftDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The query parameters of proposal/attacks-near for `clues`. */
function clueParams(clues: AttackClue[]) {
  return clues.map((clue, index) => {
    const full = clue.date && /^\d{4}-\d{2}-\d{2}$/.test(clue.date) ? clue.date : null;
    return {
      index,
      named: clue.named,
      places: clue.places,
      date: full,
      from: full ? shiftDays(full, -MATCH_DAYS) : null,
      to: full ? shiftDays(full, MATCH_DAYS) : null,
    };
  });
}

export interface AnalysedSource {
  id: string;
  text: string;
  date: string | null;
}

/** Analyses the text of `source` and stores its mentions and proposals; returns the proposals. */
export async function analyseSource(db: Gateway, source: AnalysedSource, editor: string) {
  const names = await knownNames(db);
  const analysis = await analysisOf({ text: source.text, names, sourceDate: source.date });
  const rows =
    analysis.attacks.length === 0
      ? []
      : await db.read<{ index: number; id: string; name: string }>('proposal/attacks-near', {
          clues: clueParams(analysis.attacks),
        });
  const matched: MatchedAttacks = new Map(rows.map((row) => [row.index, row]));
  const proposals = buildProposals(source.id, source.text, analysis, matched);
  const { mentions } = analysis;
  await db.write('proposal/store-analysis', {
    source: source.id,
    mentions: {
      entityIds: mentions.map((m) => m.entityId ?? ''),
      texts: mentions.map((m) => m.text),
      offsets: mentions.map((m) => m.offset),
      kinds: mentions.map((m) => m.kind ?? ''),
      scores: mentions.map((m) => m.score),
    },
    proposals,
    editor,
    now: new Date().toISOString(),
  });
  return proposals;
}
