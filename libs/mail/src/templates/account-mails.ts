import type { MailTemplate } from '../mail-template';
import { renderBody } from './layout';

/** Lifetime of the links, as told to the reader (the token rules live in the accounts lib). */
export const VERIFY_EMAIL_LINK_DAYS = 7;
export const RESET_PASSWORD_LINK_MINUTES = 60;

const link = (publicUrl: string, path: string, token: string) =>
  `${publicUrl}/${path}?token=${encodeURIComponent(token)}`;
const greeting = (fullName: string) => `Xin chào ${fullName.trim() || 'bạn'},`;

export interface TokenMailData {
  fullName: string;
  /** The raw single-use token (only its hash is stored). */
  token: string;
}

/** E-mail verification: link to PUBLIC_URL/xac-minh-email?token=…, valid 7 days. */
export const verifyEmailMail: MailTemplate<TokenMailData> = {
  kind: 'verify_email',
  render: ({ fullName, token }, { publicUrl }) => ({
    subject: 'Xác minh địa chỉ e-mail của bạn - HoiThi',
    ...renderBody({
      greeting: greeting(fullName),
      paragraphs: [
        'Cảm ơn bạn đã đăng ký tài khoản HoiThi, hệ thống thi trực tuyến tìm hiểu kiến thức của tổ chức Công đoàn.',
        `Để xác minh địa chỉ e-mail, vui lòng bấm vào nút dưới đây. Đường dẫn có hiệu lực trong ${VERIFY_EMAIL_LINK_DAYS} ngày và chỉ dùng được một lần.`,
      ],
      action: { label: 'Xác minh e-mail', url: link(publicUrl, 'xac-minh-email', token) },
      after: ['Nếu bạn không đăng ký tài khoản này, hãy bỏ qua thư này.'],
    }),
  }),
};

/** Password reset: link to PUBLIC_URL/dat-lai-mat-khau?token=…, valid one hour, single use. */
export const resetPasswordMail: MailTemplate<TokenMailData> = {
  kind: 'reset_password',
  render: ({ fullName, token }, { publicUrl }) => ({
    subject: 'Đặt lại mật khẩu tài khoản HoiThi',
    ...renderBody({
      greeting: greeting(fullName),
      paragraphs: [
        'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản HoiThi gắn với địa chỉ e-mail này.',
        `Để đặt mật khẩu mới, vui lòng bấm vào nút dưới đây. Đường dẫn có hiệu lực trong ${RESET_PASSWORD_LINK_MINUTES} phút và chỉ dùng được một lần.`,
      ],
      action: { label: 'Đặt lại mật khẩu', url: link(publicUrl, 'dat-lai-mat-khau', token) },
      after: [
        'Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.',
      ],
    }),
  }),
};

/**
 * Someone kept guessing this account's password and new devices are locked out for a while: a
 * link to PUBLIC_URL/dang-nhap-bang-lien-ket?token=… signs the owner in anyway (one hour, once).
 */
export const signInLinkMail: MailTemplate<TokenMailData> = {
  kind: 'sign_in_link',
  render: ({ fullName, token }, { publicUrl }) => ({
    subject: 'Đăng nhập HoiThi bằng đường dẫn',
    ...renderBody({
      greeting: greeting(fullName),
      paragraphs: [
        'Tài khoản HoiThi của bạn vừa bị nhập sai mật khẩu nhiều lần, nên việc đăng nhập từ thiết bị mới đang tạm bị khoá.',
        `Nếu là bạn, hãy bấm nút dưới đây để đăng nhập mà không cần chờ. Đường dẫn có hiệu lực trong ${RESET_PASSWORD_LINK_MINUTES} phút và chỉ dùng được một lần.`,
      ],
      action: { label: 'Đăng nhập', url: link(publicUrl, 'dang-nhap-bang-lien-ket', token) },
      after: [
        'Nếu không phải bạn, có người đang đoán mật khẩu của bạn: hãy đổi sang một mật khẩu khó đoán hơn.',
      ],
    }),
  }),
};

const ROLE_LABELS: Record<string, string> = {
  admin: 'quản trị hệ thống',
  organizer: 'ban tổ chức',
  judge: 'ban giám khảo',
};

export interface WelcomeMailData {
  fullName: string;
  email: string;
  /** The account's roles; staff roles are named in the mail. */
  roles: readonly string[];
}

/** Welcome: sent once the address is verified, or when an administrator creates the account. */
export const welcomeMail: MailTemplate<WelcomeMailData> = {
  kind: 'welcome',
  render: ({ fullName, email, roles }, { publicUrl }) => {
    const staff = roles.map((r) => ROLE_LABELS[r]).filter((label): label is string => !!label);
    return {
      subject: 'Chào mừng bạn đến với HoiThi',
      ...renderBody({
        greeting: greeting(fullName),
        paragraphs: [
          'Tài khoản HoiThi của bạn đã sẵn sàng.',
          `Bạn đăng nhập bằng địa chỉ e-mail ${email} (hoặc số điện thoại đã đăng ký) và mật khẩu của mình.`,
          ...(staff.length
            ? [`Tài khoản của bạn được cấp quyền: ${staff.join(', ')}.`]
            : [
                'Hãy theo dõi các cuộc thi tìm hiểu kiến thức đang mở, tham gia đúng thời gian của từng tuần thi và xem kết quả, thứ hạng của mình ngay sau khi nộp bài.',
              ]),
        ],
        action: { label: 'Đăng nhập HoiThi', url: `${publicUrl}/dang-nhap` },
        after: ['Nếu quên mật khẩu, bạn có thể đặt lại ở trang đăng nhập.'],
      }),
    };
  },
};
