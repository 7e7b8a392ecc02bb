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
import type { officeWordsEn } from './office-words-en.ts';
import type { officeEmailsEn } from './office-emails-en.ts';
import type { Format } from './format.ts';

/** What any catalog, or a section of one, is: keys to strings or to functions of their arguments. */
export type Catalog = Record<string, string | ((...args: never[]) => string)>;

const RATINGS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

/** The strings shared by every element (program notices, errors, actions, meeting modes, roles). */
export const commonEn = {
  // <mentor-program> and any element without one (the words for none around it are in errorsEn)
  'program.loading': 'Loading the mentoring program…',
  'program.signIn': 'Sign in to the member site to take part in mentoring.',

  // errors, by code: those a page may show before anything failed (the network's, when nothing more can load;
  // a form's invalid input); every other, and every reason, in errorsEn, below
  'error.validation': 'Some information is missing or not valid. Please check the highlighted fields.',
  'error.network': 'We could not reach the mentoring service. Check your connection and try again.',
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

/**
 * The errors and refusals a page shows only once something went wrong, by code and by reason: registered by
 * i18n/error-sentences.ts, which localize.ts imports the first time one is asked for and <mentor-program>'s
 * cache as soon as a call fails, so a page that never fails never downloads them.
 */
export const errorsEn = {
  // no <mentor-program> around the element (a page's mistake, shown after PROVIDER_WAIT_MS): a rare state too
  'error.no-program':
    'This mentoring widget is not connected yet. Place it inside <mentor-program api="…"> (or <mentor-program demo>), or set .adapter from script.',
  'error.unauthenticated': 'Please sign in to the member site to continue.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.not-found': 'We could not find that. It may have been removed.',
  'error.conflict': 'Something changed in the meantime. The list has been refreshed.',
  'error.capacity-reached': 'A limit has been reached, so this cannot go ahead.',
  'error.unavailable': 'This member is not taking requests at the moment.',
  'error.expired': 'This request has expired.',
  'error.invalid-response': 'The mentoring service sent an answer we could not read. Please try again later.',
  // the refusals a card's badge explains too: its note (badge-note.ts) asks for them when a badge is refused
  'reason.not-enrolled': 'This member is not enrolled in that role.',
  'reason.requester-paused': 'You are temporarily not participating. Resume participating to send requests.',
  'reason.mentors-per-mentee': 'You already have the most mentors the program allows.',
  'reason.open-request-limit': 'You have reached the limit of open requests. Wait for answers or withdraw one.',
  'reason.code-of-conduct': 'Please accept the code of conduct to continue.',
  'reason.suspended': 'Your participation in the program is suspended. Please contact the program office.',
  'reason.awaiting-approval': 'The program office has not approved you as a mentor yet.',
  'reason.self': 'You cannot send a request to yourself.',
  'reason.requester-not-enrolled': 'Enrol in the mentoring program first to send requests.',
  'reason.paused': 'This member is temporarily not participating.',
  'reason.mentor-full': 'This mentor has no places left.',
  'reason.duplicate': 'You already have an open request or mentorship with this member.',
  'reason.cooldown': 'Your last request to this member was declined or withdrawn recently. You can ask them again later.',
  'reason.state': 'This has already been answered or closed.',
  'reason.stale': 'Someone answered this in the meantime. The list has been refreshed.',
  'reason.feedback-given': 'You have already given feedback.',
  'reason.timeout': 'The mentoring service took too long to answer. Please try again.',
  'reason.aborted': 'The request was cancelled.',
  'reason.staff-only': 'This is for program staff only.',
  'reason.window-closed': 'Applications to this cohort are not being taken now.',
  'reason.extension-limit': 'That end date is past the longest extension the program allows.',
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
} satisfies Catalog;

/**
 * The rarer states of the card and of the search that shows cards, registered by
 * mentor-profile-card/rare-parts.ts with their code the first time a card shows a badge that cannot be used
 * or a search finds nobody: why the badge cannot be used (or what it led to), and the search's empty state.
 */
export const cardNotesEn = {
  'card.self': 'This is you',
  'card.paused': 'Temporarily not participating',
  'card.pausedUntil': (date: string) => `Temporarily not participating · back ${date}`,
  'card.full': 'No places left',
  'card.viewerFull': 'Your places as a mentor are all taken',
  'card.requestSent': (date: string) => `Request sent · expires ${date}`,
  'card.requestReceived': (date: string) => `Waiting for your answer · expires ${date}`,
  'card.askAgainOn': (date: string) => `Your last request was declined or withdrawn · you can ask again on ${date}`,
  'card.yourMentor': 'Already your mentor',
  'card.yourMentee': 'Already your mentee',
  'card.partners': 'Already in a mentorship with you',
  'card.enrolAsMentee': 'Enrol as a mentee to send requests',
  'card.enrolAsMentor': 'Enrol as a mentor to invite mentees',
} satisfies Catalog;

export const searchEmptyEn = {
  'search.empty.mentors':
    'No mentor matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.empty.mentees':
    'No mentee matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.none.mentors': 'No mentors are available at the moment. Please check back later.',
  'search.none.mentees': 'No mentees are looking for a mentor at the moment. Please check back later.',
  'search.clearCriteria': 'Clear all criteria',
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
  'console.report': 'Report a problem',
  'console.workspace': 'Workspace',
  'console.legacy': 'Legacy',
  'console.followUp': 'Follow up',
  'console.reports': 'My reports to the program office',
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
  // Said after an action when its own words (action-words.ts) could not be downloaded.
  'console.done': 'Done.',
} satisfies Catalog;

/**
 * What the console's actions led to (announced) and its refusals of a full mentor or mentee
 * (mentor-relationships-console/action-words.ts): loaded with the member's first action, while it runs.
 */
export const consoleActionsEn = {
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
} satisfies Catalog;

/**
 * The console's feedback form and its thanks (mentor-relationships-console/feedback-form.ts): loaded with
 * the form, when the console first lists a mentorship that is over.
 */
export const consoleFeedbackEn = {
  'console.feedback': (name: string) => `How was your mentorship with ${name}?`,
  'console.rating': (n: number, f: Format) => `${f.number(n)} – ${RATINGS[n - 1]}`,
  'console.ratingMissing': 'Choose a rating from 1 to 5.',
  'console.comment': 'Comment (optional)',
  'console.sendFeedback': 'Send feedback',
  'console.thanks': 'Thanks for your feedback',
} satisfies Catalog;

/**
 * The console's confirmation dialog (mentor-relationships-console/confirm-dialog.ts): loaded with the dialog,
 * the first time a member declines, withdraws, completes or ends a mentorship.
 */
export const consoleConfirmEn = {
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
} satisfies Catalog;

/**
 * The console's reports to the program office and its code of conduct notice: modules of their own
 * (mentor-relationships-console/concerns.ts, code-of-conduct.ts), loaded when a member reports a problem or
 * opens their reports, and when the program asks them to accept a new code of conduct.
 */
export const consoleConcernsEn = {
  'concern.title': (name: string) => `Report a problem: your mentorship with ${name}`,
  'concern.explain': 'Only the program office reads your report. They reply here, and tell you by email.',
  'concern.text': 'What is the problem?',
  'concern.missing': 'Please describe the problem.',
  'concern.send': 'Send to the program office',
  'concern.sent': 'Your report is with the program office.',
  'concern.loading': 'Loading your reports…',
  'concern.none': 'You have not reported a problem.',
  'concern.about': (name: string, date: string) => `About your mentorship with ${name}, ${date}`,
  'concern.status.new': 'Sent',
  'concern.status.in-progress': 'Being looked into',
  'concern.status.resolved': 'Resolved',
  'concern.reply': (date: string, text: string) => `The program office, ${date}: ${text}`,
  'conduct.title': 'The program’s code of conduct',
  'conduct.explain': (version: string) => `Please read the code of conduct (version ${version}) and accept it before your next request.`,
  'conduct.read': 'Read the code of conduct',
  'conduct.accept': 'I accept the code of conduct',
  'conduct.accepted': 'Thank you: you have accepted the code of conduct.',
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
  'enrollment.error.check': (label: string) => `Check “${label}”.`,
} satisfies Catalog;

/**
 * <mentor-enrollment>'s words for what is wrong with its fields (mentor-enrollment/problem-words.ts): loaded
 * at the form's first submit, before any problem shows. Without them each problem reads "Check “Email”."
 */
export const enrollmentProblemsEn = {
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
  'enrollment.error.photoOrigins': (origins: string) => `Photos can only come from ${origins}. Use a picture there, or leave this empty.`,
  'enrollment.error.noPhotoOrigins': 'This program does not take photo addresses. Leave this empty.',
  'enrollment.error.leave.mentor':
    'You still have open or active mentorships as a mentor. Finish, decline or withdraw them before you stop mentoring.',
  'enrollment.error.leave.mentee':
    'You still have open or active mentorships as a mentee. Finish or withdraw them before you stop being mentored.',
} satisfies Catalog;

// ---------------------------------------------------------------------------------------------
// <mentor-program-office>: a section for the office itself (with what several of its views share), then
// one per view, each registered by the view's module when its tab first opens. The other languages keep
// the office's strings apart from the member elements' (office-fr.ts …, `OfficeMessages`), downloaded only
// with the office.

/** <mentor-program-office>: the office, its tabs, and what every view shares. */
export const officeEn = {
  'office.title': 'Program office',
  'office.forbidden': 'This page is for program staff. Sign in with a staff account to see the program office.',
  'office.loading': 'Loading the program office…',
  'office.tab.dashboard': 'Dashboard',
  'office.tab.members': 'Members',
  'office.tab.mentorships': 'Mentorships',
  'office.tab.requests': 'Waiting requests',
  'office.tab.concerns': 'Concerns',
  'office.tab.evaluations': 'Evaluations',
  'office.tab.audit': 'Audit log',
  'office.tab.settings': 'Settings',
  'office.tab.cohorts': 'Cohorts',
  'office.tab.newConcerns': (n: number, f: Format) => f.plural(n, { one: '(# new)', other: '(# new)' }),
  'office.busy': 'Please wait…',
  'office.actions': 'Actions',
  'office.filter.any': 'Any',
  'office.filter.apply': 'Search',
  'office.filter.clear': 'Clear',
  'office.filter.topic': 'Topic',
  'office.filter.from': 'From',
  'office.filter.to': 'To',
  'office.filter.yes': 'Yes',
  'office.filter.no': 'No',
  'office.page.showing': (first: number, last: number, total: number, f: Format) =>
    `${f.number(first)}–${f.number(last)} of ${f.number(total)}`,
  'office.page.previous': 'Previous page',
  'office.page.next': 'Next page',
  'office.export': 'Export CSV',
  'office.export.running': 'Exporting…',
  'office.export.total': (n: number, f: Format) => f.plural(n, { one: 'The file will hold # row.', other: 'The file will hold # rows.' }),
  'office.export.done': (n: number, file: string, f: Format) =>
    f.plural(n, { '=0': `Exported no rows to ${file}.`, one: `Exported # row to ${file}.`, other: `Exported # rows to ${file}.` }),
  'office.export.failed': 'The export failed. Please try again.',
  'office.reason': 'Reason',
  'office.reason.hint': 'The members concerned are told this reason, and it is kept in the audit log.',
  'office.reason.missing': 'Please give a reason.',
  'office.topic.retired': (label: string) => `${label} (retired)`,
  'office.topic.retiredTag': 'Retired',
  'office.state.pending': 'Pending',
  'office.state.saved': 'Saved for later',
  'office.state.active': 'Active',
  'office.state.completed': 'Completed',
  'office.state.ended': 'Ended early',
  'office.state.declined': 'Declined',
  'office.state.withdrawn': 'Withdrawn',
  'office.state.expired': 'Expired',
  'office.standing.participating': 'Participating',
  'office.standing.full': 'Full',
  'office.standing.paused': 'Paused',
  'office.standing.awaiting-approval': 'Awaiting approval',
  'office.standing.declined': 'Declined',
  'office.standing.suspended': 'Suspended',
  'office.pair.title': 'Pair two members',
  'office.pair.open': 'Pair…',
  // A mentorship in the lists (mentorships, waiting requests, evaluations)
  'office.mentorships.who': 'Members',
  'office.mentorships.state': 'State',
  'office.mentorships.areas': 'Areas of guidance',
  'office.mentorships.pair': (mentor: string, mentee: string) => `${mentor} mentors ${mentee}`,
  'office.mentorships.asked': (mentee: string, mentor: string) => `${mentee} asked ${mentor}`,
  'office.mentorships.invited': (mentor: string, mentee: string) => `${mentor} invited ${mentee}`,
  'office.mentorships.pairedByStaff': 'Paired by staff',
  'office.mentorships.closedByStaff': 'Closed by staff',
  'office.mentorships.reason': (reason: string) => `Reason: ${reason}`,
  'office.mentorships.made': (date: string) => `Made ${date}`,
  'office.mentorships.started': (date: string) => `Started ${date}`,
  'office.mentorships.ended': (date: string) => `Ended ${date}`,
  'office.mentorshipAction.end': 'End',
  'office.mentorshipAction.withdraw': 'Withdraw',
  'office.mentorshipAction.title.end': (pair: string) => `End the mentorship: ${pair}`,
  'office.mentorshipAction.title.withdraw': (pair: string) => `Withdraw the request: ${pair}`,
  'office.mentorshipAction.explain.end': 'The mentorship ends now, for both members. Both are told, with your reason.',
  'office.mentorshipAction.explain.withdraw': 'The request is withdrawn for both members. Both are told, with your reason.',
  'office.mentorshipAction.done.end': (pair: string) => `Mentorship ended: ${pair}. Both members are told.`,
  'office.mentorshipAction.done.withdraw': (pair: string) => `Request withdrawn: ${pair}. Both members are told.`,
} satisfies Catalog;

/** The office's dashboard. */
export const officeDashboardEn = {
  'office.dashboard.title': 'Dashboard',
  'office.dashboard.range': 'Dates',
  'office.dashboard.show': 'Show',
  'office.dashboard.refresh': 'Refresh',
  'office.dashboard.refreshed': 'The figures are up to date.',
  'office.dashboard.rangeMissing': 'Choose a date.',
  'office.dashboard.rangeOrder': 'The end date must not be before the start date.',
  'office.dashboard.rangeLong': 'Choose at most ten years.',
  'office.dashboard.for': (from: string, to: string) => `${from} to ${to}`,
  'office.dashboard.asOf': (time: string) => `as of ${time}`,
  'office.dashboard.none': '—',
  'office.dashboard.members': 'Members now',
  'office.dashboard.mentors': 'Mentors',
  'office.dashboard.mentees': 'Mentees',
  'office.dashboard.enrolled': 'Enrolled',
  'office.dashboard.requests': 'Requests made in these dates',
  'office.dashboard.made': 'Made',
  'office.dashboard.accepted': 'Accepted',
  'office.dashboard.acceptance': 'Acceptance rate',
  'office.dashboard.firstAnswer': 'Median time to a first answer',
  'office.dashboard.mentorships': 'Mentorships started in these dates',
  'office.dashboard.started': 'Started',
  'office.dashboard.stillActive': 'Still active',
  'office.dashboard.endedEarly': 'Ended early',
  'office.dashboard.activeNow': 'Active now (all)',
  'office.dashboard.places': 'Mentor places in use now',
  'office.dashboard.placesUsed': (used: number, offered: number, f: Format) => `${f.number(used)} of ${f.number(offered)}`,
  'office.dashboard.placesRate': 'Use of mentor places',
  'office.dashboard.trend': 'Month by month',
  'office.dashboard.asTable': 'Show as a table',
  'office.dashboard.trend.requests': 'Requests made',
  'office.dashboard.trend.started': 'Mentorships started',
  'office.dashboard.trend.completed': 'Completed',
  'office.dashboard.trend.endedEarly': 'Ended early',
  'office.dashboard.trend.enrolments': 'Enrolments',
  'office.dashboard.trend.name': (from: string, to: string, series: string) =>
    `Chart of the months from ${from} to ${to}: ${series}. The table of the same figures follows.`,
  'office.dashboard.trend.table': 'Month by month, in figures',
  'office.dashboard.trend.month': 'Month',
  'office.dashboard.topics': 'Demand and supply by topic',
  'office.dashboard.recruit': (topics: string) => `More mentees seek these topics than mentor places are open: ${topics}. Recruit mentors for them.`,
  'office.dashboard.recruitNone': 'Every topic has as many open mentor places as mentees seeking it.',
  'office.dashboard.demand': 'Mentees seeking it',
  'office.dashboard.supply': 'Open mentor places',
  'office.dashboard.shortfall': 'Places missing',
  'office.dashboard.needsMentors': 'Needs mentors',
} satisfies Catalog;

/** The office's members list and the staff actions on a member. */
export const officeMembersEn = {
  'office.members.title': 'Members',
  'office.members.filters': 'Find members',
  'office.members.text': 'Name, email or id',
  'office.members.role': 'Role',
  'office.members.standing': 'Standing',
  'office.members.enrolment': 'Enrolment',
  'office.members.enrolled': 'Enrolled',
  'office.members.notEnrolled': 'Not enrolled',
  'office.members.member': 'Member',
  'office.members.roles': 'Roles and standing',
  'office.members.counts': 'Now',
  'office.members.countsOf': (mentees: number, mentors: number, open: number, f: Format) =>
    [
      f.plural(mentees, { one: '# mentee', other: '# mentees' }),
      f.plural(mentors, { one: '# mentor', other: '# mentors' }),
      f.plural(open, { one: '# open request', other: '# open requests' }),
    ].join(' · '),
  'office.members.suspendedBecause': (reason: string) => `Suspended: ${reason}`,
  'office.members.empty': 'No member matches these filters.',
  'office.memberAction.pause': 'Pause',
  'office.memberAction.resume': 'Resume',
  'office.memberAction.approve': 'Approve',
  'office.memberAction.decline': 'Decline',
  'office.memberAction.suspend': 'Suspend',
  'office.memberAction.lift-suspension': 'Lift suspension',
  'office.memberAction.title.pause': (name: string) => `Pause ${name}’s participation`,
  'office.memberAction.title.resume': (name: string) => `Resume ${name}’s participation`,
  'office.memberAction.title.approve': (name: string) => `Approve ${name} as a mentor`,
  'office.memberAction.title.decline': (name: string) => `Decline ${name} as a mentor`,
  'office.memberAction.title.suspend': (name: string) => `Suspend ${name}`,
  'office.memberAction.title.lift-suspension': (name: string) => `Lift ${name}’s suspension`,
  'office.memberAction.explain.pause':
    'They leave search results and receive no new requests; their mentorships go on. They are told, with your reason.',
  'office.memberAction.explain.resume': 'They appear in search again and can receive requests. They are told, with your reason.',
  'office.memberAction.explain.approve': 'They appear in search as a mentor and can take mentees. They are told, with your reason.',
  'office.memberAction.explain.decline': 'They do not become a mentor. They are told, with your reason.',
  'office.memberAction.explain.suspend':
    'They leave search and can neither send nor accept requests until you lift it; active mentorships go on. They are told, with your reason.',
  'office.memberAction.explain.lift-suspension': 'They take part again as before. They are told, with your reason.',
  'office.memberAction.done.pause': (name: string) => `${name} is paused. They are told.`,
  'office.memberAction.done.resume': (name: string) => `${name} takes part again. They are told.`,
  'office.memberAction.done.approve': (name: string) => `${name} is approved as a mentor. They are told.`,
  'office.memberAction.done.decline': (name: string) => `${name} is declined as a mentor. They are told.`,
  'office.memberAction.done.suspend': (name: string) => `${name} is suspended. They are told.`,
  'office.memberAction.done.lift-suspension': (name: string) => `${name}’s suspension is lifted. They are told.`,
} satisfies Catalog;

/** The office's pairing dialog. */
export const officePairEn = {
  'office.pair.explain': 'The mentorship is active at once; both members are told, with your reason.',
  'office.pair.mentor': 'Mentor',
  'office.pair.mentee': 'Mentee',
  'office.pair.find': 'Name, email or id',
  'office.pair.search': 'Find',
  'office.pair.results': (side: string) => `Members found (${side})`,
  'office.pair.found': (n: number, f: Format) => f.plural(n, { one: '# member found.', other: '# members found.' }),
  'office.pair.noneFound': 'Nobody found. Try another name.',
  'office.pair.change': 'Change',
  'office.pair.changeMentor': 'Change the mentor',
  'office.pair.changeMentee': 'Change the mentee',
  'office.pair.chooseMentor': 'Choose the mentor.',
  'office.pair.chooseMentee': 'Choose the mentee.',
  'office.pair.sameMember': 'Choose two different members.',
  'office.pair.areas': 'Areas of guidance',
  'office.pair.shared': (n: number, f: Format) => f.plural(n, { one: 'The first is a topic they share.', other: 'The first # are topics they share.' }),
  'office.pair.chooseAreas': 'Choose at least one area of guidance.',
  'office.pair.goals': 'Goals (optional)',
  'office.pair.term': 'Term',
  'office.pair.meetingMode': 'Way to meet',
  'office.pair.reasonHint': 'Both members are told this reason; it is kept in the audit log.',
  'office.pair.limits': 'The program’s limits',
  'office.pair.limitsHint': 'A mentor with no place left, or a mentee with the most mentors allowed, cannot be paired unless you override the limits.',
  'office.pair.override': 'Override the limits',
  'office.pair.overrideReason': 'Why the limits do not apply here',
  'office.pair.submit': 'Pair them',
  'office.pair.done': (mentor: string, mentee: string) => `${mentor} now mentors ${mentee}. Both are told.`,
} satisfies Catalog;

/** The office's mentorships list. */
export const officeMentorshipsEn = {
  'office.mentorships.title': 'Mentorships and requests',
  'office.mentorships.filters': 'Find mentorships',
  'office.mentorships.text': 'Member, email or id',
  'office.mentorships.states': 'State',
  'office.mentorships.dates': 'Dates',
  'office.mentorships.empty': 'No mentorship matches these filters.',
  'office.mentorships.withoutMeeting': 'No meeting logged (active pairs to follow up)',
} satisfies Catalog;

/** The office's waiting requests. */
export const officeRequestsEn = {
  'office.requests.title': 'Requests waiting for an answer',
  'office.requests.filters': 'Find waiting requests',
  'office.requests.days': 'Waiting at least (days)',
  'office.requests.text': 'Member, email or id',
  'office.requests.waiting': 'Waiting',
  'office.requests.daysWaiting': (n: number, f: Format) => f.duration(n, 'day'),
  'office.requests.expires': (date: string) => `Expires ${date}`,
  'office.requests.empty': (days: number, f: Format) =>
    f.plural(days, { '=0': 'No request is waiting.', one: 'No request has waited a day or more.', other: 'No request has waited # days or more.' }),
} satisfies Catalog;

/** The office's concerns queue. */
export const officeConcernsEn = {
  'office.concerns.title': 'Concerns',
  'office.concerns.filters': 'Find concerns',
  'office.concerns.status': 'Status',
  'office.concern.new': 'New',
  'office.concern.in-progress': 'In progress',
  'office.concern.resolved': 'Resolved',
  'office.concerns.from': (raisedBy: string, about: string) => `${raisedBy}, about ${about}`,
  'office.concerns.raised': (date: string) => `Raised ${date}`,
  'office.concerns.mentorship': (id: string) => `mentorship ${id}`,
  'office.concerns.history': (n: number, f: Format) => f.plural(n, { one: 'History (# step)', other: 'History (# steps)' }),
  'office.concerns.byMember': (date: string) => `${date}, by the member`,
  'office.concerns.byStaff': (date: string, staffId: string) => `${date}, by staff (${staffId})`,
  'office.concerns.reply': (text: string) => `Reply: ${text}`,
  'office.concerns.note': (text: string) => `Staff note: ${text}`,
  'office.concerns.answer': 'Answer',
  'office.concerns.answerTitle': (name: string) => `Answer ${name}’s concern`,
  'office.concerns.replyLabel': 'Reply to the member (optional)',
  'office.concerns.replyHint': 'The member reads it in their console, and is told by email.',
  'office.concerns.noteLabel': 'Note for staff (optional)',
  'office.concerns.noteHint': 'Only staff read notes.',
  'office.concerns.nothing': 'Change the status, write a reply or add a note.',
  'office.concerns.save': 'Save',
  'office.concerns.done': (name: string, status: string) => `${name}’s concern is now: ${status}.`,
  'office.concerns.doneReply': (name: string, status: string) => `Reply sent to ${name}. The concern is now: ${status}.`,
  'office.concerns.empty': 'No concern here.',
} satisfies Catalog;

/** The office's evaluations. */
export const officeEvaluationsEn = {
  'office.evaluations.title': 'Evaluations',
  'office.evaluations.filters': 'Find evaluations',
  'office.evaluations.by': 'Given by',
  'office.evaluations.rating': 'Rating',
  'office.evaluations.stars': (n: number, f: Format) => `${f.number(n)} / ${f.number(5)}`,
  'office.evaluations.givenBy': 'Given by',
  'office.evaluations.comment': 'Comment',
  'office.evaluations.all': 'Average rating',
  'office.evaluations.byMentors': 'By mentors',
  'office.evaluations.byMentees': 'By mentees',
  'office.evaluations.average': (average: number, count: number, f: Format) =>
    `${f.number(average)} / ${f.number(5)} · ${f.plural(count, { one: '# rating', other: '# ratings' })}`,
  'office.evaluations.none': 'No ratings',
  'office.evaluations.empty': 'No evaluation matches these filters.',
} satisfies Catalog;

/** The office's audit log. */
export const officeAuditEn = {
  'office.audit.title': 'Audit log',
  'office.audit.filters': 'Find in the audit log',
  'office.audit.action': 'Action',
  'office.audit.subject': 'Member, mentorship or concern id',
  'office.audit.actor': 'Staff member id',
  'office.audit.when': 'When and who',
  'office.audit.what': 'What',
  'office.audit.why': 'Reason',
  'office.audit.changes': 'Changes',
  'office.audit.by': (id: string) => `by ${id}`,
  'office.audit.action.pair': 'Paired two members',
  'office.audit.action.end': 'Ended a mentorship',
  'office.audit.action.withdraw': 'Withdrew a request',
  'office.audit.action.pause': 'Paused a member',
  'office.audit.action.resume': 'Resumed a member',
  'office.audit.action.approve': 'Approved a mentor',
  'office.audit.action.decline': 'Declined a mentor',
  'office.audit.action.suspend': 'Suspended a member',
  'office.audit.action.lift-suspension': 'Lifted a suspension',
  'office.audit.action.concern': 'Answered a concern',
  'office.audit.action.settings': 'Changed the settings',
  'office.audit.action.cohort-create': 'Created a cohort',
  'office.audit.action.cohort-update': 'Edited a cohort',
  'office.audit.action.cohort-close': 'Closed a cohort',
  'office.audit.action.cohort-reopen': 'Reopened a cohort',
  'office.audit.action.cohort-archive': 'Archived a cohort',
  'office.audit.action.cohort-run': 'Ran a cohort’s matching',
  'office.audit.action.cohort-edit': 'Edited a cohort’s proposal',
  'office.audit.action.cohort-publish': 'Published a cohort’s matches',
  'office.audit.subject.member': (id: string) => `member ${id}`,
  'office.audit.subject.mentorship': (id: string) => `mentorship ${id}`,
  'office.audit.subject.concern': (id: string) => `concern ${id}`,
  'office.audit.subject.program': (_id: string) => 'the program',
  'office.audit.subject.cohort': (id: string) => `cohort ${id}`,
  'office.audit.override': (limits: string, reason: string) => `Limits overridden (${limits}): ${reason}`,
  'office.audit.fields': (n: number, f: Format) => f.plural(n, { one: '# field', other: '# fields' }),
  'office.audit.empty': 'Nothing in the log matches these filters.',
} satisfies Catalog;

/** The office's settings. */
export const officeSettingsEn = {
  'office.settings.title': 'Settings',
  'office.settings.version': (version: number, date: string, by: string, f: Format) => `Version ${f.number(version)}, saved ${date} by ${by}.`,
  'office.settings.versionFirst': (version: number, f: Format) => `Version ${f.number(version)}, as the program started.`,
  'office.settings.changedElsewhere': 'Someone else has saved the settings since you opened them. Your changes are kept here until you load the latest.',
  'office.settings.loadLatest': 'Load the latest settings',
  'office.settings.stale': 'Someone else saved the settings first. Load the latest, then make your change again.',
  'office.settings.problems': (n: number, f: Format) => f.plural(n, { one: 'There is a problem', other: 'There are # problems' }),
  'office.settings.program': 'The program',
  'office.settings.name': 'Program name',
  'office.settings.nameMissing': 'Give the program a name.',
  'office.settings.contactEmail': 'Contact address',
  'office.settings.contactHint': 'Where members write to the program office; shown in emails. Leave empty for none.',
  'office.settings.emailBad': 'Enter an email address, such as mentoring@example.org, or leave it empty.',
  'office.settings.topics': 'Topics',
  'office.settings.topicsHint': 'Rename a topic by editing it. A retired topic is no longer offered, but stays on the records that use it.',
  'office.settings.topicLabel': (n: number, f: Format) => `Topic ${f.number(n)}`,
  'office.settings.topicMissing': 'Give the topic a name.',
  'office.settings.retire': 'Retire',
  'office.settings.restore': 'Offer again',
  'office.settings.newTopic': 'New topic',
  'office.settings.addTopic': 'Add',
  'office.settings.topicAdded': (label: string) => `Topic ${label} added. Save to offer it.`,
  'office.settings.limits': 'Limits',
  'office.settings.capacity': 'Mentees a mentor takes, unless they say otherwise',
  'office.settings.mentorsPerMentee': 'Mentors a mentee may have at once',
  'office.settings.openRequests': 'Open requests one member may have sent',
  'office.settings.requests': 'Requests and terms',
  'office.settings.expiry': 'An unanswered request expires after (days)',
  'office.settings.reminder': 'Remind the recipient before it expires (days)',
  'office.settings.terms': 'Terms offered',
  'office.settings.termsMissing': 'Offer at least one term.',
  'office.settings.approval': 'New mentors need approval by staff',
  'office.settings.approvalHint': 'Turning it off approves the mentors still waiting.',
  'office.settings.between': (min: number, max: number, f: Format) => `Enter a whole number from ${f.number(min)} to ${f.number(max)}.`,
  'office.settings.code': 'Code of conduct',
  'office.settings.codeRequired': 'Members must accept it',
  'office.settings.codeUrl': 'Link to the code of conduct',
  'office.settings.codeText': 'Text of the code of conduct',
  'office.settings.codeVersion': 'Version',
  'office.settings.codeVersionHint': 'Members accept each version: give a changed text or link a new version, and members accept it before their next request.',
  'office.settings.newVersion': 'New version (today’s date)',
  'office.settings.reasonHint': 'Kept in the audit log with the change.',
  'office.settings.save': 'Save the settings',
  'office.settings.discard': 'Discard changes',
  'office.settings.discarded': 'Changes discarded.',
  'office.settings.saved': (version: number, f: Format) => `Settings saved (version ${f.number(version)}). Every page shows them now.`,
} satisfies Catalog;

/** The member elements' English sections: the keys and the arguments each message takes. */
type English = typeof commonEn &
  typeof errorsEn &
  typeof searchEn &
  typeof cardEn &
  typeof cardNotesEn &
  typeof searchEmptyEn &
  typeof profileDialogEn &
  typeof requestFormEn &
  typeof consoleEn &
  typeof consoleActionsEn &
  typeof consoleConfirmEn &
  typeof consoleFeedbackEn &
  typeof consoleConcernsEn &
  typeof availabilityEn &
  typeof enrollmentEn &
  typeof enrollmentProblemsEn;

/** A message's own arguments: its parameters without the trailing `Format`. */
export type MessageArgs<M> = M extends (...args: infer A) => string ? (A extends [...infer Own, Format] ? Own : A) : [];

/**
 * The contract of every catalog: English's keys, each text where English is text and a function of the
 * same arguments where English takes some, which is also given the `Format` (whether English uses it or
 * not: another language may need plural forms where English needs none).
 */
export type Messages = CatalogOf<English>;

/** The program office's English sections. */
type OfficeEnglish = typeof officeEn &
  typeof officeDashboardEn &
  typeof officeMembersEn &
  typeof officePairEn &
  typeof officeMentorshipsEn &
  typeof officeRequestsEn &
  typeof officeConcernsEn &
  typeof officeEvaluationsEn &
  typeof officeAuditEn &
  typeof officeSettingsEn &
  typeof officeWordsEn &
  typeof officeEmailsEn;

/**
 * The contract of the office's catalog in each language (office-fr.ts, …): kept apart from `Messages`, so
 * a page without the office never downloads the office's words in its language.
 */
export type OfficeMessages = CatalogOf<OfficeEnglish>;


export type CatalogOf<E> = {
  [K in keyof E]: E[K] extends string ? string : (...args: [...MessageArgs<E[K]>, f: Format]) => string;
};
