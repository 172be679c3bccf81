import type { Translation } from '../messages.js';

export default {
  label: 'Express Panosunu Aç',
  pendingLabel: 'Express Panosu açılıyor…',
  newTabLabel: '(yeni sekmede açılır)',
  INVALID_INPUT: 'İstek anlaşılamadı. Sayfayı yeniden yükleyip tekrar deneyin.',
  UNAUTHENTICATED: 'Oturumunuz sona erdi. Panonuzu açmak için tekrar giriş yapın.',
  NO_CONNECTED_ACCOUNT: 'Profilinize henüz bağlı bir Stripe hesabı yok.',
  ORIGIN_NOT_ALLOWED: 'Bu sitenin panoyu açma izni yok. Lütfen destek ekibiyle iletişime geçin.',
  REQUEST_TOO_LARGE: 'İstek çok büyüktü. Sayfayı yeniden yükleyip tekrar deneyin.',
  UNSUPPORTED_CONTENT_TYPE: 'İstek, bu sunucunun kabul etmediği bir biçimde gönderildi. Sayfayı yeniden yükleyip tekrar deneyin.',
  ACCOUNT_NOT_OWNED: 'Bu Stripe hesabına erişiminiz yok.',
  NOT_EXPRESS_DASHBOARD: 'Stripe hesabınız Express Panosunu kullanmıyor.',
  ONBOARDING_INCOMPLETE: 'Panoyu açmadan önce Stripe hesabınızın kurulumunu tamamlayın.',
  RATE_LIMITED: 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
  STRIPE_UNAVAILABLE: 'Stripe zamanında yanıt vermedi. Birazdan tekrar deneyin.',
  MISCONFIGURED: 'Pano bağlantısı bu platformda doğru yapılandırılmamış. Lütfen destek ekibiyle iletişime geçin.',
  PROCEDURE_NOT_FOUND: 'Bu platformdaki pano bağlantısı yanlış bir adrese yönlendiriyor. Lütfen destek ekibiyle iletişime geçin.',
  INTERNAL: 'Bizim tarafımızda bir sorun oluştu. Tekrar deneyin.',
  NETWORK_ERROR: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  TIMEOUT: 'İstek çok uzun sürdü. Tekrar deneyin.',
} satisfies Translation;
