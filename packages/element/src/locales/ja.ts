import type { Translation } from '../messages.js';

export default {
  label: 'Express ダッシュボードを開く',
  pendingLabel: 'Express ダッシュボードを開いています…',
  newTabLabel: '（新しいタブで開きます）',
  INVALID_INPUT: 'リクエストを処理できませんでした。ページを再読み込みして、もう一度お試しください。',
  UNAUTHENTICATED: 'セッションの有効期限が切れました。ダッシュボードを開くには、もう一度ログインしてください。',
  NO_CONNECTED_ACCOUNT: 'お客様のプロフィールにはまだ Stripe アカウントが連携されていません。',
  ORIGIN_NOT_ALLOWED: 'このサイトにはダッシュボードを開く権限がありません。サポートにお問い合わせください。',
  REQUEST_TOO_LARGE: 'リクエストが大きすぎます。ページを再読み込みして、もう一度お試しください。',
  UNSUPPORTED_CONTENT_TYPE: 'このサーバーが受け付けない形式でリクエストが送信されました。ページを再読み込みして、もう一度お試しください。',
  ACCOUNT_NOT_OWNED: 'その Stripe アカウントへのアクセス権がありません。',
  NOT_EXPRESS_DASHBOARD: 'お客様の Stripe アカウントは Express ダッシュボードを使用していません。',
  ONBOARDING_INCOMPLETE: 'ダッシュボードを開く前に、Stripe アカウントの設定を完了してください。',
  RATE_LIMITED: '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
  STRIPE_UNAVAILABLE: 'Stripe から時間内に応答がありませんでした。しばらくしてからもう一度お試しください。',
  MISCONFIGURED: 'このプラットフォームでは、ダッシュボードへのリンクが正しく設定されていません。サポートにお問い合わせください。',
  PROCEDURE_NOT_FOUND: 'このプラットフォームのダッシュボードへのリンクが誤ったアドレスを指しています。サポートにお問い合わせください。',
  INTERNAL: '当社側で問題が発生しました。もう一度お試しください。',
  NETWORK_ERROR: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  TIMEOUT: 'リクエストに時間がかかりすぎました。もう一度お試しください。',
} satisfies Translation;
