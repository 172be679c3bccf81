import type { Translation } from '../messages.js';

export default {
  label: 'Express-dashboard openen',
  pendingLabel: 'Express-dashboard wordt geopend…',
  newTabLabel: '(opent in een nieuw tabblad)',
  INVALID_INPUT: 'Het verzoek werd niet begrepen. Laad de pagina opnieuw en probeer het nog eens.',
  UNAUTHENTICATED: 'Je sessie is verlopen. Log opnieuw in om je dashboard te openen.',
  NO_CONNECTED_ACCOUNT: 'Er is nog geen Stripe-account aan je profiel gekoppeld.',
  ORIGIN_NOT_ALLOWED: 'Deze site mag het dashboard niet openen. Neem contact op met de klantenservice.',
  REQUEST_TOO_LARGE: 'Het verzoek was te groot. Laad de pagina opnieuw en probeer het nog eens.',
  UNSUPPORTED_CONTENT_TYPE:
    'Het verzoek is verzonden in een indeling die deze server niet accepteert. Laad de pagina opnieuw en probeer het nog eens.',
  ACCOUNT_NOT_OWNED: 'Je hebt geen toegang tot dat Stripe-account.',
  NOT_EXPRESS_DASHBOARD: 'Je Stripe-account gebruikt het Express-dashboard niet.',
  ONBOARDING_INCOMPLETE: 'Rond de instelling van je Stripe-account af voordat je het dashboard opent.',
  RATE_LIMITED: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
  STRIPE_UNAVAILABLE: 'Stripe heeft niet op tijd gereageerd. Probeer het zo opnieuw.',
  MISCONFIGURED: 'De dashboardlink is op dit platform niet goed ingesteld. Neem contact op met de klantenservice.',
  PROCEDURE_NOT_FOUND: 'De dashboardlink op dit platform verwijst naar een verkeerd adres. Neem contact op met de klantenservice.',
  INTERNAL: 'Er is bij ons iets misgegaan. Probeer het opnieuw.',
  NETWORK_ERROR: 'Kan de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  TIMEOUT: 'Het verzoek duurde te lang. Probeer het opnieuw.',
} satisfies Translation;
