import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateResolverTypes, RESOLVER_TYPES_FILE } from '../../../scripts/codegen.js';

describe('generated resolver types', () => {
  it('match the checked-in SDL (run npm run codegen after editing schema.graphql)', async () => {
    expect(readFileSync(RESOLVER_TYPES_FILE, 'utf8')).toBe(await generateResolverTypes());
  });
});
