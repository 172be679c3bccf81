import type { Translation } from '../messages.js';

export default {
  label: 'Åbn Express-dashboard',
  pendingLabel: 'Åbner Express-dashboard…',
  newTabLabel: '(åbner i en ny fane)',
  INVALID_INPUT: 'Anmodningen blev ikke forstået. Genindlæs siden, og prøv igen.',
  UNAUTHENTICATED: 'Din session er udløbet. Log ind igen for at åbne dit dashboard.',
  NO_CONNECTED_ACCOUNT: 'Der er endnu ingen Stripe-konto knyttet til din profil.',
  ORIGIN_NOT_ALLOWED: 'Dette websted har ikke tilladelse til at åbne dashboardet. Kontakt support.',
  REQUEST_TOO_LARGE: 'Anmodningen var for stor. Genindlæs siden, og prøv igen.',
  UNSUPPORTED_CONTENT_TYPE: 'Anmodningen blev sendt i et format, som denne server ikke accepterer. Genindlæs siden, og prøv igen.',
  ACCOUNT_NOT_OWNED: 'Du har ikke adgang til den Stripe-konto.',
  NOT_EXPRESS_DASHBOARD: 'Din Stripe-konto bruger ikke Express-dashboardet.',
  ONBOARDING_INCOMPLETE: 'Gør opsætningen af din Stripe-konto færdig, før du åbner dashboardet.',
  RATE_LIMITED: 'For mange forsøg. Vent et øjeblik, og prøv så igen.',
  STRIPE_UNAVAILABLE: 'Stripe svarede ikke i tide. Prøv igen om et øjeblik.',
  MISCONFIGURED: 'Dashboardlinket er ikke konfigureret korrekt på denne platform. Kontakt support.',
  PROCEDURE_NOT_FOUND: 'Dashboardlinket på denne platform peger på en forkert adresse. Kontakt support.',
  INTERNAL: 'Der opstod en fejl hos os. Prøv igen.',
  NETWORK_ERROR: 'Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.',
  TIMEOUT: 'Anmodningen tog for lang tid. Prøv igen.',
} satisfies Translation;
