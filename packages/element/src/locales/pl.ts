import type { Translation } from '../messages.js';

export default {
  label: 'Otwórz panel Express',
  pendingLabel: 'Otwieranie panelu Express…',
  newTabLabel: '(otwiera się w nowej karcie)',
  INVALID_INPUT: 'Nie zrozumiano żądania. Odśwież stronę i spróbuj ponownie.',
  UNAUTHENTICATED: 'Twoja sesja wygasła. Zaloguj się ponownie, aby otworzyć panel.',
  NO_CONNECTED_ACCOUNT: 'Z Twoim profilem nie połączono jeszcze żadnego konta Stripe.',
  ORIGIN_NOT_ALLOWED: 'Ta witryna nie może otworzyć panelu. Skontaktuj się z pomocą techniczną.',
  REQUEST_TOO_LARGE: 'Żądanie było zbyt duże. Odśwież stronę i spróbuj ponownie.',
  UNSUPPORTED_CONTENT_TYPE: 'Żądanie zostało wysłane w formacie, którego ten serwer nie akceptuje. Odśwież stronę i spróbuj ponownie.',
  ACCOUNT_NOT_OWNED: 'Nie masz dostępu do tego konta Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Twoje konto Stripe nie korzysta z panelu Express.',
  ONBOARDING_INCOMPLETE: 'Przed otwarciem panelu dokończ konfigurację konta Stripe.',
  RATE_LIMITED: 'Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.',
  STRIPE_UNAVAILABLE: 'Stripe nie odpowiedział na czas. Spróbuj ponownie za chwilę.',
  MISCONFIGURED: 'Link do panelu nie jest poprawnie skonfigurowany na tej platformie. Skontaktuj się z pomocą techniczną.',
  PROCEDURE_NOT_FOUND: 'Link do panelu na tej platformie prowadzi pod nieprawidłowy adres. Skontaktuj się z pomocą techniczną.',
  INTERNAL: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie.',
  NETWORK_ERROR: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  TIMEOUT: 'Żądanie trwało zbyt długo. Spróbuj ponownie.',
} satisfies Translation;
