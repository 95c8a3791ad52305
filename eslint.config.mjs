import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.kyodo/**', 'coverage/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Dependency direction: services depend on the kit and the domain only; tools may import services, never the
  // reverse. Service tests may use the demo world (@kyodo/seed) as their fixture; service code may not.
  {
    files: ['services/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kyodo/seed', '@kyodo/importers', '@kyodo/launcher', '@kyodo/bench', '@kyodo/gateway'],
              message:
                'Services depend on @kyodo/service-kit and @kyodo/domain only; tools import services, not the reverse.',
            },
            { group: ['**/tools/**'], message: 'Services never import tools.' },
          ],
        },
      ],
    },
  },
  // The domain is pure: no I/O, no framework, no other workspace.
  {
    files: ['services/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'http',
                'mongoose',
                'mongodb',
                'graphql',
                'express',
                '@kyodo/*',
                '@apollo/*',
              ],
              message: 'The domain package has no I/O and depends on no other workspace.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
