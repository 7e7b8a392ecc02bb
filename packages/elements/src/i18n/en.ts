// English, the reference catalog. Only the strings every element shares live here; each element's own
// English strings (its messages.ts) are added to the catalog when its module is imported, so a page
// downloads the strings of the elements it uses and no others.
//
// `Messages` is the whole catalog's type: these common strings and every element's. It is the contract
// every other catalog must meet (fr.ts is typed as `Messages`, so a missing or misspelt key fails the
// type-check). The element imports below are type-only: they add no bytes here.
import type { ErrorCode, ErrorReason, MeetingMode } from '@mentor-match/core';
import type { searchEn } from '../mentor-search/messages.ts';
import type { cardEn } from '../mentor-profile-card/messages.ts';
import type { profileDialogEn } from '../mentor-profile-card/profile-dialog-messages.ts';
import type { requestFormEn } from '../mentor-profile-card/request-form-messages.ts';
import type { consoleEn } from '../mentor-relationships-console/messages.ts';
import type { availabilityEn } from '../mentor-availability-toggle/messages.ts';
import type { enrollmentEn } from '../mentor-enrollment/messages.ts';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

/** The strings shared by every element (program notices, errors, actions, meeting modes, roles). */
export const commonEn = {
  // <mentor-program> and any element without one
  'program.missing':
    'This mentoring widget is not connected yet. Place it inside <mentor-program api="…"> (or <mentor-program demo>), or set .adapter from script.',
  'program.loading': 'Loading the mentoring program…',
  'program.signIn': 'Sign in to the member site to take part in mentoring.',

  // errors, by code and, more precisely, by reason
  'error.unauthenticated': 'Please sign in to the member site to continue.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.not-found': 'We could not find that. It may have been removed.',
  'error.conflict': 'Something changed in the meantime. The list has been refreshed.',
  'error.capacity-reached': 'A limit has been reached, so this cannot go ahead.',
  'error.unavailable': 'This member is not taking requests at the moment.',
  'error.expired': 'This request has expired.',
  'error.validation': 'Some information is missing or not valid. Please check the highlighted fields.',
  'error.network': 'We could not reach the mentoring service. Check your connection and try again.',
  'error.invalid-response': 'The mentoring service sent an answer we could not read. Please try again later.',
  'reason.self': 'You cannot send a request to yourself.',
  'reason.not-enrolled': 'This member is not enrolled in that role.',
  'reason.requester-not-enrolled': 'Enrol in the mentoring program first to send requests.',
  'reason.paused': 'This member is temporarily not participating.',
  'reason.requester-paused': 'You are temporarily not participating. Resume participating to send requests.',
  'reason.mentor-full': 'This mentor has no places left.',
  'reason.mentors-per-mentee': 'You already have the most mentors the program allows.',
  'reason.open-request-limit': 'You have reached the limit of open requests. Wait for answers or withdraw one.',
  'reason.duplicate': 'You already have an open request or mentorship with this member.',
  'reason.state': 'This has already been answered or closed.',
  'reason.stale': 'Someone answered this in the meantime. The list has been refreshed.',
  'reason.code-of-conduct': 'Please accept the code of conduct to continue.',
  'reason.feedback-given': 'You have already given feedback.',
  'reason.timeout': 'The mentoring service took too long to answer. Please try again.',
  'reason.aborted': 'The request was cancelled.',
  'error.details': 'Details for the web team',
  'action.retry': 'Try again',
  'action.close': 'Close',
  'action.cancel': 'Cancel',

  'meetingMode.email': 'Email',
  'meetingMode.phone': 'Phone',
  'meetingMode.video': 'Video call',
  'meetingMode.in-person': 'In person',

  'role.mentor': 'Mentor',
  'role.mentee': 'Mentee',
  'months': (n: number) => `${n} ${plural(n, 'month', 'months')}`,
  'hoursApart': (h: number) => (h === 0 ? 'same time zone' : `${h} h apart`),
} satisfies Catalog;

/** What any catalog, or a part of one, is: keys to strings or to functions of their arguments. */
export type Catalog = Record<string, string | ((...args: never[]) => string)>;

export type Messages = typeof commonEn &
  typeof searchEn &
  typeof cardEn &
  typeof profileDialogEn &
  typeof requestFormEn &
  typeof consoleEn &
  typeof availabilityEn &
  typeof enrollmentEn;

/** Keys for the catalogs, so code can name them from data (an error code, a meeting mode). */
export const errorKey = (code: ErrorCode) => `error.${code}` as const;
export const reasonKey = (reason: ErrorReason) => `reason.${reason}` as const;
export const meetingModeKey = (mode: MeetingMode) => `meetingMode.${mode}` as const;
