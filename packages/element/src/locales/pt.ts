import type { Translation } from '../messages.js';

export default {
  label: 'Abrir o Painel Express',
  pendingLabel: 'A abrir o Painel Express…',
  newTabLabel: '(abre num novo separador)',
  INVALID_INPUT: 'O pedido não foi compreendido. Recarregue a página e tente novamente.',
  UNAUTHENTICATED: 'A sua sessão terminou. Inicie sessão novamente para abrir o seu painel.',
  NO_CONNECTED_ACCOUNT: 'Ainda não existe nenhuma conta Stripe associada ao seu perfil.',
  ORIGIN_NOT_ALLOWED: 'Este site não tem permissão para abrir o painel. Contacte o apoio ao cliente.',
  REQUEST_TOO_LARGE: 'O pedido era demasiado grande. Recarregue a página e tente novamente.',
  UNSUPPORTED_CONTENT_TYPE: 'O pedido foi enviado num formato que este servidor não aceita. Recarregue a página e tente novamente.',
  ACCOUNT_NOT_OWNED: 'Não tem acesso a essa conta Stripe.',
  NOT_EXPRESS_DASHBOARD: 'A sua conta Stripe não utiliza o Painel Express.',
  ONBOARDING_INCOMPLETE: 'Conclua a configuração da sua conta Stripe antes de abrir o painel.',
  RATE_LIMITED: 'Demasiadas tentativas. Aguarde um momento e tente novamente.',
  STRIPE_UNAVAILABLE: 'A Stripe não respondeu a tempo. Tente novamente dentro de momentos.',
  MISCONFIGURED: 'A ligação ao painel não está configurada corretamente nesta plataforma. Contacte o apoio ao cliente.',
  PROCEDURE_NOT_FOUND: 'A ligação ao painel nesta plataforma aponta para um endereço errado. Contacte o apoio ao cliente.',
  INTERNAL: 'Ocorreu um erro do nosso lado. Tente novamente.',
  NETWORK_ERROR: 'Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.',
  TIMEOUT: 'O pedido demorou demasiado tempo. Tente novamente.',
} satisfies Translation;
