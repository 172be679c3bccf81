import type { Translation } from '../messages.js';

export default {
  label: 'Express-Dashboard öffnen',
  pendingLabel: 'Express-Dashboard wird geöffnet…',
  newTabLabel: '(öffnet in einem neuen Tab)',
  INVALID_INPUT: 'Die Anfrage wurde nicht verstanden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  UNAUTHENTICATED: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Ihr Dashboard zu öffnen.',
  NO_CONNECTED_ACCOUNT: 'Mit Ihrem Profil ist noch kein Stripe-Konto verbunden.',
  ORIGIN_NOT_ALLOWED: 'Diese Website darf das Dashboard nicht öffnen. Bitte wenden Sie sich an den Support.',
  REQUEST_TOO_LARGE: 'Die Anfrage war zu groß. Laden Sie die Seite neu und versuchen Sie es erneut.',
  UNSUPPORTED_CONTENT_TYPE:
    'Die Anfrage wurde in einem Format gesendet, das dieser Server nicht akzeptiert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  ACCOUNT_NOT_OWNED: 'Sie haben keinen Zugriff auf dieses Stripe-Konto.',
  NOT_EXPRESS_DASHBOARD: 'Ihr Stripe-Konto verwendet nicht das Express-Dashboard.',
  ONBOARDING_INCOMPLETE: 'Schließen Sie die Einrichtung Ihres Stripe-Kontos ab, bevor Sie das Dashboard öffnen.',
  RATE_LIMITED: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  STRIPE_UNAVAILABLE: 'Stripe hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.',
  MISCONFIGURED: 'Der Dashboard-Link ist auf dieser Plattform nicht richtig eingerichtet. Bitte wenden Sie sich an den Support.',
  PROCEDURE_NOT_FOUND: 'Der Dashboard-Link auf dieser Plattform verweist auf eine falsche Adresse. Bitte wenden Sie sich an den Support.',
  INTERNAL: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut.',
  NETWORK_ERROR: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  TIMEOUT: 'Die Anfrage hat zu lange gedauert. Versuchen Sie es erneut.',
} satisfies Translation;
