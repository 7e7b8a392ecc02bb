// What a member sees of their notifications (the bell's list, `<mentor-notifications>`), what they choose for
// their emails, and the program's pages and email templates those emails and the list link to.
import * as z from 'zod/mini';
import { Id, Instant, SafeUrl, text } from './common.ts';

/**
 * The pages of the society's site a notification sends a member to. The program settings hold each one's
 * absolute URL (`pages`); a notification names the page where its reader acts on it.
 */
export const NOTIFICATION_PAGES = ['console', 'search', 'workspace', 'enrolment', 'office', 'preferences'] as const;
export const NotificationPage = z.enum(NOTIFICATION_PAGES);
export type NotificationPage = z.infer<typeof NotificationPage>;

/** Each page's absolute http(s) URL on the society's site; a page left out is not linked to. */
export const ProgramPages = z.partial(z.strictObject(
  Object.fromEntries(NOTIFICATION_PAGES.map((page) => [page, SafeUrl])) as Record<NotificationPage, typeof SafeUrl>,
));
export type ProgramPages = z.infer<typeof ProgramPages>;

/** The languages emails are written in. */
export const EMAIL_LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'] as const;
export const EmailLanguage = z.enum(EMAIL_LANGUAGES);
export type EmailLanguage = z.infer<typeof EmailLanguage>;

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

/**
 * A program's own wording of one kind of email in one language, replacing the built-in one: `{{name}}`
 * placeholders and `{{#name}}…{{/name}}` sections (shown when `name` is not empty). Checked when saved
 * (notification-templates.ts, `templateProblem`): an unknown placeholder or an unbalanced section is refused.
 */
export const EmailTemplate = z.strictObject({
  kind: Id,
  language: EmailLanguage,
  subject: text(300, 1),
  body: text(8000, 1),
});
export type EmailTemplate = z.infer<typeof EmailTemplate>;

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
