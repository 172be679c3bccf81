import { inject } from 'vitest';
import { matrixTargets } from '../src/targets.js';
import { describeTarget } from './suite.js';

for (const target of matrixTargets(inject('matrix'))) {
  if (target.runtime === 'bun') describeTarget(target);
}
