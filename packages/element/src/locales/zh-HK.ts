import type { Translation } from '../messages.js';

export default {
  label: '開啟 Express 控制台',
  pendingLabel: '正在開啟 Express 控制台…',
  newTabLabel: '（在新分頁開啟）',
  INVALID_INPUT: '無法理解此要求。請重新載入頁面，然後再試一次。',
  UNAUTHENTICATED: '你的登入工作階段已結束。請重新登入以開啟控制台。',
  NO_CONNECTED_ACCOUNT: '你的個人檔案尚未連結任何 Stripe 帳戶。',
  ORIGIN_NOT_ALLOWED: '此網站無權開啟控制台。請聯絡客戶支援。',
  REQUEST_TOO_LARGE: '要求太大。請重新載入頁面，然後再試一次。',
  UNSUPPORTED_CONTENT_TYPE: '要求的格式不受此伺服器支援。請重新載入頁面，然後再試一次。',
  ACCOUNT_NOT_OWNED: '你無權存取該 Stripe 帳戶。',
  NOT_EXPRESS_DASHBOARD: '你的 Stripe 帳戶並未使用 Express 控制台。',
  ONBOARDING_INCOMPLETE: '請先完成設定你的 Stripe 帳戶，然後才開啟控制台。',
  RATE_LIMITED: '嘗試次數太多。請稍等一會，然後再試一次。',
  STRIPE_UNAVAILABLE: 'Stripe 未能及時回應。請稍後再試。',
  MISCONFIGURED: '此平台的控制台連結設定不正確。請聯絡客戶支援。',
  PROCEDURE_NOT_FOUND: '此平台的控制台連結指向錯誤的位址。請聯絡客戶支援。',
  INTERNAL: '我們這邊出現問題。請再試一次。',
  NETWORK_ERROR: '無法連線到伺服器。請檢查網絡連線，然後再試一次。',
  TIMEOUT: '要求需時太長。請再試一次。',
} satisfies Translation;
