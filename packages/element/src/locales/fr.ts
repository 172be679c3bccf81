import type { Translation } from '../messages.js';

export default {
  label: 'Ouvrir le Dashboard Express',
  pendingLabel: 'Ouverture du Dashboard Express…',
  newTabLabel: '(s’ouvre dans un nouvel onglet)',
  INVALID_INPUT: 'La demande n’a pas été comprise. Rechargez la page et réessayez.',
  UNAUTHENTICATED: 'Votre session a expiré. Reconnectez-vous pour ouvrir votre tableau de bord.',
  NO_CONNECTED_ACCOUNT: 'Aucun compte Stripe n’est encore associé à votre profil.',
  ORIGIN_NOT_ALLOWED: 'Ce site n’est pas autorisé à ouvrir le tableau de bord. Veuillez contacter l’assistance.',
  REQUEST_TOO_LARGE: 'La demande était trop volumineuse. Rechargez la page et réessayez.',
  UNSUPPORTED_CONTENT_TYPE: 'La demande a été envoyée dans un format que ce serveur n’accepte pas. Rechargez la page et réessayez.',
  ACCOUNT_NOT_OWNED: 'Vous n’avez pas accès à ce compte Stripe.',
  NOT_EXPRESS_DASHBOARD: 'Votre compte Stripe n’utilise pas le Dashboard Express.',
  ONBOARDING_INCOMPLETE: 'Terminez la configuration de votre compte Stripe avant d’ouvrir le tableau de bord.',
  RATE_LIMITED: 'Trop de tentatives. Patientez un instant, puis réessayez.',
  STRIPE_UNAVAILABLE: 'Stripe n’a pas répondu à temps. Réessayez dans un instant.',
  MISCONFIGURED: 'Le lien vers le tableau de bord n’est pas correctement configuré sur cette plateforme. Veuillez contacter l’assistance.',
  PROCEDURE_NOT_FOUND:
    'Le lien vers le tableau de bord de cette plateforme pointe vers une mauvaise adresse. Veuillez contacter l’assistance.',
  INTERNAL: 'Une erreur s’est produite de notre côté. Réessayez.',
  NETWORK_ERROR: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  TIMEOUT: 'La demande a pris trop de temps. Réessayez.',
} satisfies Translation;
