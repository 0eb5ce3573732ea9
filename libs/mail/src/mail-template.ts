/** A rendered mail. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** What every template may use besides its own data. */
export interface MailContext {
  /** PUBLIC_URL without a trailing slash, for links. */
  publicUrl: string;
}

/**
 * A kind of mail. Templates are pure: `render` builds the subject, plain text and HTML (escaping
 * every piece of user-provided text with `escapeHtml`). Other features add their own, e.g. the
 * judging module's winner mail, and queue them with `MailService.enqueueTemplate`.
 */
export interface MailTemplate<T> {
  kind: string;
  render(data: T, context: MailContext): MailContent;
}

/** A mail ready for the outbox. */
export interface OutgoingMail extends MailContent {
  to: string;
  kind: string;
  /** At most one mail per key is ever queued (e.g. `welcome:<userId>`). */
  dedupeKey?: string;
}
