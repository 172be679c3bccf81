// Run by `npm test` first, so a missing browser fails in one clear line instead of deep in a test.
import { requireChromium } from './chromium.js';

try {
  requireChromium();
} catch (error) {
  console.error(`npm test: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
