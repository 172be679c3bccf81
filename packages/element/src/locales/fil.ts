import type { Translation } from '../messages.js';

export default {
  label: 'Buksan ang Express Dashboard',
  pendingLabel: 'Binubuksan ang Express Dashboard…',
  newTabLabel: '(bubukas sa bagong tab)',
  INVALID_INPUT: 'Hindi naintindihan ang request. I-reload ang page at subukang muli.',
  UNAUTHENTICATED: 'Natapos na ang iyong session. Mag-sign in ulit para mabuksan ang iyong dashboard.',
  NO_CONNECTED_ACCOUNT: 'Wala pang Stripe account na nakakonekta sa iyong profile.',
  ORIGIN_NOT_ALLOWED: 'Hindi pinapayagan ang site na ito na buksan ang dashboard. Makipag-ugnayan sa support.',
  REQUEST_TOO_LARGE: 'Masyadong malaki ang request. I-reload ang page at subukang muli.',
  UNSUPPORTED_CONTENT_TYPE: 'Ipinadala ang request sa format na hindi tinatanggap ng server na ito. I-reload ang page at subukang muli.',
  ACCOUNT_NOT_OWNED: 'Wala kang access sa Stripe account na iyon.',
  NOT_EXPRESS_DASHBOARD: 'Hindi gumagamit ng Express Dashboard ang iyong Stripe account.',
  ONBOARDING_INCOMPLETE: 'Tapusin ang pag-set up ng iyong Stripe account bago buksan ang dashboard.',
  RATE_LIMITED: 'Masyadong maraming pagsubok. Maghintay sandali, saka subukang muli.',
  STRIPE_UNAVAILABLE: 'Hindi sumagot ang Stripe sa tamang oras. Subukang muli mamaya.',
  MISCONFIGURED: 'Hindi tama ang pagkaka-set up ng link ng dashboard sa platform na ito. Makipag-ugnayan sa support.',
  PROCEDURE_NOT_FOUND: 'Mali ang address na tinuturo ng link ng dashboard sa platform na ito. Makipag-ugnayan sa support.',
  INTERNAL: 'Nagkaproblema sa panig namin. Subukang muli.',
  NETWORK_ERROR: 'Hindi maabot ang server. Tingnan ang iyong koneksyon at subukang muli.',
  TIMEOUT: 'Masyadong natagalan ang request. Subukang muli.',
} satisfies Translation;
