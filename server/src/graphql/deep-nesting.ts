/**
 * graphql-js parses list and object values recursively: a value nested a thousand or so levels deep
 * (within the token limit) overflows the stack while the document is read, and Yoga then masked it
 * as a 500 "Unexpected error.". This plugin, placed after the armor's parser, answers 400 instead.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const deepNestingIsBadRequest: Plugin = {
  onParse: ({ parseFn, setParseFn }) => {
    setParseFn((source, options) => {
      try {
        return parseFn(source, options);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new GraphQLError('The document is nested too deeply to read; flatten its values.', {
          extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
        });
      }
    });
  },
};
