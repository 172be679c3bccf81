export {
  DEFAULT_LOGIN_LINK_URL,
  holdLoginLinkAnswer,
  loginLinkError,
  loginLinkErrorScenarios,
  loginLinkGatewayError,
  loginLinkHandler,
  loginLinkMalformed,
  loginLinkNetworkError,
  loginLinkSlow,
  loginLinkSuccess,
  type HandlerOptions,
  type HeldLoginLinkAnswer,
  type LoginLinkCall,
  type LoginLinkErrorOptions,
  type LoginLinkGatewayErrorOptions,
  type LoginLinkMalformedOptions,
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
