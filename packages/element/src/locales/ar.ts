import type { Translation } from '../messages.js';

export default {
  label: 'فتح لوحة تحكم Express',
  pendingLabel: 'جارٍ فتح لوحة تحكم Express…',
  newTabLabel: '(يُفتح في علامة تبويب جديدة)',
  INVALID_INPUT: 'تعذّر فهم الطلب. أعد تحميل الصفحة وحاول مرة أخرى.',
  UNAUTHENTICATED: 'انتهت جلستك. سجّل الدخول مرة أخرى لفتح لوحة التحكم.',
  NO_CONNECTED_ACCOUNT: 'لا يوجد حساب Stripe مرتبط بملفك الشخصي حتى الآن.',
  ORIGIN_NOT_ALLOWED: 'هذا الموقع غير مسموح له بفتح لوحة التحكم. يُرجى التواصل مع الدعم.',
  REQUEST_TOO_LARGE: 'الطلب كبير جدًا. أعد تحميل الصفحة وحاول مرة أخرى.',
  UNSUPPORTED_CONTENT_TYPE: 'أُرسل الطلب بتنسيق لا يقبله هذا الخادم. أعد تحميل الصفحة وحاول مرة أخرى.',
  ACCOUNT_NOT_OWNED: 'ليس لديك حق الوصول إلى حساب Stripe هذا.',
  NOT_EXPRESS_DASHBOARD: 'حسابك على Stripe لا يستخدم لوحة تحكم Express.',
  ONBOARDING_INCOMPLETE: 'أكمل إعداد حسابك على Stripe قبل فتح لوحة التحكم.',
  RATE_LIMITED: 'محاولات كثيرة جدًا. انتظر لحظة ثم حاول مرة أخرى.',
  STRIPE_UNAVAILABLE: 'لم يستجب Stripe في الوقت المحدد. حاول مرة أخرى بعد قليل.',
  MISCONFIGURED: 'رابط لوحة التحكم غير مُعدّ بشكل صحيح على هذه المنصة. يُرجى التواصل مع الدعم.',
  PROCEDURE_NOT_FOUND: 'رابط لوحة التحكم على هذه المنصة يشير إلى عنوان خاطئ. يُرجى التواصل مع الدعم.',
  INTERNAL: 'حدث خطأ من جانبنا. حاول مرة أخرى.',
  NETWORK_ERROR: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
  TIMEOUT: 'استغرق الطلب وقتًا طويلاً. حاول مرة أخرى.',
} satisfies Translation;
