export {
  loginLinkError,
  loginLinkNetworkError,
  loginLinkSuccess,
  recordLoginLinkRequests,
  type HandlerOptions,
  type LoginLinkErrorOptions,
  type LoginLinkRequest,
  type LoginLinkSuccessOptions,
} from './handlers.js';
