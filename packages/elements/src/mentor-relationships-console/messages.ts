// Strings of <mentor-relationships-console> in English, registered into the
// English catalog when the element's module is imported (French: messages-fr.ts).
// Dates and numbers arrive already formatted; member text (names, reasons) arrives as text.

const RATINGS_EN = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

export const consoleEn = {
  'console.title': 'My mentoring',
  'console.loading': 'Loading your mentorships…',
  'console.empty': 'You have no mentorships yet. Find a mentor (or a mentee) and send a request: it will show here.',
  'console.pending': (n: number) => `Pending (${n})`,
  'console.active': (n: number) => `Active (${n})`,
  'console.ended': (n: number) => `Ended (${n})`,
  'console.none.pending': 'No requests are waiting.',
  'console.none.active': 'No active mentorships.',
  'console.none.ended': 'No past mentorships yet.',
  'console.older': (n: number) => `Older mentorships (${n})`,

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
  'console.daysLeft': (n: number) => (n <= 1 ? 'Less than a day left' : `Only ${n} days left`),

  // Active
  'console.youMentor': (name: string) => `You mentor ${name}`,
  'console.yourMentor': 'Your mentor',
  'console.youMentored': (name: string) => `You mentored ${name}`,
  'console.wasYourMentor': 'Was your mentor',
  'console.dates': (start: string, end: string) => `Started ${start} · ends ${end}`,
  'console.month': (n: number, of: number) => `Month ${n} of ${of}`,
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
  'console.rating': (n: number) => `${n} – ${RATINGS_EN[n - 1]}`,
  'console.ratingMissing': 'Choose a rating from 1 to 5.',
  'console.comment': 'Comment (optional)',
  'console.sendFeedback': 'Send feedback',
  'console.thanks': 'Thanks for your feedback',
};
