/**
 * Limits on a single GraphQL document: generous for the explorer's operations, tight enough to stop
 * abuse. Kept apart from yoga.ts so the explorer's tests can check its operations against them.
 */
export const DOCUMENT_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxCost: 20_000,
  maxDirectives: 20,
} as const;
