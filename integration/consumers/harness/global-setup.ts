import type { TestProject } from 'vitest/node';
import { pack } from '../../pack.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Record<string, string>;
  }
}

/** Packs every published package once for the whole matrix (the build is Turborepo's, cached). */
export default function setup(project: TestProject) {
  project.provide('tarballs', pack() as Record<string, string>);
}
