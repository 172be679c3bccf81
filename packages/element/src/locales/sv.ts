import type { Translation } from '../messages.js';

export default {
  label: 'Öppna Express-kontrollpanelen',
  pendingLabel: 'Öppnar Express-kontrollpanelen…',
  newTabLabel: '(öppnas i en ny flik)',
  INVALID_INPUT: 'Begäran kunde inte tolkas. Ladda om sidan och försök igen.',
  UNAUTHENTICATED: 'Din session har upphört. Logga in igen för att öppna kontrollpanelen.',
  NO_CONNECTED_ACCOUNT: 'Det finns ännu inget Stripe-konto kopplat till din profil.',
  ORIGIN_NOT_ALLOWED: 'Den här webbplatsen får inte öppna kontrollpanelen. Kontakta supporten.',
  REQUEST_TOO_LARGE: 'Begäran var för stor. Ladda om sidan och försök igen.',
  UNSUPPORTED_CONTENT_TYPE: 'Begäran skickades i ett format som den här servern inte accepterar. Ladda om sidan och försök igen.',
  ACCOUNT_NOT_OWNED: 'Du har inte åtkomst till det Stripe-kontot.',
  NOT_EXPRESS_DASHBOARD: 'Ditt Stripe-konto använder inte Express-kontrollpanelen.',
  ONBOARDING_INCOMPLETE: 'Slutför konfigurationen av ditt Stripe-konto innan du öppnar kontrollpanelen.',
  RATE_LIMITED: 'För många försök. Vänta en stund och försök sedan igen.',
  STRIPE_UNAVAILABLE: 'Stripe svarade inte i tid. Försök igen om en stund.',
  MISCONFIGURED: 'Länken till kontrollpanelen är inte korrekt konfigurerad på den här plattformen. Kontakta supporten.',
  PROCEDURE_NOT_FOUND: 'Länken till kontrollpanelen på den här plattformen pekar på fel adress. Kontakta supporten.',
  INTERNAL: 'Något gick fel hos oss. Försök igen.',
  NETWORK_ERROR: 'Det gick inte att nå servern. Kontrollera din anslutning och försök igen.',
  TIMEOUT: 'Begäran tog för lång tid. Försök igen.',
} satisfies Translation;
