// @mentor-match/react: the mentor-match elements as React 19 components (@lit/react). Each takes the element's
// properties as props (typed from the element class) and its events as `onMentor…` handlers typed with the
// event class, including the events that bubble up from the elements inside it (a request sent from a card
// in <MentorSearch> reaches `onMentorRequestSent`). Importing this module registers the tags it wraps.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import * as elements from '@mentor-match/elements';
import {
  MentorAvailabilityChangeEvent, MentorCohortApplicationEvent, MentorEnrolmentSavedEvent, MentorExportEvent,
  MentorMentorshipChangeEvent, MentorNotificationOpenEvent, MentorNotificationPreferencesChangeEvent, MentorPendingCountEvent, MentorProfileOpenEvent,
  MentorRequestSentEvent, MentorResultsEvent, MentorSearchEvent, MentorStaffActionEvent,
} from '@mentor-match/elements';

/** The event's name, typed with its class, for @lit/react. */
const event = <T extends Event>(type: string) => type as EventName<T>;

/** The events a card fires; they bubble, so every component that holds cards hears them. */
const cardEvents = {
  onMentorProfileOpen: event<MentorProfileOpenEvent>(MentorProfileOpenEvent.type),
  onMentorRequestSent: event<MentorRequestSentEvent>(MentorRequestSentEvent.type),
};
const consoleEvents = {
  onMentorMentorshipChange: event<MentorMentorshipChangeEvent>(MentorMentorshipChangeEvent.type),
  onMentorPendingCount: event<MentorPendingCountEvent>(MentorPendingCountEvent.type),
};

function wrap<I extends HTMLElement, E extends Record<string, EventName>>(tagName: string, elementClass: new () => I, events: E, displayName: string) {
  elements.define(tagName, elementClass as unknown as CustomElementConstructor);
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

/** `<mentor-program>`: give it `api` and `getToken`, `demo`, or an `adapter`; the other components go inside it. */
export const MentorProgram = wrap('mentor-program', elements.MentorProgram, {
  onMentorProgramReady: event<Event>('mentor-program-ready'),
  ...cardEvents,
  ...consoleEvents,
}, 'MentorProgram');

export const MentorSearch = wrap('mentor-search', elements.MentorSearch, {
  onMentorSearch: event<MentorSearchEvent>(MentorSearchEvent.type),
  onMentorResults: event<MentorResultsEvent>(MentorResultsEvent.type),
  ...cardEvents,
}, 'MentorSearch');

export const MentorProfileCard = wrap('mentor-profile-card', elements.MentorProfileCard, cardEvents, 'MentorProfileCard');

export const MentorRelationshipsConsole = wrap('mentor-relationships-console', elements.MentorRelationshipsConsole, consoleEvents, 'MentorRelationshipsConsole');

export const MentorAvailabilityToggle = wrap('mentor-availability-toggle', elements.MentorAvailabilityToggle, {
  onMentorAvailabilityChange: event<MentorAvailabilityChangeEvent>(MentorAvailabilityChangeEvent.type),
}, 'MentorAvailabilityToggle');

export const MentorEnrollment = wrap('mentor-enrollment', elements.MentorEnrollment, {
  onMentorEnrolmentSaved: event<MentorEnrolmentSavedEvent>(MentorEnrolmentSavedEvent.type),
}, 'MentorEnrollment');

export const MentorProgramOffice = wrap('mentor-program-office', elements.MentorProgramOffice, {
  onMentorStaffAction: event<MentorStaffActionEvent>(MentorStaffActionEvent.type),
  onMentorExport: event<MentorExportEvent>(MentorExportEvent.type),
}, 'MentorProgramOffice');

export const MentorCohortApplication = wrap('mentor-cohort-application', elements.MentorCohortApplication, {
  onMentorCohortApplication: event<MentorCohortApplicationEvent>(MentorCohortApplicationEvent.type),
}, 'MentorCohortApplication');

/** The bell; `onMentorNotificationOpen` may call `preventDefault()` and route the app itself to `event.link`. */
export const MentorNotifications = wrap('mentor-notifications', elements.MentorNotifications, {
  onMentorNotificationOpen: event<MentorNotificationOpenEvent>(MentorNotificationOpenEvent.type),
}, 'MentorNotifications');

/** `<mentor-notification-preferences>`: the member's email preferences, for the page `pages.preferences` names. */
export const MentorNotificationPreferences = wrap('mentor-notification-preferences', elements.MentorNotificationPreferences, {
  onMentorNotificationPreferencesChange: event<MentorNotificationPreferencesChangeEvent>(MentorNotificationPreferencesChangeEvent.type),
}, 'MentorNotificationPreferences');

export type {
  MentorAvailabilityChangeEvent, MentorCohortApplicationEvent, MentorEnrolmentSavedEvent, MentorExportEvent,
  MentorMentorshipChangeEvent, MentorNotificationOpenEvent, MentorNotificationPreferencesChangeEvent, MentorPendingCountEvent, MentorProfileOpenEvent,
  MentorRequestSentEvent, MentorResultsEvent, MentorSearchEvent, MentorStaffActionEvent,
} from '@mentor-match/elements';
