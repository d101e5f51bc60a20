/**
 * The review workbench's operations: adding a source (pasted text or a page's URL), reading it back
 * with its mentions and pending proposals, and deciding on a proposal.
 */
import { execute, operation } from './client.js';

interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface AddedSource {
  created: boolean;
  source: { id: string; title: string };
  duplicates: { source: { id: string; title: string }; similarity: number }[];
}

interface ReviewMention {
  entity: EntityRef | null;
  text: string;
  offset: number;
  kind: string | null;
}

interface ProposalEnd {
  entity: EntityRef | null;
  name: string;
  kind: string;
}

export interface ReviewProposal {
  id: string;
  type: string;
  status: string | null;
  from: ProposalEnd;
  to: ProposalEnd;
  quote: string;
  offset: number;
  score: number;
}

export interface ReviewSource {
  id: string;
  title: string;
  text: string | null;
  mentions: ReviewMention[];
  proposals: ReviewProposal[];
}

const ADDED = /* GraphQL */ `
  created
  source { id title }
  duplicates { source { id title } similarity }
`;

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const ADD_SOURCE = operation<
  { addSource: AddedSource },
  { input: { title: string; text: string; url?: string | null } }
>(
  'AddSource',
  `mutation AddSource($input: SourceInput!) { addSource(input: $input) { ${ADDED} } }`,
);

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const FETCH_SOURCE = operation<{ fetchSource: AddedSource }, { url: string }>(
  'FetchSource',
  `mutation FetchSource($url: String!) { fetchSource(url: $url) { ${ADDED} } }`,
);

const END = 'entity { id name kind } name kind';

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const SOURCE_REVIEW = operation<{ entity: ReviewSource | null }, { id: string }>(
  'SourceReview',
  /* GraphQL */ `
    query SourceReview($id: ID!) {
      entity(id: $id) {
        ... on Source {
          id
          title
          text
          mentions { entity { id name kind } text offset kind }
          proposals(state: PENDING) {
            id type status quote offset score
            from { ${END} }
            to { ${END} }
          }
        }
      }
    }
  `,
);

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const ACCEPT_PROPOSAL = operation<
  { acceptProposal: { id: string; from: { id: string }; to: { id: string } } },
  { id: string; edit?: { type?: string } | null }
>(
  'AcceptProposal',
  `mutation AcceptProposal($id: ID!, $edit: ProposalEdit) {
    acceptProposal(id: $id, edit: $edit) { id from { id } to { id } }
  }`,
);

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const REJECT_PROPOSAL = operation<{ rejectProposal: { id: string } }, { id: string }>(
  'RejectProposal',
  `mutation RejectProposal($id: ID!) { rejectProposal(id: $id) { id } }`,
);

export const addSourceText = async (title: string, text: string) =>
  (await execute(ADD_SOURCE, { input: { title, text } })).addSource;
export const fetchSourceUrl = async (url: string) =>
  (await execute(FETCH_SOURCE, { url })).fetchSource;
export const fetchReview = async (id: string) => (await execute(SOURCE_REVIEW, { id })).entity;
export const acceptProposal = async (id: string, type?: string) =>
  (await execute(ACCEPT_PROPOSAL, { id, edit: type ? { type } : null })).acceptProposal;
export const rejectProposal = async (id: string) =>
  (await execute(REJECT_PROPOSAL, { id })).rejectProposal;
