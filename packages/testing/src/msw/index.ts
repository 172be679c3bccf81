export {
  DEFAULT_LOGIN_LINK_URL,
  loginLinkError,
  loginLinkErrorScenarios,
  loginLinkGatewayError,
  loginLinkHandler,
  loginLinkNetworkError,
  loginLinkSlow,
  loginLinkSuccess,
  type HandlerOptions,
  type LoginLinkCall,
  type LoginLinkErrorOptions,
  type LoginLinkGatewayErrorOptions,
  type LoginLinkSuccessOptions,
} from './handlers.js';
export { createLoginLinkMocks, type LoginLinkMocks, type LoginLinkMocksOptions } from './mocks.js';
export { recordLoginLinkRequests, type LoginLinkRequest } from './request.js';
export {
  isLoginLinkRequest,
  loginLinkUrl,
  type LoginLinkErrorBody,
  type LoginLinkErrorData,
  type LoginLinkFailureReply,
  type LoginLinkReply,
  type LoginLinkResponseBody,
  type LoginLinkSuccessBody,
} from './wire.js';
