import type { Translation } from '../messages.js';

export default {
  label: '打开 Express 控制面板',
  pendingLabel: '正在打开 Express 控制面板…',
  newTabLabel: '（在新标签页中打开）',
  INVALID_INPUT: '无法识别该请求。请重新加载页面后重试。',
  UNAUTHENTICATED: '您的会话已结束。请重新登录以打开控制面板。',
  NO_CONNECTED_ACCOUNT: '您的个人资料尚未关联 Stripe 账户。',
  ORIGIN_NOT_ALLOWED: '此网站无权打开控制面板。请联系客服。',
  REQUEST_TOO_LARGE: '请求过大。请重新加载页面后重试。',
  UNSUPPORTED_CONTENT_TYPE: '请求的格式不受此服务器支持。请重新加载页面后重试。',
  ACCOUNT_NOT_OWNED: '您无权访问该 Stripe 账户。',
  NOT_EXPRESS_DASHBOARD: '您的 Stripe 账户未使用 Express 控制面板。',
  ONBOARDING_INCOMPLETE: '请先完成 Stripe 账户的设置，再打开控制面板。',
  RATE_LIMITED: '尝试次数过多。请稍等片刻后重试。',
  STRIPE_UNAVAILABLE: 'Stripe 未能及时响应。请稍后重试。',
  MISCONFIGURED: '此平台上的控制面板链接设置不正确。请联系客服。',
  PROCEDURE_NOT_FOUND: '此平台上的控制面板链接指向了错误的地址。请联系客服。',
  INTERNAL: '我们这边出现了问题。请重试。',
  NETWORK_ERROR: '无法连接到服务器。请检查网络连接后重试。',
  TIMEOUT: '请求耗时过长。请重试。',
} satisfies Translation;
