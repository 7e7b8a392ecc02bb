// English, the reference catalog: every string of every element, one section per element, each a named
// export. Adding a string is one line here and one in each other catalog (fr, es, de, ar).
//
// An element registers its own section when its module is imported (`addMessages('en', searchEn)`), so a
// page holds the English of the elements it uses only: the CDN build gives each module that imports this
// file a copy of its own, which esbuild tree-shakes to the sections that module names (see
// `catalogSections` in scripts/build.mjs; esbuild splits chunks by module, so a module shared by every
// element would otherwise bring every element's strings to every page). Nothing here may have side
// effects: sections, the helpers they call, types.
//
// `Messages` is the whole catalog's type, the contract every other catalog meets: fr.ts, es.ts, de.ts and
// ar.ts are typed as `Messages`, so a missing or misspelt key there fails the type-check
// (i18n/catalogs.test.ts proves it).
//
// Numbers arrive as numbers, and every message function gets a `Format` for the element's language as
// its last argument (i18n/format.ts): `f.plural()` chooses among the forms Intl.PluralRules gives the
// language, `f.number()` and `f.duration()` spell numbers and durations as Intl does. No message writes
// `${n}`: the digits, separators and plural forms are the language's. In a plural form `#` is the count;
// names, labels and other data go outside the forms (a topic may be called "C#"). Dates arrive already
// formatted; member text (names, reasons) arrives as text.
import type { Format } from './format.ts';

/** What any catalog, or a section of one, is: keys to strings or to functions of their arguments. */
export type Catalog = Record<string, string | ((...args: never[]) => string)>;

const RATINGS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

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
  'form.checkField': 'Please check this field.',

  'meetingMode.email': 'Email',
  'meetingMode.phone': 'Phone',
  'meetingMode.video': 'Video call',
  'meetingMode.in-person': 'In person',

  'role.mentor': 'Mentor',
  'role.mentee': 'Mentee',
  'months': (n: number, f: Format) => f.duration(n, 'month'),
  'hoursApart': (h: number, f: Format) => (h === 0 ? 'same time zone' : `${f.number(h)} h apart`),
} satisfies Catalog;

/** <mentor-search>: the criteria, the results' count and states. */
export const searchEn = {
  'search.findMentors': 'Find a mentor',
  'search.findMentees': 'Find a mentee',

  'search.topics': 'Topics',
  'search.topicsAny': 'any',
  'search.topicsSelected': (n: number, f: Format) => `${f.number(n)} selected`,
  'search.industry': 'Industry',
  'search.industryAny': 'Any industry',
  'search.careerStage': 'Career stage',
  'search.careerStageAny': 'Any career stage',
  'search.language': 'Language',
  'search.languageAny': 'Any language',
  'search.country': 'Country',
  'search.countryAny': 'Any country',
  'search.timeZone': 'Time difference',
  'search.timeZoneAny': 'Any',
  'search.withinHours': (h: number, f: Format) => `Within ${f.duration(h, 'hour')} of me`,
  'search.meetingMode': 'Meeting mode',
  'search.meetingModeAny': 'Any way of meeting',
  'search.text': 'Keywords',
  'search.textHint': 'Searches names, headlines, statements and topics.',
  'search.submit': 'Search',
  'search.clear': 'Clear',

  'search.searching': 'Searching…',
  'search.count.mentors': (n: number, f: Format) =>
    f.plural(n, { '=0': 'No mentors found', one: '# mentor found', other: '# mentors found' }),
  'search.count.mentees': (n: number, f: Format) =>
    f.plural(n, { '=0': 'No mentees found', one: '# mentee found', other: '# mentees found' }),
  'search.empty.mentors':
    'No mentor matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.empty.mentees':
    'No mentee matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.none.mentors': 'No mentors are available at the moment. Please check back later.',
  'search.none.mentees': 'No mentees are looking for a mentor at the moment. Please check back later.',
  'search.clearCriteria': 'Clear all criteria',
  'search.showing': (shown: number, total: number, f: Format) => `Showing ${f.number(shown)} of ${f.number(total)}`,
  'search.showMore': 'Show more',
  'search.loadingMore': 'Loading more…',
  'search.notEnrolled.mentors': 'You can look around now. To send a request, enrol in the mentoring program as a mentee.',
  'search.notEnrolled.mentees': 'You can look around now. To invite a mentee, enrol in the mentoring program as a mentor.',
} satisfies Catalog;

/**
 * <mentor-profile-card>. Its profile dialog and request form have sections of their own, registered by their
 * modules, which the card imports on first open.
 */
export const cardEn = {
  'card.requestAsMentor': 'Request as mentor',
  'card.inviteAsMentee': 'Invite as mentee',

  'card.loading': 'Loading the profile…',
  'card.photoOf': (name: string) => `Photo of ${name}`,
  'card.localTime': (time: string) => `${time} local time`,
  'card.ahead': (hours: number, f: Format) => `${f.number(hours)} h ahead`,
  'card.behind': (hours: number, f: Format) => `${f.number(hours)} h behind`,
  'card.topics': 'Topics',
  'card.speaks': (languages: string) => `Speaks ${languages}`,
  'card.places': (open: number, capacity: number, f: Format) =>
    `${f.number(open)} of ${f.plural(capacity, { one: '# place', other: '# places' })} open`,

  // Why a search hit matches (MatchReason), worded here from data
  'card.reasons': 'Why this match',
  'card.reason.topics': (count: number, topics: string, f: Format) =>
    `${f.plural(count, { one: 'Shares # topic', other: 'Shares # topics' })}: ${topics}`,
  'card.reason.industry': 'Same industry',
  'card.reason.more-experienced': 'More experienced',
  'card.reason.same': 'Same career stage',
  'card.reason.less-experienced': 'Earlier in their career',
  'card.reason.languages': (languages: string) => `Both speak ${languages}`,
  'card.reason.sameZone': 'Same time zone',
  'card.reason.hoursApart': (hours: number, f: Format) => `${f.number(hours)} h apart`,
  'card.reason.meets': (ways: string) => `Meets ${ways}`,
  'card.meet.email': 'by email',
  'card.meet.phone': 'by phone',
  'card.meet.video': 'by video',
  'card.meet.in-person': 'in person',

  // Why the badge cannot be used, or what it led to
  'card.self': 'This is you',
  'card.paused': 'Temporarily not participating',
  'card.pausedUntil': (date: string) => `Temporarily not participating · back ${date}`,
  'card.full': 'No places left',
  'card.viewerFull': 'Your places as a mentor are all taken',
  'card.requestSent': (date: string) => `Request sent · expires ${date}`,
  'card.requestReceived': (date: string) => `Waiting for your answer · expires ${date}`,
  'card.yourMentor': 'Already your mentor',
  'card.yourMentee': 'Already your mentee',
  'card.partners': 'Already in a mentorship with you',
  'card.enrolAsMentee': 'Enrol as a mentee to send requests',
  'card.enrolAsMentor': 'Enrol as a mentor to invite mentees',
} satisfies Catalog;

/** <mentor-profile-dialog>, the card's full profile. */
export const profileDialogEn = {
  'card.profile.about': 'About',
  'card.profile.offers': 'What they offer as a mentor',
  'card.profile.seeks': 'What they are looking for as a mentee',
  'card.profile.languages': 'Languages',
  'card.profile.meetingModes': 'Ways to meet',
  'card.profile.links': 'Links',
  'card.profile.contact': 'Contact',
} satisfies Catalog;

/** <mentor-request-form>, the card's request or invitation. */
export const requestFormEn = {
  'card.form.askMentor': (name: string) => `Ask ${name} to be your mentor`,
  'card.form.inviteMentee': (name: string) => `Invite ${name} to be your mentee`,
  'card.form.areas': 'Areas of guidance',
  'card.form.goals': 'Your goals',
  'card.form.term': 'Term',
  'card.form.meetingMode': 'Preferred way to meet',
  'card.form.message': 'Message (optional)',
  'card.form.send': 'Send',
  'card.form.sending': 'Sending…',
  'card.form.areasRequired': 'Choose at least one area of guidance.',
  'card.form.goalsRequired': 'Say what you hope to achieve.',
} satisfies Catalog;

/** <mentor-relationships-console>: its lists, actions, confirmation and feedback. */
export const consoleEn = {
  'console.title': 'My mentoring',
  'console.loading': 'Loading your mentorships…',
  'console.empty': 'You have no mentorships yet. Find a mentor (or a mentee) and send a request: it will show here.',
  'console.pending': (n: number, f: Format) => `Pending (${f.number(n)})`,
  'console.active': (n: number, f: Format) => `Active (${f.number(n)})`,
  'console.ended': (n: number, f: Format) => `Ended (${f.number(n)})`,
  'console.none.pending': 'No requests are waiting.',
  'console.none.active': 'No active mentorships.',
  'console.none.ended': 'No past mentorships yet.',
  'console.older': (n: number, f: Format) => `Older mentorships (${f.number(n)})`,

  // Who asked whom, on requests
  'console.asksMentor': 'Asks you to be their mentor',
  'console.invitesMentee': 'Invites you to be their mentee',
  'console.askedMentor': 'You asked them to be your mentor',
  'console.invitedMentee': 'You invited them to be your mentee',
  'console.saved': 'Saved for later',
  'console.areas': 'Areas of guidance',
  'console.goals': 'Goals',
  'console.term': 'Term',
  'console.meetingMode': 'Meeting',
  'console.message': 'Message',
  'console.sent': (date: string) => `Sent ${date}`,
  'console.expires': (date: string) => `Expires ${date}`,
  'console.daysLeft': (n: number, f: Format) => (n <= 1 ? 'Less than a day left' : `Only ${f.duration(n, 'day')} left`),

  // Active
  'console.youMentor': (name: string) => `You mentor ${name}`,
  'console.yourMentor': 'Your mentor',
  'console.youMentored': (name: string) => `You mentored ${name}`,
  'console.wasYourMentor': 'Was your mentor',
  'console.dates': (start: string, end: string) => `Started ${start} · ends ${end}`,
  'console.month': (n: number, of: number, f: Format) => `Month ${f.number(n)} of ${f.number(of)}`,
  'console.termOver': (date: string) => `The agreed term ended on ${date}: mark it completed or keep going.`,

  // Ended
  'console.state.completed': (date: string) => `Completed on ${date}`,
  'console.state.ended': (date: string) => `Ended early on ${date}`,
  'console.state.declined': (date: string) => `Declined on ${date}`,
  'console.state.withdrawn': (date: string) => `Withdrawn on ${date}`,
  'console.state.expired': (date: string) => `Expired on ${date}`,
  'console.reason': (reason: string) => `Reason: ${reason}`,

  // Actions, while they run, and what they led to (announced)
  'console.action.accept': 'Accept',
  'console.action.decline': 'Decline',
  'console.action.save': 'Save for later',
  'console.action.withdraw': 'Withdraw',
  'console.action.complete': 'Mark completed',
  'console.action.end': 'End early',
  'console.busy': 'Please wait…',
  'console.done.acceptMentee': (name: string) => `Request accepted. ${name} is now your mentee.`,
  'console.done.acceptMentor': (name: string) => `Request accepted. ${name} is now your mentor.`,
  'console.done.decline': (name: string) => `Request from ${name} declined.`,
  'console.done.save': (name: string) => `Request from ${name} saved for later.`,
  'console.done.withdraw': (name: string) => `Request to ${name} withdrawn.`,
  'console.done.complete': (name: string) => `Mentorship with ${name} marked completed.`,
  'console.done.end': (name: string) => `Mentorship with ${name} ended.`,
  'console.done.feedback': 'Thanks for your feedback.',
  'console.mentorFull': 'You have no places left as a mentor. Raise your capacity or finish a mentorship first.',
  'console.menteeFull': 'This mentee already has the most mentors the program allows.',

  // The confirmation dialog
  'console.confirm.decline': (name: string) => `Decline the request from ${name}?`,
  'console.confirm.withdraw': (name: string) => `Withdraw your request to ${name}?`,
  'console.confirm.complete': (name: string) => `Mark your mentorship with ${name} as completed?`,
  'console.confirm.end': (name: string) => `End your mentorship with ${name} early?`,
  'console.explain.decline': 'They will be told that you declined.',
  'console.explain.withdraw': 'The request will be cancelled and they will be told.',
  'console.explain.complete': 'It moves to your past mentorships, and you can both give feedback.',
  'console.explain.end': 'It moves to your past mentorships. Your partner will see the reason.',
  'console.reasonOptional': 'Reason (optional)',
  'console.reasonRequired': 'Reason',
  'console.reasonMissing': 'Please say why you are ending the mentorship early.',

  // Feedback
  'console.feedback': (name: string) => `How was your mentorship with ${name}?`,
  'console.rating': (n: number, f: Format) => `${f.number(n)} – ${RATINGS[n - 1]}`,
  'console.ratingMissing': 'Choose a rating from 1 to 5.',
  'console.comment': 'Comment (optional)',
  'console.sendFeedback': 'Send feedback',
  'console.thanks': 'Thanks for your feedback',
} satisfies Catalog;

/** <mentor-availability-toggle>. */
export const availabilityEn = {
  'availability.title': 'Availability',
  'availability.switch': 'Temporarily not participating',
  'availability.participating': 'You are participating: members can find you and send you requests.',
  'availability.pausedUntil': (date: string) => `You are not participating until ${date}.`,
  'availability.pausedOpen': 'You are not participating until you resume.',
  'availability.effect': (paused: boolean, active: number, f: Format) =>
    `${paused ? 'You' : 'If you pause, you'} won't appear in search and won't receive new requests` +
    f.plural(active, { '=0': '.', one: '; your active mentorship continues.', other: '; your # active mentorships continue.' }),
  'availability.awaiting': (n: number, f: Format) =>
    f.plural(n, {
      one: 'You can still answer the request waiting for you.',
      other: 'You can still answer the # requests waiting for you.',
    }),
  'availability.returnDate': 'Return date (optional)',
  'availability.datePast': 'Choose today or a later date, or leave it empty.',
  'availability.dateBad': 'Enter a complete date, or leave it empty.',
  'availability.capacity': 'Mentees you take',
  'availability.active': (n: number, f: Format) => `${f.number(n)} active`,
  'availability.capacityBad': (max: number, f: Format) => `Enter a whole number from ${f.number(1)} to ${f.number(max)}.`,
  'availability.full': 'All your places are taken: mentees cannot send you requests until one opens.',
  'availability.saving': 'Saving…',
  'availability.nowPaused': 'You are now temporarily not participating.',
  'availability.welcomeBack': 'Welcome back! You are participating again.',
  'availability.saved': 'Your availability is saved.',
  'availability.notSaved': (why: string) => `Your change was not saved. ${why}`,
  'availability.enrol': 'Enrol in the mentoring program to set your availability.',
} satisfies Catalog;

/**
 * <mentor-enrollment>. Labels are keyed by the field they name (`enrollment.profile.email`) and errors by the
 * same field (`enrollment.error.profile.email`), so the form finds both from a field's name.
 */
export const enrollmentEn = {
  'enrollment.title': 'Enrol in the mentoring program',
  'enrollment.editTitle': 'Your mentoring profile',

  'enrollment.roles': 'Your roles',
  'enrollment.role.mentor': 'I want to mentor',
  'enrollment.role.mentee': 'I want to be mentored',

  'enrollment.profile': 'Your profile',
  'enrollment.profile.name': 'Name',
  'enrollment.profile.headline': 'Headline',
  'enrollment.profile.headline.hint': 'One line, such as your role and organisation.',
  'enrollment.profile.bio': 'About you',
  'enrollment.profile.photoUrl': 'Photo address (optional)',
  'enrollment.profile.photoUrl.hint': 'A link to a picture of you, starting with https://',
  'enrollment.profile.email': 'Email',
  'enrollment.profile.phone': 'Phone (optional)',
  'enrollment.profile.industry': 'Industry',
  'enrollment.profile.careerStage': 'Career stage',
  'enrollment.profile.country': 'Country',
  'enrollment.profile.city': 'City',
  'enrollment.profile.timeZone': 'Time zone',
  'enrollment.profile.languages': 'Languages you speak',
  'enrollment.profile.textLanguage': 'Language of your profile text',
  'enrollment.profile.links': 'Links',
  'enrollment.profile.links.hint': 'Up to 5 web addresses, such as a professional profile or your publications.',
  'enrollment.link': (n: number, f: Format) => `Link ${f.number(n)}`,
  'enrollment.notSpecified': 'Not specified',
  'enrollment.noneChosen': 'none chosen',

  'enrollment.mentor': 'Mentor preferences',
  'enrollment.mentor.topics': 'Topics you can offer',
  'enrollment.mentor.meetingModes': 'Ways you can meet your mentees',
  'enrollment.mentor.statement': 'What you offer as a mentor',
  'enrollment.mentee': 'Mentee preferences',
  'enrollment.mentee.topics': 'Topics you want guidance on',
  'enrollment.mentee.meetingModes': 'Ways you can meet your mentors',
  'enrollment.mentee.statement': 'What you hope to gain',

  'enrollment.visibility': 'Who can see what',
  'enrollment.visibility.note': 'Your email and phone number are only ever shown to partners in an accepted mentorship.',
  'enrollment.visibility.photo': 'Photo',
  'enrollment.visibility.headline': 'Headline',
  'enrollment.visibility.bio': 'About you',
  'enrollment.visibility.industry': 'Industry',
  'enrollment.visibility.careerStage': 'Career stage',
  'enrollment.visibility.location': 'Country and city',
  'enrollment.visibility.timeZone': 'Time zone',
  'enrollment.visibility.languages': 'Languages',
  'enrollment.visibility.links': 'Links',
  'enrollment.level.members': 'All members',
  'enrollment.level.partners': 'Only my mentoring partners',

  'enrollment.conduct': 'Code of conduct',
  'enrollment.conduct.read': 'Read the code of conduct (opens in a new tab)',
  'enrollment.conduct.accept': 'I accept the code of conduct',
  'enrollment.conduct.accepted': (date: string) => `You accepted the code of conduct on ${date}.`,

  'enrollment.save': 'Save',
  'enrollment.saving': 'Saving…',
  'enrollment.discard': 'Discard changes',
  'enrollment.saved': 'Your mentoring profile is saved',

  'enrollment.summary': (n: number, f: Format) =>
    f.plural(n, { one: 'There is a problem to fix', other: 'There are # problems to fix' }),
  'enrollment.error.roles': 'Choose at least one role: mentor, mentee or both.',
  'enrollment.error.profile.name': 'Enter your name.',
  'enrollment.error.profile.email': 'Enter an email address, such as name@example.org.',
  'enrollment.error.profile.photoUrl': 'Enter an address starting with https://, or leave it empty.',
  'enrollment.error.profile.phone': 'Enter a phone number, or leave it empty.',
  'enrollment.error.profile.timeZone': 'Choose your time zone.',
  'enrollment.error.profile.links': 'Enter an address starting with https://, or leave it empty.',
  'enrollment.error.mentor.topics': 'Choose at least one topic you can offer.',
  'enrollment.error.mentor.meetingModes': 'Choose at least one way to meet your mentees.',
  'enrollment.error.mentee.topics': 'Choose at least one topic you want guidance on.',
  'enrollment.error.mentee.meetingModes': 'Choose at least one way to meet your mentors.',
  'enrollment.error.acceptCodeOfConduct': 'Accept the code of conduct to take part.',
  'enrollment.error.max': (n: number, f: Format) => `Choose at most ${f.number(n)}.`,
  'enrollment.error.check': (label: string) => `Check “${label}”.`,
  'enrollment.error.leave.mentor':
    'You still have open or active mentorships as a mentor. Finish, decline or withdraw them before you stop mentoring.',
  'enrollment.error.leave.mentee':
    'You still have open or active mentorships as a mentee. Finish or withdraw them before you stop being mentored.',
} satisfies Catalog;

/** Every English section: the keys and the arguments each message takes. */
type English = typeof commonEn &
  typeof searchEn &
  typeof cardEn &
  typeof profileDialogEn &
  typeof requestFormEn &
  typeof consoleEn &
  typeof availabilityEn &
  typeof enrollmentEn;

/** A message's own arguments: its parameters without the trailing `Format`. */
export type MessageArgs<M> = M extends (...args: infer A) => string ? (A extends [...infer Own, Format] ? Own : A) : [];

/**
 * The contract of every catalog: English's keys, each text where English is text and a function of the
 * same arguments where English takes some, which is also given the `Format` (whether English uses it or
 * not: another language may need plural forms where English needs none).
 */
export type Messages = {
  [K in keyof English]: English[K] extends string ? string : (...args: [...MessageArgs<English[K]>, f: Format]) => string;
};
