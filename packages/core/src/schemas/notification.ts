// What a member sees of their notifications (the bell's list, `<mentor-notifications>`), what they choose for
// their emails, and the program's pages and email templates those emails and the list link to.
import * as z from 'zod/mini';
import { Id, Instant, SafeUrl, text } from './common.ts';
import { EmailLanguage, NOTIFICATION_PAGES } from './settings.ts';

// The program's pages and email templates are part of its settings (settings.ts): a page that reads the
// settings loads none of what is here.
export { EMAIL_LANGUAGES, EmailLanguage, EmailTemplate, NOTIFICATION_PAGES, ProgramPages } from './settings.ts';

export const NotificationPage = z.enum(NOTIFICATION_PAGES);
export type NotificationPage = z.infer<typeof NotificationPage>;

/**
 * When what is not essential is emailed: at once, gathered in a daily or weekly digest, or (`never`, what the
 * unsubscribe link sets) not at all: the member's list still shows it. Essential notifications (staff's word on
 * a member's standing, a reply to their concern) are emailed at once whatever is chosen.
 */
export const EMAIL_FREQUENCIES = ['immediately', 'daily', 'weekly', 'never'] as const;
export const EmailFrequency = z.enum(EMAIL_FREQUENCIES);
export type EmailFrequency = z.infer<typeof EmailFrequency>;

export const NotificationPreferences = z.strictObject({
  /** null: the member's profile language when it is one of the five, else English. */
  language: z.nullable(EmailLanguage),
  frequency: EmailFrequency,
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { language: null, frequency: 'immediately' };

/** One entry of the bell's list: what happened, when, whether it was read, and where to act on it. */
export const NotificationItem = z.strictObject({
  id: Id,
  /** The notification's kind (request, accepted, reminder, paired, …; a digest). */
  kind: Id,
  /** What happened, in one line, in the member's email language. */
  title: text(1000),
  at: Instant,
  read: z.boolean(),
  mentorshipId: z.nullable(Id),
  /** The page to act on it, and that page's address with the mentorship named (`#mentorship=…`); null: no page configured. */
  page: NotificationPage,
  link: z.nullable(SafeUrl),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

/** The viewer's latest notifications, newest first, and how many of all of theirs are unread. */
export const NotificationFeed = z.strictObject({
  items: z.array(NotificationItem),
  unread: z.int().check(z.gte(0)),
});
export type NotificationFeed = z.infer<typeof NotificationFeed>;

/** `POST /me/notifications/read`: these ids, or (no ids) every one. */
export const MarkReadInput = z.strictObject({ ids: z.optional(z.array(Id).check(z.maxLength(200))) });
export type MarkReadInput = z.infer<typeof MarkReadInput>;
