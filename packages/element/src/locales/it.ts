import type { Translation } from '../messages.js';

export default {
  label: 'Apri la Dashboard Express',
  pendingLabel: 'Apertura della Dashboard Express…',
  newTabLabel: '(si apre in una nuova scheda)',
  INVALID_INPUT: 'La richiesta non è stata compresa. Ricarica la pagina e riprova.',
  UNAUTHENTICATED: 'La sessione è scaduta. Accedi di nuovo per aprire la dashboard.',
  NO_CONNECTED_ACCOUNT: 'Al tuo profilo non è ancora collegato alcun account Stripe.',
  ORIGIN_NOT_ALLOWED: 'Questo sito non è autorizzato ad aprire la dashboard. Contatta l’assistenza.',
  REQUEST_TOO_LARGE: 'La richiesta era troppo grande. Ricarica la pagina e riprova.',
  UNSUPPORTED_CONTENT_TYPE: 'La richiesta è stata inviata in un formato che questo server non accetta. Ricarica la pagina e riprova.',
  ACCOUNT_NOT_OWNED: 'Non hai accesso a questo account Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Il tuo account Stripe non utilizza la Dashboard Express.',
  ONBOARDING_INCOMPLETE: 'Completa la configurazione del tuo account Stripe prima di aprire la dashboard.',
  RATE_LIMITED: 'Troppi tentativi. Attendi un momento, poi riprova.',
  STRIPE_UNAVAILABLE: 'Stripe non ha risposto in tempo. Riprova tra un momento.',
  MISCONFIGURED: 'Il link alla dashboard non è configurato correttamente su questa piattaforma. Contatta l’assistenza.',
  PROCEDURE_NOT_FOUND: 'Il link alla dashboard su questa piattaforma punta a un indirizzo errato. Contatta l’assistenza.',
  INTERNAL: 'Si è verificato un problema da parte nostra. Riprova.',
  NETWORK_ERROR: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  TIMEOUT: 'La richiesta ha impiegato troppo tempo. Riprova.',
} satisfies Translation;
