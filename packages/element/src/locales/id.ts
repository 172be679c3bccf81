import type { Translation } from '../messages.js';

export default {
  label: 'Buka Dashboard Express',
  pendingLabel: 'Membuka Dashboard Express…',
  newTabLabel: '(terbuka di tab baru)',
  INVALID_INPUT: 'Permintaan tidak dapat dipahami. Muat ulang halaman, lalu coba lagi.',
  UNAUTHENTICATED: 'Sesi Anda telah berakhir. Masuk lagi untuk membuka dashboard Anda.',
  NO_CONNECTED_ACCOUNT: 'Belum ada akun Stripe yang terhubung ke profil Anda.',
  ORIGIN_NOT_ALLOWED: 'Situs ini tidak diizinkan membuka dashboard. Silakan hubungi dukungan.',
  REQUEST_TOO_LARGE: 'Permintaan terlalu besar. Muat ulang halaman, lalu coba lagi.',
  UNSUPPORTED_CONTENT_TYPE: 'Permintaan dikirim dalam format yang tidak diterima server ini. Muat ulang halaman, lalu coba lagi.',
  ACCOUNT_NOT_OWNED: 'Anda tidak memiliki akses ke akun Stripe tersebut.',
  NOT_EXPRESS_DASHBOARD: 'Akun Stripe Anda tidak menggunakan Dashboard Express.',
  ONBOARDING_INCOMPLETE: 'Selesaikan penyiapan akun Stripe Anda sebelum membuka dashboard.',
  RATE_LIMITED: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  STRIPE_UNAVAILABLE: 'Stripe tidak merespons tepat waktu. Coba lagi sebentar lagi.',
  MISCONFIGURED: 'Tautan dashboard belum disiapkan dengan benar di platform ini. Silakan hubungi dukungan.',
  PROCEDURE_NOT_FOUND: 'Tautan dashboard di platform ini mengarah ke alamat yang salah. Silakan hubungi dukungan.',
  INTERNAL: 'Terjadi kesalahan di pihak kami. Coba lagi.',
  NETWORK_ERROR: 'Tidak dapat menjangkau server. Periksa koneksi Anda, lalu coba lagi.',
  TIMEOUT: 'Permintaan memakan waktu terlalu lama. Coba lagi.',
} satisfies Translation;
