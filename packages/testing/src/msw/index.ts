export { loginLinkError, loginLinkSuccess, type EndpointOptions, type LoginLinkErrorOptions, type LoginLinkSuccessOptions } from './handlers.js';
