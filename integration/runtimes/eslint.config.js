import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import repository from '../../eslint.config.js';

export default defineConfig(
  repository,
  // A recipe says where it listens; the benchmark prints its table.
  { files: ['recipes/**', 'bench/**'], rules: { 'no-console': 'off' } },
  // Deno's recipe is type-checked by `deno check` in the matrix: tsc knows no Deno namespace.
  { files: ['recipes/deno.ts'], extends: [tseslint.configs.disableTypeChecked] },
);
