import type { Translation } from '../messages.js';

export default {
  label: 'Avaa Express-hallintapaneeli',
  pendingLabel: 'Avataan Express-hallintapaneelia…',
  newTabLabel: '(avautuu uuteen välilehteen)',
  INVALID_INPUT: 'Pyyntöä ei ymmärretty. Lataa sivu uudelleen ja yritä uudelleen.',
  UNAUTHENTICATED: 'Istuntosi on päättynyt. Kirjaudu uudelleen sisään avataksesi hallintapaneelin.',
  NO_CONNECTED_ACCOUNT: 'Profiiliisi ei ole vielä yhdistetty Stripe-tiliä.',
  ORIGIN_NOT_ALLOWED: 'Tällä sivustolla ei ole lupaa avata hallintapaneelia. Ota yhteyttä tukeen.',
  REQUEST_TOO_LARGE: 'Pyyntö oli liian suuri. Lataa sivu uudelleen ja yritä uudelleen.',
  UNSUPPORTED_CONTENT_TYPE: 'Pyyntö lähetettiin muodossa, jota tämä palvelin ei hyväksy. Lataa sivu uudelleen ja yritä uudelleen.',
  ACCOUNT_NOT_OWNED: 'Sinulla ei ole pääsyä kyseiseen Stripe-tiliin.',
  NOT_EXPRESS_DASHBOARD: 'Stripe-tilisi ei käytä Express-hallintapaneelia.',
  ONBOARDING_INCOMPLETE: 'Viimeistele Stripe-tilisi käyttöönotto ennen hallintapaneelin avaamista.',
  RATE_LIMITED: 'Liian monta yritystä. Odota hetki ja yritä sitten uudelleen.',
  STRIPE_UNAVAILABLE: 'Stripe ei vastannut ajoissa. Yritä hetken kuluttua uudelleen.',
  MISCONFIGURED: 'Hallintapaneelin linkkiä ei ole määritetty oikein tällä alustalla. Ota yhteyttä tukeen.',
  PROCEDURE_NOT_FOUND: 'Hallintapaneelin linkki osoittaa tällä alustalla väärään osoitteeseen. Ota yhteyttä tukeen.',
  INTERNAL: 'Meillä tapahtui virhe. Yritä uudelleen.',
  NETWORK_ERROR: 'Palvelimeen ei saatu yhteyttä. Tarkista yhteytesi ja yritä uudelleen.',
  TIMEOUT: 'Pyyntö kesti liian kauan. Yritä uudelleen.',
} satisfies Translation;
