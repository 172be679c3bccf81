export { DEFAULT_LOGIN_LINK_URL } from './answers.js';
export {
  holdLoginLinkAnswer,
  loginLinkError,
  loginLinkGatewayError,
  loginLinkHandler,
  loginLinkMalformed,
  loginLinkNetworkError,
  loginLinkSuccess,
  type HandlerOptions,
  type HeldLoginLinkAnswer,
  type LoginLinkErrorOptions,
  type LoginLinkGatewayErrorOptions,
  type LoginLinkMalformedOptions,
  type LoginLinkSuccessOptions,
} from './handlers.js';
export { createLoginLinkMocks, type LoginLinkMocks, type LoginLinkMocksOptions } from './mocks.js';
export type { LoginLinkRequest } from './request.js';
export type {
  LoginLinkCall,
  LoginLinkErrorBody,
  LoginLinkErrorData,
  LoginLinkFailureReply,
  LoginLinkReply,
  LoginLinkSuccessBody,
} from './wire.js';
