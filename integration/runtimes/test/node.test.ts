import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { expect, inject, it } from 'vitest';
import { matrixTargets } from '../src/targets.js';
import { REASONS_TESTED, describeTarget } from './suite.js';

it('provokes every reason the server sends', () => {
  expect(REASONS_TESTED).toEqual(new Set(Object.keys(SERVER_REASONS)));
});

// The machine's Node (20 in CI), 22 and 24: the node:http handler and the Express middleware.
for (const target of matrixTargets(inject('matrix'))) {
  if (target.runtime.startsWith('node')) describeTarget(target);
}
