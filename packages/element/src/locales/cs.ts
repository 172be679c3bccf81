import type { Translation } from '../messages.js';

export default {
  label: 'Otevřít nástěnku Express',
  pendingLabel: 'Otevírání nástěnky Express…',
  newTabLabel: '(otevře se na nové kartě)',
  INVALID_INPUT: 'Požadavku se nepodařilo porozumět. Načtěte stránku znovu a zkuste to znovu.',
  UNAUTHENTICATED: 'Vaše relace vypršela. Chcete-li otevřít nástěnku, přihlaste se znovu.',
  NO_CONNECTED_ACCOUNT: 'K vašemu profilu zatím není připojen žádný účet Stripe.',
  ORIGIN_NOT_ALLOWED: 'Tento web nemá povolení otevřít nástěnku. Obraťte se prosím na podporu.',
  REQUEST_TOO_LARGE: 'Požadavek byl příliš velký. Načtěte stránku znovu a zkuste to znovu.',
  UNSUPPORTED_CONTENT_TYPE: 'Požadavek byl odeslán ve formátu, který tento server nepřijímá. Načtěte stránku znovu a zkuste to znovu.',
  ACCOUNT_NOT_OWNED: 'K tomuto účtu Stripe nemáte přístup.',
  NOT_EXPRESS_DASHBOARD: 'Váš účet Stripe nepoužívá nástěnku Express.',
  ONBOARDING_INCOMPLETE: 'Před otevřením nástěnky dokončete nastavení svého účtu Stripe.',
  RATE_LIMITED: 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
  STRIPE_UNAVAILABLE: 'Stripe neodpověděl včas. Zkuste to znovu za chvíli.',
  MISCONFIGURED: 'Odkaz na nástěnku není na této platformě správně nastaven. Obraťte se prosím na podporu.',
  PROCEDURE_NOT_FOUND: 'Odkaz na nástěnku na této platformě vede na nesprávnou adresu. Obraťte se prosím na podporu.',
  INTERNAL: 'Na naší straně se něco pokazilo. Zkuste to znovu.',
  NETWORK_ERROR: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.',
  TIMEOUT: 'Požadavek trval příliš dlouho. Zkuste to znovu.',
} satisfies Translation;
