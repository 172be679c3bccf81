import type { Translation } from '../messages.js';

export default {
  label: 'Abrir o Painel Express',
  pendingLabel: 'Abrindo o Painel Express…',
  newTabLabel: '(abre em uma nova guia)',
  INVALID_INPUT: 'A solicitação não foi entendida. Recarregue a página e tente novamente.',
  UNAUTHENTICATED: 'Sua sessão expirou. Faça login novamente para abrir seu painel.',
  NO_CONNECTED_ACCOUNT: 'Ainda não há nenhuma conta Stripe conectada ao seu perfil.',
  ORIGIN_NOT_ALLOWED: 'Este site não tem permissão para abrir o painel. Entre em contato com o suporte.',
  REQUEST_TOO_LARGE: 'A solicitação era grande demais. Recarregue a página e tente novamente.',
  UNSUPPORTED_CONTENT_TYPE: 'A solicitação foi enviada em um formato que este servidor não aceita. Recarregue a página e tente novamente.',
  ACCOUNT_NOT_OWNED: 'Você não tem acesso a essa conta Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Sua conta Stripe não usa o Painel Express.',
  ONBOARDING_INCOMPLETE: 'Conclua a configuração da sua conta Stripe antes de abrir o painel.',
  RATE_LIMITED: 'Muitas tentativas. Aguarde um momento e tente novamente.',
  STRIPE_UNAVAILABLE: 'A Stripe não respondeu a tempo. Tente novamente em instantes.',
  MISCONFIGURED: 'O link do painel não está configurado corretamente nesta plataforma. Entre em contato com o suporte.',
  PROCEDURE_NOT_FOUND: 'O link do painel nesta plataforma aponta para um endereço errado. Entre em contato com o suporte.',
  INTERNAL: 'Algo deu errado do nosso lado. Tente novamente.',
  NETWORK_ERROR: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
  TIMEOUT: 'A solicitação demorou demais. Tente novamente.',
} satisfies Translation;
