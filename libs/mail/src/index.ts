export { MailOutboxRepository } from './mail-outbox.repository';
export { MailSender } from './mail-sender.service';
export { type MailTemplate } from './mail-template';
export { MailTransport } from './mail-transport.service';
export { MailModule } from './mail.module';
export { MailService } from './mail.service';
export {
  resetPasswordMail,
  signInLinkMail,
  verifyEmailMail,
  welcomeMail,
} from './templates/account-mails';
export { escapeHtml, renderBody } from './templates/layout';
