import { describe, expect, it } from 'vitest';
import {
  callerFromAuthorization,
  editorsOnly,
  requireEditor,
  requireRole,
} from '../../../server/src/graphql/auth.js';
import type { TokenHolder } from '../../../server/src/config/tokens.js';

const alice: TokenHolder = { name: 'alice', role: 'EDITOR' };
const vera: TokenHolder = { name: 'vera', role: 'VIEWER' };
const tokens = new Map([
  ['aaaaaaaaaaaaaaaa1', alice],
  ['vvvvvvvvvvvvvvvv1', vera],
]);
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { message: string; extensions?: { code?: string } };
  }
  return undefined;
};
const codeOf = (fn: () => unknown) => errorOf(fn)?.extensions?.code;

describe('callerFromAuthorization', () => {
  it('is anonymous without a header and names the holder of a valid token', () => {
    expect(callerFromAuthorization(null, tokens)).toBeUndefined();
    expect(callerFromAuthorization('Bearer aaaaaaaaaaaaaaaa1', tokens)).toEqual(alice);
    expect(callerFromAuthorization('bearer vvvvvvvvvvvvvvvv1', tokens)).toEqual(vera);
  });

  it('rejects malformed headers and unknown tokens as UNAUTHENTICATED', () => {
    expect(codeOf(() => callerFromAuthorization('Basic abc', tokens))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => callerFromAuthorization('Bearer aaaaaaaaaaaaaaaa2', tokens))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(() => callerFromAuthorization('Bearer ', tokens))).toBe('UNAUTHENTICATED');
  });

  it('lets only editors write', () => {
    expect(codeOf(() => requireEditor(undefined))).toBe('UNAUTHENTICATED');
    expect(requireEditor('alice')).toBe('alice');
  });
});

describe('requireRole', () => {
  it('is UNAUTHENTICATED without a caller and FORBIDDEN, naming the role, below it', () => {
    expect(codeOf(() => requireRole(undefined, 'VIEWER', 'Reading'))).toBe('UNAUTHENTICATED');
    const forbidden = errorOf(() => requireRole(vera, 'EDITOR', 'Mutation upsertEntity'));
    expect(forbidden?.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden?.message).toBe(
      'Mutation upsertEntity needs the EDITOR role; the token of "vera" has VIEWER.',
    );
    expect(requireRole(alice, 'EDITOR', 'x')).toBe(alice);
    expect(codeOf(() => requireRole(alice, 'ADMIN', 'x'))).toBe('FORBIDDEN');
  });

  it('editorsOnly checks the role before the resolver runs', () => {
    let ran = 0;
    const { write } = editorsOnly({
      write: (_p: unknown, _a: unknown, _c: unknown, _i: unknown) => ++ran,
    });
    expect(codeOf(() => write(null, {}, { caller: vera }, null))).toBe('FORBIDDEN');
    expect(codeOf(() => write(null, {}, {}, null))).toBe('UNAUTHENTICATED');
    expect(ran).toBe(0);
    expect(write(null, {}, { caller: alice }, null)).toBe(1);
  });
});
