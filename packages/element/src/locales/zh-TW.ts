import type { Translation } from '../messages.js';

export default {
  label: '開啟 Express 控制台',
  pendingLabel: '正在開啟 Express 控制台…',
  newTabLabel: '（在新分頁中開啟）',
  INVALID_INPUT: '無法辨識此要求。請重新載入頁面後再試一次。',
  UNAUTHENTICATED: '您的工作階段已結束。請重新登入以開啟控制台。',
  NO_CONNECTED_ACCOUNT: '您的個人檔案尚未連結 Stripe 帳戶。',
  ORIGIN_NOT_ALLOWED: '此網站無權開啟控制台。請聯絡客服。',
  REQUEST_TOO_LARGE: '要求過大。請重新載入頁面後再試一次。',
  UNSUPPORTED_CONTENT_TYPE: '要求的格式不受此伺服器支援。請重新載入頁面後再試一次。',
  ACCOUNT_NOT_OWNED: '您無權存取該 Stripe 帳戶。',
  NOT_EXPRESS_DASHBOARD: '您的 Stripe 帳戶未使用 Express 控制台。',
  ONBOARDING_INCOMPLETE: '請先完成 Stripe 帳戶的設定，再開啟控制台。',
  RATE_LIMITED: '嘗試次數過多。請稍候片刻再試一次。',
  STRIPE_UNAVAILABLE: 'Stripe 未及時回應。請稍後再試。',
  MISCONFIGURED: '此平台上的控制台連結設定不正確。請聯絡客服。',
  PROCEDURE_NOT_FOUND: '此平台上的控制台連結指向錯誤的位址。請聯絡客服。',
  INTERNAL: '我們這邊發生問題。請再試一次。',
  NETWORK_ERROR: '無法連線至伺服器。請檢查網路連線後再試一次。',
  TIMEOUT: '要求耗時過長。請再試一次。',
} satisfies Translation;
