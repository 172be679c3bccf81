import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { configs as lit } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wc } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const elementFiles = ['packages/element/**/*.{ts,js}'];

export default defineConfig(
  { ignores: ['**/dist/**', '**/.msw/**', '**/node_modules/**', '**/.turbo/**', '**/custom-elements.json'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Every file is linted with the types of the nearest tsconfig.json that includes it.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  // Plain JavaScript is type-checked by tsc (checkJs), which knows Node's globals.
  { files: ['**/*.js', '**/*.mjs'], rules: { 'no-undef': 'off' } },
  // The server's benchmark scripts are untyped JavaScript that tsc does not check (bench/tsconfig.json
  // has checkJs off): every value there is `any`, so the no-unsafe-* rules would only say so. The
  // promise and condition rules still apply.
  {
    files: ['packages/server/bench/**/*.js'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // The demo's entry point reports where it runs.
  { files: ['apps/*/src/main.ts'], rules: { 'no-console': 'off' } },
  // The element: Lit templates, web-component lifecycles and the accessibility of what it renders.
  { ...lit['flat/recommended'], files: elementFiles },
  {
    ...wc['flat/best-practice'],
    files: elementFiles,
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    // LitElement implements every lifecycle callback, and Lit asks subclasses to call them
    // unguarded; the guard is for classes that extend HTMLElement directly.
    rules: { ...wc['flat/best-practice'].rules, 'wc/guard-super-call': 'off' },
  },
  { ...litA11y.configs.recommended, files: elementFiles },
);
