import { pack } from '../../pack.mjs';

/** Packs every published package once for the whole matrix (the build is Turborepo's, cached). */
export default function setup(): void {
  pack();
}
