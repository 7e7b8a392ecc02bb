// English, the reference catalog: its keys and argument types are the contract every other catalog
// must meet (fr.ts is typed as `Messages`, so a missing or misspelt key fails the type-check).
import type { ErrorCode, ErrorReason, MeetingMode } from '@mentor-match/core';
import { searchEn } from '../mentor-search/messages.ts';
import { cardEn } from '../mentor-profile-card/messages.ts';
import { consoleEn } from '../mentor-relationships-console/messages.ts';
import { availabilityEn } from '../mentor-availability-toggle/messages.ts';
import { enrollmentEn } from '../mentor-enrollment/messages.ts';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const en = {
  ...searchEn,
  ...cardEn,
  ...consoleEn,
  ...availabilityEn,
  ...enrollmentEn,

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
} satisfies Record<string, string | ((...args: never[]) => string)>;

export type Messages = typeof en;

/** Keys for the catalogs, so code can name them from data (an error code, a meeting mode). */
export const errorKey = (code: ErrorCode) => `error.${code}` as const;
export const reasonKey = (reason: ErrorReason) => `reason.${reason}` as const;
export const meetingModeKey = (mode: MeetingMode) => `meetingMode.${mode}` as const;
