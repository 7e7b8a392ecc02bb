// Where outbox emails go: an SMTP server through nodemailer, or (no SMTP_URL: the demo) the log.
import nodemailer from 'nodemailer';
import type { Logger } from '../log.ts';
import type { OutboxEmail } from '../store/outbox.ts';

export interface MailTransport {
  /** Resolves once the mail server has taken the message; rejects if it did not. */
  send(email: OutboxEmail): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // The same id on every attempt: if a retry does reach a mailbox twice (the server took it but the
        // answer was lost), mail clients show one message.
        messageId: `<outbox-${email.id}.${Date.parse(email.createdAt)}@mentor-match>`,
        headers: { 'X-Mentor-Match-Kind': email.kind },
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
    async send(email) {
      log.info('email', { to: email.to, kind: email.kind, subject: email.subject, mentorshipId: email.mentorshipId, text: email.text });
    },
    close() {},
  };
}
