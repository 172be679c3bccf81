// Side-effect entry: registers <open-express-dashboard>. Import the package root for the class alone.
import { OpenExpressDashboard } from './open-express-dashboard.component.js';

export * from './index.js';

// `customElements` is missing where there is no DOM (a server without Lit's shim): nothing to register there.
if (typeof customElements !== 'undefined' && !customElements.get('open-express-dashboard')) {
  customElements.define('open-express-dashboard', OpenExpressDashboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'open-express-dashboard': OpenExpressDashboard;
  }
}
