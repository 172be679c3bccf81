import type { Translation } from '../messages.js';

export default {
  label: 'Mở Bảng điều khiển Express',
  pendingLabel: 'Đang mở Bảng điều khiển Express…',
  newTabLabel: '(mở trong thẻ mới)',
  INVALID_INPUT: 'Không hiểu được yêu cầu. Hãy tải lại trang rồi thử lại.',
  UNAUTHENTICATED: 'Phiên của bạn đã kết thúc. Hãy đăng nhập lại để mở bảng điều khiển.',
  NO_CONNECTED_ACCOUNT: 'Chưa có tài khoản Stripe nào được kết nối với hồ sơ của bạn.',
  ORIGIN_NOT_ALLOWED: 'Trang web này không được phép mở bảng điều khiển. Vui lòng liên hệ bộ phận hỗ trợ.',
  REQUEST_TOO_LARGE: 'Yêu cầu quá lớn. Hãy tải lại trang rồi thử lại.',
  UNSUPPORTED_CONTENT_TYPE: 'Yêu cầu được gửi ở định dạng mà máy chủ này không chấp nhận. Hãy tải lại trang rồi thử lại.',
  ACCOUNT_NOT_OWNED: 'Bạn không có quyền truy cập tài khoản Stripe đó.',
  NOT_EXPRESS_DASHBOARD: 'Tài khoản Stripe của bạn không dùng Bảng điều khiển Express.',
  ONBOARDING_INCOMPLETE: 'Hãy hoàn tất thiết lập tài khoản Stripe trước khi mở bảng điều khiển.',
  RATE_LIMITED: 'Quá nhiều lần thử. Hãy đợi một lát rồi thử lại.',
  STRIPE_UNAVAILABLE: 'Stripe không phản hồi kịp thời. Hãy thử lại sau giây lát.',
  MISCONFIGURED: 'Liên kết bảng điều khiển chưa được thiết lập đúng trên nền tảng này. Vui lòng liên hệ bộ phận hỗ trợ.',
  PROCEDURE_NOT_FOUND: 'Liên kết bảng điều khiển trên nền tảng này trỏ đến sai địa chỉ. Vui lòng liên hệ bộ phận hỗ trợ.',
  INTERNAL: 'Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại.',
  NETWORK_ERROR: 'Không thể kết nối với máy chủ. Hãy kiểm tra kết nối rồi thử lại.',
  TIMEOUT: 'Yêu cầu mất quá nhiều thời gian. Hãy thử lại.',
} satisfies Translation;
