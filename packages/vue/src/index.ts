// @mentor-match/vue: the mentor-match elements in Vue 3. Vue renders custom elements natively; what it needs is
// told which tags are custom elements (a compile-time option: `isMentorElement`, from
// `@mentor-match/vue/compiler-options` in a build config) and, for vue-tsc, each
// element's properties and events (the GlobalComponents declarations below, Vue's documented pattern for
// custom elements not built with Vue). Import this module once (it registers the tags) and use the tags in
// templates: <mentor-search find="mentors" @mentor-request-sent="onSent" />.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import * as elements from '@mentor-match/elements';
import type {
  MentorAvailabilityChangeEvent, MentorCohortApplicationEvent, MentorElement, MentorEnrolmentSavedEvent, MentorExportEvent,
  MentorMentorshipChangeEvent, MentorNotificationOpenEvent, MentorNotificationPreferencesChangeEvent, MentorPendingCountEvent, MentorProfileOpenEvent,
  MentorRequestSentEvent, MentorResultsEvent, MentorSearchEvent, MentorStaffActionEvent,
} from '@mentor-match/elements';

export { isMentorElement } from './compiler-options.ts';

/** The tags this package registers and types, with their element classes. */
export const MENTOR_ELEMENTS = {
  'mentor-program': elements.MentorProgram,
  'mentor-search': elements.MentorSearch,
  'mentor-profile-card': elements.MentorProfileCard,
  'mentor-relationships-console': elements.MentorRelationshipsConsole,
  'mentor-availability-toggle': elements.MentorAvailabilityToggle,
  'mentor-enrollment': elements.MentorEnrollment,
  'mentor-program-office': elements.MentorProgramOffice,
  'mentor-cohort-application': elements.MentorCohortApplication,
  'mentor-notifications': elements.MentorNotifications,
  'mentor-notification-preferences': elements.MentorNotificationPreferences,
} as const;

/** Registers every tag (once per page; a tag another copy defined is left alone). */
export function defineMentorElements(): void {
  for (const [tag, element] of Object.entries(MENTOR_ELEMENTS)) elements.define(tag, element as unknown as CustomElementConstructor);
}
defineMentorElements();

type EventMap = Record<string, Event>;
type VueEmit<T extends EventMap> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;

/** `mentor-request-sent` → `mentorRequestSent`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** Each event as the `on…` prop vue-tsc checks an `@event` handler against (`@mentor-request-sent` → `onMentorRequestSent`). */
type EventProps<T extends EventMap> = { [K in keyof T & string as `on${Capitalize<Camel<K>>}`]?: (event: T[K]) => void };

/** An element's own properties (not HTMLElement's or Lit's), each optional, as template props. */
type OwnProps<E> = Partial<Omit<E, keyof MentorElement>>;

/**
 * A custom element as vue-tsc sees it: its own properties as props, its events for `@event` handlers.
 * `$props` and `$emit` exist for type checking only; an element ref has neither.
 */
export type DefineMentorElement<E extends HTMLElement, Events extends EventMap = Record<never, Event>> = new () => E & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & OwnProps<E> & EventProps<Events> & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: VueEmit<Events>;
};

// Type aliases, not interfaces: an interface extending EventMap would carry its index signature into the props.
type CardEvents = {
  'mentor-profile-open': MentorProfileOpenEvent;
  'mentor-request-sent': MentorRequestSentEvent;
};
type ConsoleEvents = {
  'mentor-mentorship-change': MentorMentorshipChangeEvent;
  'mentor-pending-count': MentorPendingCountEvent;
};

declare module 'vue' {
  interface GlobalComponents {
    'mentor-program': DefineMentorElement<elements.MentorProgram, { 'mentor-program-ready': Event } & CardEvents & ConsoleEvents>;
    'mentor-search': DefineMentorElement<elements.MentorSearch, { 'mentor-search': MentorSearchEvent; 'mentor-results': MentorResultsEvent } & CardEvents>;
    'mentor-profile-card': DefineMentorElement<elements.MentorProfileCard, CardEvents>;
    'mentor-relationships-console': DefineMentorElement<elements.MentorRelationshipsConsole, ConsoleEvents>;
    'mentor-availability-toggle': DefineMentorElement<elements.MentorAvailabilityToggle, { 'mentor-availability-change': MentorAvailabilityChangeEvent }>;
    'mentor-enrollment': DefineMentorElement<elements.MentorEnrollment, { 'mentor-enrolment-saved': MentorEnrolmentSavedEvent }>;
    'mentor-program-office': DefineMentorElement<elements.MentorProgramOffice, { 'mentor-staff-action': MentorStaffActionEvent; 'mentor-export': MentorExportEvent }>;
    'mentor-cohort-application': DefineMentorElement<elements.MentorCohortApplication, { 'mentor-cohort-application': MentorCohortApplicationEvent }>;
    'mentor-notifications': DefineMentorElement<elements.MentorNotifications, { 'mentor-notification-open': MentorNotificationOpenEvent }>;
    'mentor-notification-preferences': DefineMentorElement<elements.MentorNotificationPreferences, { 'mentor-notification-preferences-change': MentorNotificationPreferencesChangeEvent }>;
  }
}

export type {
  MentorAvailabilityChangeEvent, MentorCohortApplicationEvent, MentorEnrolmentSavedEvent, MentorExportEvent,
  MentorMentorshipChangeEvent, MentorNotificationOpenEvent, MentorNotificationPreferencesChangeEvent, MentorPendingCountEvent, MentorProfileOpenEvent,
  MentorRequestSentEvent, MentorResultsEvent, MentorSearchEvent, MentorStaffActionEvent,
} from '@mentor-match/elements';
