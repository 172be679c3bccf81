import type { Translation } from '../messages.js';

export default {
  label: 'Odpri nadzorno ploščo Express',
  pendingLabel: 'Odpiranje nadzorne plošče Express…',
  newTabLabel: '(odpre se v novem zavihku)',
  INVALID_INPUT: 'Zahteva ni bila razumljena. Znova naložite stran in poskusite znova.',
  UNAUTHENTICATED: 'Vaša seja je potekla. Znova se prijavite, da odprete nadzorno ploščo.',
  NO_CONNECTED_ACCOUNT: 'Z vašim profilom še ni povezan noben račun Stripe.',
  ORIGIN_NOT_ALLOWED: 'To spletno mesto nima dovoljenja za odpiranje nadzorne plošče. Obrnite se na podporo.',
  REQUEST_TOO_LARGE: 'Zahteva je bila prevelika. Znova naložite stran in poskusite znova.',
  UNSUPPORTED_CONTENT_TYPE: 'Zahteva je bila poslana v obliki, ki je ta strežnik ne sprejema. Znova naložite stran in poskusite znova.',
  ACCOUNT_NOT_OWNED: 'Do tega računa Stripe nimate dostopa.',
  NOT_EXPRESS_DASHBOARD: 'Vaš račun Stripe ne uporablja nadzorne plošče Express.',
  ONBOARDING_INCOMPLETE: 'Pred odpiranjem nadzorne plošče dokončajte nastavitev računa Stripe.',
  RATE_LIMITED: 'Preveč poskusov. Počakajte trenutek in poskusite znova.',
  STRIPE_UNAVAILABLE: 'Stripe se ni odzval pravočasno. Čez trenutek poskusite znova.',
  MISCONFIGURED: 'Povezava do nadzorne plošče na tej platformi ni pravilno nastavljena. Obrnite se na podporo.',
  PROCEDURE_NOT_FOUND: 'Povezava do nadzorne plošče na tej platformi kaže na napačen naslov. Obrnite se na podporo.',
  INTERNAL: 'Pri nas je prišlo do napake. Poskusite znova.',
  NETWORK_ERROR: 'Strežnika ni bilo mogoče doseči. Preverite povezavo in poskusite znova.',
  TIMEOUT: 'Zahteva je trajala predolgo. Poskusite znova.',
} satisfies Translation;
