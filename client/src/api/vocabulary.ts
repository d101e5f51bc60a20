/** `vocabulary`: the closed set of kinds, relationship types and statuses, for the filters. */
import { execute, operation } from './client.js';
import type { VocabularyFields } from './types.js';

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const VOCABULARY = operation<{ vocabulary: VocabularyFields }, Record<string, never>>(
  'Vocabulary',
  /* GraphQL */ `
    query Vocabulary {
      vocabulary {
        kinds
        relationTypes {
          type
          meaning
          from
          to
        }
        statuses
      }
    }
  `,
);

/** The vocabulary; fetched once at start. */
export async function fetchVocabulary(signal?: AbortSignal): Promise<VocabularyFields> {
  return (await execute(VOCABULARY, {}, signal)).vocabulary;
}
