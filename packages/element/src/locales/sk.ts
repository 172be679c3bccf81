import type { Translation } from '../messages.js';

export default {
  label: 'Otvoriť nástenku Express',
  pendingLabel: 'Otvára sa nástenka Express…',
  newTabLabel: '(otvorí sa na novej karte)',
  INVALID_INPUT: 'Požiadavke sa nepodarilo porozumieť. Znova načítajte stránku a skúste to znova.',
  UNAUTHENTICATED: 'Vaša relácia skončila. Ak chcete otvoriť nástenku, znova sa prihláste.',
  NO_CONNECTED_ACCOUNT: 'K vášmu profilu zatiaľ nie je pripojený žiadny účet Stripe.',
  ORIGIN_NOT_ALLOWED: 'Táto lokalita nemá povolenie otvoriť nástenku. Obráťte sa na podporu.',
  REQUEST_TOO_LARGE: 'Požiadavka bola príliš veľká. Znova načítajte stránku a skúste to znova.',
  UNSUPPORTED_CONTENT_TYPE: 'Požiadavka bola odoslaná vo formáte, ktorý tento server neprijíma. Znova načítajte stránku a skúste to znova.',
  ACCOUNT_NOT_OWNED: 'K tomuto účtu Stripe nemáte prístup.',
  NOT_EXPRESS_DASHBOARD: 'Váš účet Stripe nepoužíva nástenku Express.',
  ONBOARDING_INCOMPLETE: 'Pred otvorením nástenky dokončite nastavenie svojho účtu Stripe.',
  RATE_LIMITED: 'Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.',
  STRIPE_UNAVAILABLE: 'Stripe neodpovedal včas. Skúste to znova o chvíľu.',
  MISCONFIGURED: 'Odkaz na nástenku nie je na tejto platforme správne nastavený. Obráťte sa na podporu.',
  PROCEDURE_NOT_FOUND: 'Odkaz na nástenku na tejto platforme vedie na nesprávnu adresu. Obráťte sa na podporu.',
  INTERNAL: 'Na našej strane sa niečo pokazilo. Skúste to znova.',
  NETWORK_ERROR: 'Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.',
  TIMEOUT: 'Požiadavka trvala príliš dlho. Skúste to znova.',
} satisfies Translation;
