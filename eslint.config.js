// Lint rules: typescript-eslint's recommended set; zero warnings allowed (npm run lint).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'client/dist/',
      '.neo4j/',
      'server/src/graphql/generated/',
      'test-artifacts/',
      'bench/results/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
