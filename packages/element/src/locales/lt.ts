import type { Translation } from '../messages.js';

export default {
  label: 'Atidaryti „Express“ valdymo skydą',
  pendingLabel: 'Atidaromas „Express“ valdymo skydas…',
  newTabLabel: '(atidaroma naujame skirtuke)',
  INVALID_INPUT: 'Užklausa nesuprasta. Įkelkite puslapį iš naujo ir bandykite dar kartą.',
  UNAUTHENTICATED: 'Jūsų sesija baigėsi. Prisijunkite iš naujo, kad atidarytumėte valdymo skydą.',
  NO_CONNECTED_ACCOUNT: 'Prie jūsų profilio dar neprijungta jokia „Stripe“ paskyra.',
  ORIGIN_NOT_ALLOWED: 'Šiai svetainei neleidžiama atidaryti valdymo skydo. Susisiekite su pagalbos tarnyba.',
  REQUEST_TOO_LARGE: 'Užklausa buvo per didelė. Įkelkite puslapį iš naujo ir bandykite dar kartą.',
  UNSUPPORTED_CONTENT_TYPE: 'Užklausa išsiųsta formatu, kurio šis serveris nepriima. Įkelkite puslapį iš naujo ir bandykite dar kartą.',
  ACCOUNT_NOT_OWNED: 'Neturite prieigos prie šios „Stripe“ paskyros.',
  NOT_EXPRESS_DASHBOARD: 'Jūsų „Stripe“ paskyra nenaudoja „Express“ valdymo skydo.',
  ONBOARDING_INCOMPLETE: 'Prieš atidarydami valdymo skydą užbaikite „Stripe“ paskyros sąranką.',
  RATE_LIMITED: 'Per daug bandymų. Palaukite akimirką ir bandykite dar kartą.',
  STRIPE_UNAVAILABLE: '„Stripe“ laiku neatsakė. Po akimirkos bandykite dar kartą.',
  MISCONFIGURED: 'Valdymo skydo nuoroda šioje platformoje nustatyta neteisingai. Susisiekite su pagalbos tarnyba.',
  PROCEDURE_NOT_FOUND: 'Valdymo skydo nuoroda šioje platformoje nukreipia neteisingu adresu. Susisiekite su pagalbos tarnyba.',
  INTERNAL: 'Mūsų pusėje įvyko klaida. Bandykite dar kartą.',
  NETWORK_ERROR: 'Nepavyko pasiekti serverio. Patikrinkite ryšį ir bandykite dar kartą.',
  TIMEOUT: 'Užklausa truko per ilgai. Bandykite dar kartą.',
} satisfies Translation;
