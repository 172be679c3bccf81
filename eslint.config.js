import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/dist/**', '**/.msw/**', '**/node_modules/**', '**/.turbo/**', '**/custom-elements.json'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  // Plain JavaScript is type-checked by tsc (checkJs), which knows Node's globals.
  { files: ['**/*.js', '**/*.mjs'], rules: { 'no-undef': 'off' } },
  // The demo's entry point reports where it runs.
  { files: ['apps/*/src/main.ts'], rules: { 'no-console': 'off' } },
);
