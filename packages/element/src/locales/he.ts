import type { Translation } from '../messages.js';

export default {
  label: 'פתיחת לוח הבקרה של Express',
  pendingLabel: 'לוח הבקרה של Express נפתח…',
  newTabLabel: '(נפתח בכרטיסייה חדשה)',
  INVALID_INPUT: 'הבקשה לא הובנה. יש לטעון מחדש את הדף ולנסות שוב.',
  UNAUTHENTICATED: 'תוקף ההתחברות שלך פג. יש להתחבר שוב כדי לפתוח את לוח הבקרה.',
  NO_CONNECTED_ACCOUNT: 'עדיין לא מחובר חשבון Stripe לפרופיל שלך.',
  ORIGIN_NOT_ALLOWED: 'לאתר הזה אין הרשאה לפתוח את לוח הבקרה. יש לפנות לתמיכה.',
  REQUEST_TOO_LARGE: 'הבקשה הייתה גדולה מדי. יש לטעון מחדש את הדף ולנסות שוב.',
  UNSUPPORTED_CONTENT_TYPE: 'הבקשה נשלחה בפורמט שהשרת הזה אינו מקבל. יש לטעון מחדש את הדף ולנסות שוב.',
  ACCOUNT_NOT_OWNED: 'אין לך גישה לחשבון Stripe הזה.',
  NOT_EXPRESS_DASHBOARD: 'חשבון ה-Stripe שלך לא משתמש בלוח הבקרה של Express.',
  ONBOARDING_INCOMPLETE: 'יש להשלים את הגדרת חשבון ה-Stripe לפני פתיחת לוח הבקרה.',
  RATE_LIMITED: 'יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.',
  STRIPE_UNAVAILABLE: 'Stripe לא הגיבה בזמן. אפשר לנסות שוב בעוד רגע.',
  MISCONFIGURED: 'הקישור ללוח הבקרה לא הוגדר כראוי בפלטפורמה הזו. יש לפנות לתמיכה.',
  PROCEDURE_NOT_FOUND: 'הקישור ללוח הבקרה בפלטפורמה הזו מפנה לכתובת שגויה. יש לפנות לתמיכה.',
  INTERNAL: 'משהו השתבש אצלנו. אפשר לנסות שוב.',
  NETWORK_ERROR: 'לא ניתן להתחבר לשרת. יש לבדוק את החיבור ולנסות שוב.',
  TIMEOUT: 'הבקשה ארכה זמן רב מדי. אפשר לנסות שוב.',
} satisfies Translation;
