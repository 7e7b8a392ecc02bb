// An outbox email as the member reads it: rendered when it is sent, from the notification record written with
// the change (core's templates, the program's settings in force, the member's email language), so the email
// says what the member's list (the bell) says. An email written before the records were kept (no record) goes
// as it was written.
import { DEFAULT_NOTIFICATION_PREFERENCES, emailLanguageOf, renderEmail, type Notification, type RenderedEmail } from '@mentor-match/core';
import type { Database } from '../db/database.ts';
import type { Program } from '../program.ts';
import { findMember } from '../store/members.ts';
import { findNotificationPreferences } from '../store/notifications.ts';
import type { OutboxEmail } from '../store/outbox.ts';
import type { UnsubscribeLinks } from './unsubscribe.ts';

export type EmailRenderer = (email: OutboxEmail) => Promise<RenderedEmail | null>;

export function emailRenderer(db: Database, program: Program, unsubscribe: UnsubscribeLinks | null): EmailRenderer {
  return async (email) => {
    if (!email.record) return null;
    const record: Notification = email.record;
    const [{ settings }, member, chosen] = await Promise.all([
      program.current(db, { remember: true }),
      findMember(db, email.memberId),
      findNotificationPreferences(db, email.memberId),
    ]);
    const language = emailLanguageOf(member, (chosen ?? DEFAULT_NOTIFICATION_PREFERENCES).language);
    return renderEmail(record, {
      settings,
      language,
      memberName: member?.name ?? email.to,
      unsubscribeUrl: unsubscribe?.linkFor(email.memberId) ?? null,
    });
  };
}
