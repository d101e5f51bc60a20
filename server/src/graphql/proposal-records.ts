/** The rows of cypher/proposal/*.cypher that the review-queue resolvers receive as parents. */

/** A stored proposal (cypher/proposal/store-analysis.cypher sets these properties). */
export interface ProposalRow {
  id: string;
  state: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  source: string;
  type: string;
  fromId: string | null;
  fromName: string;
  fromKind: string;
  toId: string | null;
  toName: string;
  toKind: string;
  status: string | null;
  quote: string;
  offset: number;
  score: number;
  /** 1 − score as fixed text: the queue's ascending sort key. */
  rank: string;
  cue: string | null;
  killed: number | null;
  wounded: number | null;
  qualifier: string | null;
  /** The date of a proposed new attack end. */
  attackDate: string | null;
  relationId?: string | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
  reason?: string | null;
}

export interface ProposalEndRow {
  id: string | null;
  name: string;
  kind: string;
}

export interface MentionRow {
  entityId: string | null;
  text: string;
  offset: number;
  kind: string | null;
  score: number;
}
