import type { Translation } from '../messages.js';

export default {
  label: 'Express-irányítópult megnyitása',
  pendingLabel: 'Az Express-irányítópult megnyílik…',
  newTabLabel: '(új lapon nyílik meg)',
  INVALID_INPUT: 'A kérés nem volt értelmezhető. Töltse újra az oldalt, és próbálja újra.',
  UNAUTHENTICATED: 'A munkamenete lejárt. Az irányítópult megnyitásához jelentkezzen be újra.',
  NO_CONNECTED_ACCOUNT: 'A profiljához még nincs Stripe-fiók kapcsolva.',
  ORIGIN_NOT_ALLOWED: 'Ez a webhely nem nyithatja meg az irányítópultot. Kérjük, forduljon az ügyfélszolgálathoz.',
  REQUEST_TOO_LARGE: 'A kérés túl nagy volt. Töltse újra az oldalt, és próbálja újra.',
  UNSUPPORTED_CONTENT_TYPE:
    'A kérés olyan formátumban érkezett, amelyet ez a szerver nem fogad el. Töltse újra az oldalt, és próbálja újra.',
  ACCOUNT_NOT_OWNED: 'Nincs hozzáférése ehhez a Stripe-fiókhoz.',
  NOT_EXPRESS_DASHBOARD: 'A Stripe-fiókja nem az Express-irányítópultot használja.',
  ONBOARDING_INCOMPLETE: 'Az irányítópult megnyitása előtt fejezze be Stripe-fiókja beállítását.',
  RATE_LIMITED: 'Túl sok próbálkozás. Várjon egy kicsit, majd próbálja újra.',
  STRIPE_UNAVAILABLE: 'A Stripe nem válaszolt időben. Próbálja újra egy kis idő múlva.',
  MISCONFIGURED: 'Az irányítópult hivatkozása nincs megfelelően beállítva ezen a platformon. Kérjük, forduljon az ügyfélszolgálathoz.',
  PROCEDURE_NOT_FOUND: 'Az irányítópult hivatkozása ezen a platformon rossz címre mutat. Kérjük, forduljon az ügyfélszolgálathoz.',
  INTERNAL: 'Hiba történt a mi oldalunkon. Próbálja újra.',
  NETWORK_ERROR: 'A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.',
  TIMEOUT: 'A kérés túl sokáig tartott. Próbálja újra.',
} satisfies Translation;
