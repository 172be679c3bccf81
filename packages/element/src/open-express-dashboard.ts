// Side-effect entry: registers <open-express-dashboard>. Import the package root for the class alone.
import { OpenExpressDashboard } from './open-express-dashboard.component.js';

export { OpenExpressDashboard };

if (!customElements.get('open-express-dashboard')) {
  customElements.define('open-express-dashboard', OpenExpressDashboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'open-express-dashboard': OpenExpressDashboard;
  }
}
