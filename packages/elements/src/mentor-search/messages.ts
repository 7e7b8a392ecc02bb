// Strings of <mentor-search> in English, registered into the
// English catalog when the element's module is imported (French: messages-fr.ts).
// Counts arrive twice: the number (to choose the plural form) and its localised spelling ("1,234" / "1 234").

const enPlural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const searchEn = {
  'search.findMentors': 'Find a mentor',
  'search.findMentees': 'Find a mentee',

  'search.topics': 'Topics',
  'search.topicsAny': 'any',
  'search.topicsSelected': (_n: number, count: string) => `${count} selected`,
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
  'search.withinHours': (h: number) => `Within ${h} ${enPlural(h, 'hour', 'hours')} of me`,
  'search.meetingMode': 'Meeting mode',
  'search.meetingModeAny': 'Any way of meeting',
  'search.text': 'Keywords',
  'search.textHint': 'Searches names, headlines, statements and topics.',
  'search.submit': 'Search',
  'search.clear': 'Clear',

  'search.searching': 'Searching…',
  'search.count.mentors': (n: number, count: string) =>
    n === 0 ? 'No mentors found' : `${count} ${enPlural(n, 'mentor', 'mentors')} found`,
  'search.count.mentees': (n: number, count: string) =>
    n === 0 ? 'No mentees found' : `${count} ${enPlural(n, 'mentee', 'mentees')} found`,
  'search.empty.mentors':
    'No mentor matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.empty.mentees':
    'No mentee matches all of these criteria. Try fewer topics, a wider time difference or fewer keywords.',
  'search.none.mentors': 'No mentors are available at the moment. Please check back later.',
  'search.none.mentees': 'No mentees are looking for a mentor at the moment. Please check back later.',
  'search.clearCriteria': 'Clear all criteria',
  'search.showing': (shown: string, total: string) => `Showing ${shown} of ${total}`,
  'search.showMore': 'Show more',
  'search.loadingMore': 'Loading more…',
  'search.notEnrolled.mentors': 'You can look around now. To send a request, enrol in the mentoring program as a mentee.',
  'search.notEnrolled.mentees': 'You can look around now. To invite a mentee, enrol in the mentoring program as a mentor.',
};
