// The ES-module build for bundler users: classes, events and helpers, with no tag registered.
// Register tags with the define modules (`@mentor-match/elements/mentor-search/define.ts`) or use the loader.
export { MentorProgram } from './mentor-program/mentor-program.ts';
export { programContext, type ProgramState } from './internal/context.ts';
export { MentorElement } from './internal/mentor-element.ts';
export { define, VERSION } from './internal/define.ts';
export { Localize, registerLocale } from './i18n/localize.ts';
export { MentorSearch, DEFAULT_PAGE_SIZE } from './mentor-search/mentor-search.ts';
export { MentorSearchEvent, type SearchTrigger } from './events/search-query.ts';
export { MentorResultsEvent } from './events/search-results.ts';
export { MentorAvailabilityToggle } from './mentor-availability-toggle/mentor-availability-toggle.ts';
export { MentorAvailabilityChangeEvent } from './events/availability-change.ts';
export { MentorRelationshipsConsole, CONFIRMED_ACTIONS } from './mentor-relationships-console/mentor-relationships-console.ts';
export { MentorMentorshipChangeEvent, type MentorshipChangeAction } from './events/mentorship-change.ts';
export { MentorPendingCountEvent } from './events/pending-count.ts';
export { MentorEnrollment } from './mentor-enrollment/mentor-enrollment.ts';
export { MentorEnrolmentSavedEvent } from './events/enrolment-saved.ts';
export { MentorProgramOffice, OFFICE_VIEWS, type OfficeViewName } from './mentor-program-office/mentor-program-office.ts';
export { MentorStaffActionEvent } from './events/staff-action.ts';
export { MentorExportEvent } from './events/export.ts';
// For the React and Vue packages (and any page): the card, and the events its badge and dialog fire.
export { MentorProfileCard } from './mentor-profile-card/mentor-profile-card.ts';
export { MentorProfileOpenEvent } from './events/profile-open.ts';
export { MentorRequestSentEvent } from './events/request-sent.ts';
export { MentorNotifications } from './mentor-notifications/mentor-notifications.ts';
export { MentorNotificationOpenEvent } from './events/notification-open.ts';
export { MentorCohortApplication } from './mentor-cohort-application/mentor-cohort-application.ts';
export { MentorCohortApplicationEvent, type CohortApplicationAction } from './events/cohort-application.ts';
export { MentorNotificationPreferences } from './mentor-notification-preferences/mentor-notification-preferences.ts';
export { MentorNotificationPreferencesChangeEvent } from './events/notification-preferences-change.ts';
