import type { Translation } from '../messages.js';

export default {
  label: 'Otvori nadzornu ploču Express',
  pendingLabel: 'Otvaranje nadzorne ploče Express…',
  newTabLabel: '(otvara se u novoj kartici)',
  INVALID_INPUT: 'Zahtjev nije razumljiv. Ponovno učitajte stranicu i pokušajte ponovno.',
  UNAUTHENTICATED: 'Vaša je sesija istekla. Ponovno se prijavite kako biste otvorili nadzornu ploču.',
  NO_CONNECTED_ACCOUNT: 'S vašim profilom još nije povezan nijedan Stripe račun.',
  ORIGIN_NOT_ALLOWED: 'Ova web-lokacija nema dopuštenje za otvaranje nadzorne ploče. Obratite se podršci.',
  REQUEST_TOO_LARGE: 'Zahtjev je bio prevelik. Ponovno učitajte stranicu i pokušajte ponovno.',
  UNSUPPORTED_CONTENT_TYPE: 'Zahtjev je poslan u formatu koji ovaj poslužitelj ne prihvaća. Ponovno učitajte stranicu i pokušajte ponovno.',
  ACCOUNT_NOT_OWNED: 'Nemate pristup tom Stripe računu.',
  NOT_EXPRESS_DASHBOARD: 'Vaš Stripe račun ne upotrebljava nadzornu ploču Express.',
  ONBOARDING_INCOMPLETE: 'Prije otvaranja nadzorne ploče dovršite postavljanje svojeg Stripe računa.',
  RATE_LIMITED: 'Previše pokušaja. Pričekajte trenutak, a zatim pokušajte ponovno.',
  STRIPE_UNAVAILABLE: 'Stripe nije odgovorio na vrijeme. Pokušajte ponovno za trenutak.',
  MISCONFIGURED: 'Poveznica na nadzornu ploču nije ispravno postavljena na ovoj platformi. Obratite se podršci.',
  PROCEDURE_NOT_FOUND: 'Poveznica na nadzornu ploču na ovoj platformi vodi na pogrešnu adresu. Obratite se podršci.',
  INTERNAL: 'Došlo je do pogreške na našoj strani. Pokušajte ponovno.',
  NETWORK_ERROR: 'Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.',
  TIMEOUT: 'Zahtjev je trajao predugo. Pokušajte ponovno.',
} satisfies Translation;
