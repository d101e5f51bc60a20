/** `entity(id) { ... on Source { text } }`: a source's stored text, for the source reader. */
import { execute, operation } from './client.js';

export interface SourceText {
  id: string;
  title: string;
  hasText: boolean;
  text: string | null;
}

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const SOURCE_TEXT = operation<{ entity: SourceText | null }, { id: string }>(
  'SourceText',
  /* GraphQL */ `
    query SourceText($id: ID!) {
      entity(id: $id) {
        ... on Source {
          id
          title
          hasText
          text
        }
      }
    }
  `,
);

/** The source with its text, or null when the graph has no such source. */
export async function fetchSourceText(
  id: string,
  signal?: AbortSignal,
): Promise<SourceText | null> {
  return (await execute(SOURCE_TEXT, { id }, signal)).entity;
}
