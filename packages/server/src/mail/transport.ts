// Where outbox emails go: an SMTP server through nodemailer, or (no SMTP_URL: the demo) the log.
import type { RenderedEmail } from '@mentor-match/core';
import nodemailer from 'nodemailer';
import type { Logger } from '../log.ts';
import type { OutboxEmail } from '../store/outbox.ts';

export interface MailTransport {
  /**
   * Resolves once the mail server has taken the message; rejects if it did not. `rendered`: the email as the
   * member reads it (both parts, in their language, with the links); absent, the outbox's own text.
   */
  send(email: OutboxEmail, rendered?: RenderedEmail | null): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email, rendered) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: rendered?.subject ?? email.subject,
        // One message, two parts (multipart/alternative): the plain text, and the same as escaped HTML.
        text: rendered?.text ?? email.text,
        ...(rendered ? { html: rendered.html } : {}),
        // The same id on every attempt: if a retry does reach a mailbox twice (the server took it but the
        // answer was lost), mail clients show one message.
        messageId: `<outbox-${email.id}.${Date.parse(email.createdAt)}@mentor-match>`,
        headers: {
          'X-Mentor-Match-Kind': email.kind,
          ...(rendered ? { 'Content-Language': rendered.language } : {}),
          // What is not essential can be stopped from the mail client, in one click (RFC 8058).
          ...(rendered?.unsubscribe ? { 'List-Unsubscribe': `<${rendered.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
        },
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** No mail server configured: each email is written to the log instead, and counts as sent. */
export function logTransport(log: Logger): MailTransport {
  return {
    async send(email, rendered) {
      log.info('email', {
        to: email.to, kind: email.kind, subject: rendered?.subject ?? email.subject, mentorshipId: email.mentorshipId, text: rendered?.text ?? email.text,
      });
    },
    close() {},
  };
}
