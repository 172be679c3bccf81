import type { Translation } from '../messages.js';

export default {
  label: 'Ava Expressi töölaud',
  pendingLabel: 'Expressi töölaua avamine…',
  newTabLabel: '(avaneb uuel vahelehel)',
  INVALID_INPUT: 'Päringust ei saadud aru. Laadige leht uuesti ja proovige uuesti.',
  UNAUTHENTICATED: 'Teie seanss on lõppenud. Töölaua avamiseks logige uuesti sisse.',
  NO_CONNECTED_ACCOUNT: 'Teie profiiliga pole veel ühtegi Stripe’i kontot ühendatud.',
  ORIGIN_NOT_ALLOWED: 'Sellel saidil pole lubatud töölauda avada. Võtke ühendust klienditoega.',
  REQUEST_TOO_LARGE: 'Päring oli liiga suur. Laadige leht uuesti ja proovige uuesti.',
  UNSUPPORTED_CONTENT_TYPE: 'Päring saadeti vormingus, mida see server ei aktsepteeri. Laadige leht uuesti ja proovige uuesti.',
  ACCOUNT_NOT_OWNED: 'Teil pole sellele Stripe’i kontole juurdepääsu.',
  NOT_EXPRESS_DASHBOARD: 'Teie Stripe’i konto ei kasuta Expressi töölauda.',
  ONBOARDING_INCOMPLETE: 'Enne töölaua avamist viige oma Stripe’i konto seadistamine lõpule.',
  RATE_LIMITED: 'Liiga palju katseid. Oodake hetk ja proovige siis uuesti.',
  STRIPE_UNAVAILABLE: 'Stripe ei vastanud õigeaegselt. Proovige hetke pärast uuesti.',
  MISCONFIGURED: 'Töölaua link pole sellel platvormil õigesti seadistatud. Võtke ühendust klienditoega.',
  PROCEDURE_NOT_FOUND: 'Töölaua link viitab sellel platvormil valele aadressile. Võtke ühendust klienditoega.',
  INTERNAL: 'Meie poolel läks midagi valesti. Proovige uuesti.',
  NETWORK_ERROR: 'Serveriga ei saadud ühendust. Kontrollige ühendust ja proovige uuesti.',
  TIMEOUT: 'Päring võttis liiga kaua aega. Proovige uuesti.',
} satisfies Translation;
