import { describe, expect, it } from 'vitest';
import { editorFromAuthorization, requireEditor } from '../../../server/src/graphql/auth.js';

const tokens = new Map([['aaaaaaaaaaaaaaaa1', 'alice']]);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('editorFromAuthorization', () => {
  it('is anonymous without a header and names the editor of a valid token', () => {
    expect(editorFromAuthorization(null, tokens)).toBeUndefined();
    expect(editorFromAuthorization('Bearer aaaaaaaaaaaaaaaa1', tokens)).toBe('alice');
  });

  it('rejects malformed headers and unknown tokens as UNAUTHENTICATED', () => {
    expect(codeOf(() => editorFromAuthorization('Basic abc', tokens))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => editorFromAuthorization('Bearer aaaaaaaaaaaaaaaa2', tokens))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(() => editorFromAuthorization('Bearer ', tokens))).toBe('UNAUTHENTICATED');
  });

  it('lets only editors write', () => {
    expect(codeOf(() => requireEditor(undefined))).toBe('UNAUTHENTICATED');
    expect(requireEditor('alice')).toBe('alice');
  });
});
