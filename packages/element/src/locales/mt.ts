import type { Translation } from '../messages.js';

export default {
  label: 'Iftaħ id-Dashboard Express',
  pendingLabel: 'Qed jinfetaħ id-Dashboard Express…',
  newTabLabel: '(jinfetaħ f’tab ġdida)',
  INVALID_INPUT: 'It-talba ma nftehmitx. Erġa’ tella’ l-paġna u erġa’ pprova.',
  UNAUTHENTICATED: 'Is-sessjoni tiegħek intemmet. Idħol mill-ġdid biex tiftaħ id-dashboard tiegħek.',
  NO_CONNECTED_ACCOUNT: 'Għad m’hemm l-ebda kont Stripe marbut mal-profil tiegħek.',
  ORIGIN_NOT_ALLOWED: 'Dan is-sit mhuwiex permess jiftaħ id-dashboard. Jekk jogħġbok ikkuntattja lill-appoġġ.',
  REQUEST_TOO_LARGE: 'It-talba kienet kbira wisq. Erġa’ tella’ l-paġna u erġa’ pprova.',
  UNSUPPORTED_CONTENT_TYPE: 'It-talba ntbagħtet f’format li dan is-server ma jaċċettax. Erġa’ tella’ l-paġna u erġa’ pprova.',
  ACCOUNT_NOT_OWNED: 'M’għandekx aċċess għal dak il-kont Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Il-kont Stripe tiegħek ma jużax id-Dashboard Express.',
  ONBOARDING_INCOMPLETE: 'Lesti s-setup tal-kont Stripe tiegħek qabel tiftaħ id-dashboard.',
  RATE_LIMITED: 'Wisq tentattivi. Stenna ftit, imbagħad erġa’ pprova.',
  STRIPE_UNAVAILABLE: 'Stripe ma weġbitx fil-ħin. Erġa’ pprova fi ftit ħin.',
  MISCONFIGURED: 'Il-link tad-dashboard mhuwiex issettjat sew fuq din il-pjattaforma. Jekk jogħġbok ikkuntattja lill-appoġġ.',
  PROCEDURE_NOT_FOUND: 'Il-link tad-dashboard fuq din il-pjattaforma jwassal għal indirizz żbaljat. Jekk jogħġbok ikkuntattja lill-appoġġ.',
  INTERNAL: 'Inqalgħet problema min-naħa tagħna. Erġa’ pprova.',
  NETWORK_ERROR: 'Ma stajniex nilħqu s-server. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
  TIMEOUT: 'It-talba ħadet wisq ħin. Erġa’ pprova.',
} satisfies Translation;
