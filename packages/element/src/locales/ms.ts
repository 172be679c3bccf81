import type { Translation } from '../messages.js';

export default {
  label: 'Buka Papan Pemuka Express',
  pendingLabel: 'Membuka Papan Pemuka Express…',
  newTabLabel: '(dibuka dalam tab baharu)',
  INVALID_INPUT: 'Permintaan tidak difahami. Muat semula halaman dan cuba lagi.',
  UNAUTHENTICATED: 'Sesi anda telah tamat. Log masuk semula untuk membuka papan pemuka anda.',
  NO_CONNECTED_ACCOUNT: 'Belum ada akaun Stripe yang disambungkan ke profil anda.',
  ORIGIN_NOT_ALLOWED: 'Tapak ini tidak dibenarkan membuka papan pemuka. Sila hubungi sokongan.',
  REQUEST_TOO_LARGE: 'Permintaan terlalu besar. Muat semula halaman dan cuba lagi.',
  UNSUPPORTED_CONTENT_TYPE: 'Permintaan dihantar dalam format yang tidak diterima oleh pelayan ini. Muat semula halaman dan cuba lagi.',
  ACCOUNT_NOT_OWNED: 'Anda tidak mempunyai akses kepada akaun Stripe itu.',
  NOT_EXPRESS_DASHBOARD: 'Akaun Stripe anda tidak menggunakan Papan Pemuka Express.',
  ONBOARDING_INCOMPLETE: 'Selesaikan persediaan akaun Stripe anda sebelum membuka papan pemuka.',
  RATE_LIMITED: 'Terlalu banyak percubaan. Tunggu sebentar, kemudian cuba lagi.',
  STRIPE_UNAVAILABLE: 'Stripe tidak menjawab tepat pada masanya. Cuba lagi sebentar lagi.',
  MISCONFIGURED: 'Pautan papan pemuka tidak disediakan dengan betul pada platform ini. Sila hubungi sokongan.',
  PROCEDURE_NOT_FOUND: 'Pautan papan pemuka pada platform ini menghala ke alamat yang salah. Sila hubungi sokongan.',
  INTERNAL: 'Berlaku masalah di pihak kami. Cuba lagi.',
  NETWORK_ERROR: 'Tidak dapat mencapai pelayan. Semak sambungan anda dan cuba lagi.',
  TIMEOUT: 'Permintaan mengambil masa terlalu lama. Cuba lagi.',
} satisfies Translation;
