import type { Translation } from '../messages.js';

export default {
  label: 'Åpne Express-dashbordet',
  pendingLabel: 'Åpner Express-dashbordet…',
  newTabLabel: '(åpnes i en ny fane)',
  INVALID_INPUT: 'Forespørselen ble ikke forstått. Last inn siden på nytt og prøv igjen.',
  UNAUTHENTICATED: 'Økten din er avsluttet. Logg på igjen for å åpne dashbordet ditt.',
  NO_CONNECTED_ACCOUNT: 'Det er ennå ingen Stripe-konto koblet til profilen din.',
  ORIGIN_NOT_ALLOWED: 'Dette nettstedet har ikke tillatelse til å åpne dashbordet. Kontakt kundestøtte.',
  REQUEST_TOO_LARGE: 'Forespørselen var for stor. Last inn siden på nytt og prøv igjen.',
  UNSUPPORTED_CONTENT_TYPE: 'Forespørselen ble sendt i et format denne serveren ikke godtar. Last inn siden på nytt og prøv igjen.',
  ACCOUNT_NOT_OWNED: 'Du har ikke tilgang til den Stripe-kontoen.',
  NOT_EXPRESS_DASHBOARD: 'Stripe-kontoen din bruker ikke Express-dashbordet.',
  ONBOARDING_INCOMPLETE: 'Fullfør oppsettet av Stripe-kontoen din før du åpner dashbordet.',
  RATE_LIMITED: 'For mange forsøk. Vent litt, og prøv deretter igjen.',
  STRIPE_UNAVAILABLE: 'Stripe svarte ikke i tide. Prøv igjen om et øyeblikk.',
  MISCONFIGURED: 'Dashbordlenken er ikke riktig konfigurert på denne plattformen. Kontakt kundestøtte.',
  PROCEDURE_NOT_FOUND: 'Dashbordlenken på denne plattformen peker til feil adresse. Kontakt kundestøtte.',
  INTERNAL: 'Noe gikk galt hos oss. Prøv igjen.',
  NETWORK_ERROR: 'Kunne ikke nå serveren. Sjekk tilkoblingen din og prøv igjen.',
  TIMEOUT: 'Forespørselen tok for lang tid. Prøv igjen.',
} satisfies Translation;
