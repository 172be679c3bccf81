import { defineConfig } from 'eslint/config';
import repository from '../../eslint.config.js';

export default defineConfig(
  repository,
  // A recipe says where it listens; the benchmark prints its table.
  { files: ['recipes/**', 'bench/**'], rules: { 'no-console': 'off' } },
);
