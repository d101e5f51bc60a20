/** Saved investigations: save (editor token), list and reopen (anyone), see docs/api.md. */
import { execute, operation } from './client.js';

export interface Investigation {
  id: string;
  name: string;
  notes: string;
  /** The saved view; graph/saved-view.ts reads and writes it. */
  state: Record<string, unknown>;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** A row of the list: no state, so a long list stays small. */
export type InvestigationSummary = Pick<Investigation, 'id' | 'name' | 'updatedAt' | 'updatedBy'>;

export interface InvestigationInput {
  id?: string;
  name: string;
  notes: string;
  state: object;
  expectedVersion?: number;
}

const FIELDS = 'id name notes state version updatedAt updatedBy';

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const SAVE_INVESTIGATION = operation<
  { saveInvestigation: Investigation },
  { input: InvestigationInput }
>(
  'SaveInvestigation',
  /* GraphQL */ `
    mutation SaveInvestigation($input: InvestigationInput!) {
      saveInvestigation(input: $input) { ${FIELDS} }
    }
  `,
);

/** @public Persisted by scripts/persisted-operations.ts. */
export const INVESTIGATION = operation<{ investigation: Investigation | null }, { id: string }>(
  'Investigation',
  /* GraphQL */ `
    query Investigation($id: ID!) {
      investigation(id: $id) { ${FIELDS} }
    }
  `,
);

/** @public Persisted by scripts/persisted-operations.ts. */
export const INVESTIGATIONS = operation<
  { investigations: { edges: { node: InvestigationSummary }[] } },
  { first: number }
>(
  'Investigations',
  /* GraphQL */ `
    query Investigations($first: Int!) {
      investigations(first: $first) {
        edges {
          node {
            id
            name
            updatedAt
            updatedBy
          }
        }
      }
    }
  `,
);

/** Saves and returns the stored investigation (with its new version). */
export async function saveInvestigation(input: InvestigationInput): Promise<Investigation> {
  return (await execute(SAVE_INVESTIGATION, { input })).saveInvestigation;
}

/** The investigation, or null when there is none with this id. */
export async function fetchInvestigation(id: string): Promise<Investigation | null> {
  return (await execute(INVESTIGATION, { id })).investigation;
}

/** The newest `first` investigations. */
export async function listInvestigations(first = 50): Promise<InvestigationSummary[]> {
  return (await execute(INVESTIGATIONS, { first })).investigations.edges.map((e) => e.node);
}
