import type { Translation } from '../messages.js';

export default {
  label: 'Deschide tabloul de bord Express',
  pendingLabel: 'Se deschide tabloul de bord Express…',
  newTabLabel: '(se deschide într-o filă nouă)',
  INVALID_INPUT: 'Solicitarea nu a fost înțeleasă. Reîncărcați pagina și încercați din nou.',
  UNAUTHENTICATED: 'Sesiunea dvs. s-a încheiat. Conectați-vă din nou pentru a deschide tabloul de bord.',
  NO_CONNECTED_ACCOUNT: 'Niciun cont Stripe nu este încă asociat profilului dvs.',
  ORIGIN_NOT_ALLOWED: 'Acest site nu are permisiunea de a deschide tabloul de bord. Contactați asistența.',
  REQUEST_TOO_LARGE: 'Solicitarea a fost prea mare. Reîncărcați pagina și încercați din nou.',
  UNSUPPORTED_CONTENT_TYPE:
    'Solicitarea a fost trimisă într-un format pe care acest server nu îl acceptă. Reîncărcați pagina și încercați din nou.',
  ACCOUNT_NOT_OWNED: 'Nu aveți acces la acest cont Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Contul dvs. Stripe nu folosește tabloul de bord Express.',
  ONBOARDING_INCOMPLETE: 'Finalizați configurarea contului Stripe înainte de a deschide tabloul de bord.',
  RATE_LIMITED: 'Prea multe încercări. Așteptați puțin, apoi încercați din nou.',
  STRIPE_UNAVAILABLE: 'Stripe nu a răspuns la timp. Încercați din nou peste câteva momente.',
  MISCONFIGURED: 'Linkul către tabloul de bord nu este configurat corect pe această platformă. Contactați asistența.',
  PROCEDURE_NOT_FOUND: 'Linkul către tabloul de bord de pe această platformă duce la o adresă greșită. Contactați asistența.',
  INTERNAL: 'A apărut o problemă la noi. Încercați din nou.',
  NETWORK_ERROR: 'Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
  TIMEOUT: 'Solicitarea a durat prea mult. Încercați din nou.',
} satisfies Translation;
