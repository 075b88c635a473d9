// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.out/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/apps/**', '../../apps/*'], message: 'libraries never import an app' }] },
      ],
    },
  },
  {
    files: ['libs/rules/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/rules/src/catalog/write-rules-doc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', '@aws-sdk/*', 'bullmq', 'ioredis', 'pg', 'kysely'], message: 'rules are pure: no framework, SDK or storage imports' },
            { group: ['@rolecall/*', '!@rolecall/model'], message: 'rules depend on the model only' },
            { group: ['**/apps/**'], message: 'libraries never import an app' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
