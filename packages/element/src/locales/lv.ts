import type { Translation } from '../messages.js';

export default {
  label: 'Atvērt Express informācijas paneli',
  pendingLabel: 'Atver Express informācijas paneli…',
  newTabLabel: '(tiek atvērts jaunā cilnē)',
  INVALID_INPUT: 'Pieprasījums netika saprasts. Atkārtoti ielādējiet lapu un mēģiniet vēlreiz.',
  UNAUTHENTICATED: 'Jūsu sesija ir beigusies. Pierakstieties vēlreiz, lai atvērtu informācijas paneli.',
  NO_CONNECTED_ACCOUNT: 'Jūsu profilam vēl nav pievienots neviens Stripe konts.',
  ORIGIN_NOT_ALLOWED: 'Šai vietnei nav atļauts atvērt informācijas paneli. Lūdzu, sazinieties ar atbalsta dienestu.',
  REQUEST_TOO_LARGE: 'Pieprasījums bija pārāk liels. Atkārtoti ielādējiet lapu un mēģiniet vēlreiz.',
  UNSUPPORTED_CONTENT_TYPE: 'Pieprasījums tika nosūtīts formātā, ko šis serveris nepieņem. Atkārtoti ielādējiet lapu un mēģiniet vēlreiz.',
  ACCOUNT_NOT_OWNED: 'Jums nav piekļuves šim Stripe kontam.',
  NOT_EXPRESS_DASHBOARD: 'Jūsu Stripe konts neizmanto Express informācijas paneli.',
  ONBOARDING_INCOMPLETE: 'Pirms informācijas paneļa atvēršanas pabeidziet sava Stripe konta iestatīšanu.',
  RATE_LIMITED: 'Pārāk daudz mēģinājumu. Uzgaidiet brīdi un mēģiniet vēlreiz.',
  STRIPE_UNAVAILABLE: 'Stripe laikus neatbildēja. Pēc brīža mēģiniet vēlreiz.',
  MISCONFIGURED: 'Informācijas paneļa saite šajā platformā nav pareizi iestatīta. Lūdzu, sazinieties ar atbalsta dienestu.',
  PROCEDURE_NOT_FOUND: 'Informācijas paneļa saite šajā platformā norāda uz nepareizu adresi. Lūdzu, sazinieties ar atbalsta dienestu.',
  INTERNAL: 'Mūsu pusē radās kļūda. Mēģiniet vēlreiz.',
  NETWORK_ERROR: 'Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  TIMEOUT: 'Pieprasījums aizņēma pārāk ilgu laiku. Mēģiniet vēlreiz.',
} satisfies Translation;
