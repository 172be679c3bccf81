import type { Translation } from '../messages.js';

export default {
  label: 'Express 대시보드 열기',
  pendingLabel: 'Express 대시보드를 여는 중…',
  newTabLabel: '(새 탭에서 열림)',
  INVALID_INPUT: '요청을 처리할 수 없습니다. 페이지를 새로고침한 후 다시 시도하세요.',
  UNAUTHENTICATED: '세션이 만료되었습니다. 대시보드를 열려면 다시 로그인하세요.',
  NO_CONNECTED_ACCOUNT: '프로필에 연결된 Stripe 계정이 아직 없습니다.',
  ORIGIN_NOT_ALLOWED: '이 사이트에서는 대시보드를 열 수 없습니다. 고객 지원팀에 문의하세요.',
  REQUEST_TOO_LARGE: '요청이 너무 큽니다. 페이지를 새로고침한 후 다시 시도하세요.',
  UNSUPPORTED_CONTENT_TYPE: '이 서버가 허용하지 않는 형식으로 요청이 전송되었습니다. 페이지를 새로고침한 후 다시 시도하세요.',
  ACCOUNT_NOT_OWNED: '해당 Stripe 계정에 대한 액세스 권한이 없습니다.',
  NOT_EXPRESS_DASHBOARD: '회원님의 Stripe 계정은 Express 대시보드를 사용하지 않습니다.',
  ONBOARDING_INCOMPLETE: '대시보드를 열기 전에 Stripe 계정 설정을 완료하세요.',
  RATE_LIMITED: '시도 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도하세요.',
  STRIPE_UNAVAILABLE: 'Stripe가 제때 응답하지 않았습니다. 잠시 후 다시 시도하세요.',
  MISCONFIGURED: '이 플랫폼에서 대시보드 링크가 올바르게 설정되지 않았습니다. 고객 지원팀에 문의하세요.',
  PROCEDURE_NOT_FOUND: '이 플랫폼의 대시보드 링크가 잘못된 주소를 가리키고 있습니다. 고객 지원팀에 문의하세요.',
  INTERNAL: '저희 쪽에서 문제가 발생했습니다. 다시 시도하세요.',
  NETWORK_ERROR: '서버에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.',
  TIMEOUT: '요청 시간이 너무 오래 걸렸습니다. 다시 시도하세요.',
} satisfies Translation;
