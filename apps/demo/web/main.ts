// Registers <open-express-dashboard>; its default endpoint `/trpc` is this demo's own server.
import '@open-express-dashboard/element/define';
