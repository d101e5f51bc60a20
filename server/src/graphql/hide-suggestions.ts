/**
 * With introspection off, no error may hint at the schema. graphql-armor's blockFieldSuggestion
 * masks `Did you mean "x"?` in validation errors only: graphql's enum errors read `Did you mean
 * the enum value "X"?` (missed by its pattern), and a bad enum in `variables` fails at execution,
 * past its hook. This removes every "Did you mean …?" from every error of every result instead.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function strip(error: unknown): void {
  if (error instanceof GraphQLError || error instanceof Error)
    error.message = error.message.replace(SUGGESTION, '').trim();
}

function stripAll(result: unknown): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    const errors = (one as { errors?: unknown[] } | null)?.errors;
    if (Array.isArray(errors)) errors.forEach(strip);
  }
}

export const hideSuggestions: Plugin = {
  onResultProcess: ({ result }) => stripAll(result),
};
