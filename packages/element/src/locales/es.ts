import type { Translation } from '../messages.js';

export default {
  label: 'Abrir el Dashboard Express',
  pendingLabel: 'Abriendo el Dashboard Express…',
  newTabLabel: '(se abre en una pestaña nueva)',
  INVALID_INPUT: 'No se entendió la solicitud. Vuelve a cargar la página e inténtalo de nuevo.',
  UNAUTHENTICATED: 'Tu sesión ha finalizado. Vuelve a iniciar sesión para abrir tu panel.',
  NO_CONNECTED_ACCOUNT: 'Todavía no hay ninguna cuenta de Stripe conectada a tu perfil.',
  ORIGIN_NOT_ALLOWED: 'Este sitio no tiene permiso para abrir el panel. Ponte en contacto con el servicio de asistencia.',
  REQUEST_TOO_LARGE: 'La solicitud era demasiado grande. Vuelve a cargar la página e inténtalo de nuevo.',
  UNSUPPORTED_CONTENT_TYPE:
    'La solicitud se envió en un formato que este servidor no acepta. Vuelve a cargar la página e inténtalo de nuevo.',
  ACCOUNT_NOT_OWNED: 'No tienes acceso a esa cuenta de Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Tu cuenta de Stripe no usa el Dashboard Express.',
  ONBOARDING_INCOMPLETE: 'Termina de configurar tu cuenta de Stripe antes de abrir el panel.',
  RATE_LIMITED: 'Demasiados intentos. Espera un momento y vuelve a intentarlo.',
  STRIPE_UNAVAILABLE: 'Stripe no respondió a tiempo. Vuelve a intentarlo en un momento.',
  MISCONFIGURED: 'El enlace al panel no está bien configurado en esta plataforma. Ponte en contacto con el servicio de asistencia.',
  PROCEDURE_NOT_FOUND:
    'El enlace al panel de esta plataforma apunta a una dirección incorrecta. Ponte en contacto con el servicio de asistencia.',
  INTERNAL: 'Algo salió mal por nuestra parte. Inténtalo de nuevo.',
  NETWORK_ERROR: 'No se pudo conectar con el servidor. Comprueba tu conexión e inténtalo de nuevo.',
  TIMEOUT: 'La solicitud tardó demasiado. Inténtalo de nuevo.',
} satisfies Translation;
