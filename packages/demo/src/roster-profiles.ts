// Professional content for the demo roster: job titles by industry and career stage, the kinds of
// organisation people work for, and the sentences bios, statements and requests are built from.
// Keyed by the default program's ids; a program with its own taxonomy gets generic wording.

/**
 * The six stages the titles are written for, earliest first. A program with a different list of
 * career stages is mapped onto these by rank.
 */
export const STAGE_STEPS = 6;

/** Titles by industry, one pair per stage step (student … retired). */
export const TITLES: Record<string, readonly (readonly [string, string])[]> = {
  academia: [
    ['PhD candidate', 'Master’s student'],
    ['Postdoctoral researcher', 'Research associate'],
    ['Associate professor', 'Senior lecturer'],
    ['Professor', 'Principal investigator'],
    ['Dean of research', 'Vice-provost'],
    ['Professor emeritus', 'Retired professor'],
  ],
  healthcare: [
    ['Medical student', 'Nursing student'],
    ['Junior doctor', 'Clinical research nurse'],
    ['Consultant physician', 'Clinical trials manager'],
    ['Head of clinical research', 'Senior consultant'],
    ['Chief medical officer', 'Hospital director'],
    ['Retired physician', 'Former hospital director'],
  ],
  pharma: [
    ['Pharmacy student', 'Biochemistry student'],
    ['Research scientist', 'Clinical data analyst'],
    ['Senior scientist', 'Regulatory affairs manager'],
    ['Principal scientist', 'Director of biostatistics'],
    ['VP, clinical development', 'Chief scientific officer'],
    ['Retired drug developer', 'Former head of R&D'],
  ],
  government: [
    ['Public policy student', 'Policy intern'],
    ['Policy analyst', 'Statistician'],
    ['Senior policy adviser', 'Programme manager'],
    ['Head of analysis', 'Chief statistician'],
    ['Director general', 'Permanent secretary'],
    ['Retired civil servant', 'Former chief economist'],
  ],
  consulting: [
    ['Business student', 'Analytics intern'],
    ['Associate consultant', 'Business analyst'],
    ['Consultant', 'Engagement manager'],
    ['Principal', 'Senior manager'],
    ['Partner', 'Managing director'],
    ['Retired partner', 'Independent adviser'],
  ],
  technology: [
    ['Computer science student', 'Software engineering intern'],
    ['Software engineer', 'Data analyst'],
    ['Senior data scientist', 'Product manager'],
    ['Staff engineer', 'Head of data'],
    ['Chief technology officer', 'VP of engineering'],
    ['Retired engineer', 'Former CTO'],
  ],
  finance: [
    ['Economics student', 'Finance intern'],
    ['Risk analyst', 'Junior actuary'],
    ['Quantitative analyst', 'Actuary'],
    ['Head of risk', 'Senior portfolio manager'],
    ['Chief risk officer', 'Chief financial officer'],
    ['Retired actuary', 'Former CFO'],
  ],
  nonprofit: [
    ['Social policy student', 'Volunteer coordinator'],
    ['Programme officer', 'Monitoring and evaluation officer'],
    ['Programme manager', 'Research manager'],
    ['Director of programmes', 'Head of impact'],
    ['Executive director', 'Chief executive'],
    ['Retired charity director', 'Trustee'],
  ],
  manufacturing: [
    ['Engineering student', 'Process engineering intern'],
    ['Process engineer', 'Quality analyst'],
    ['Quality manager', 'Production planner'],
    ['Head of quality', 'Plant manager'],
    ['Operations director', 'Chief operating officer'],
    ['Retired plant manager', 'Former operations director'],
  ],
  energy: [
    ['Environmental science student', 'Energy policy intern'],
    ['Energy analyst', 'Field engineer'],
    ['Grid planning engineer', 'Sustainability manager'],
    ['Head of forecasting', 'Principal engineer'],
    ['Chief sustainability officer', 'Managing director'],
    ['Retired energy engineer', 'Former head of strategy'],
  ],
};

/** Generic titles for an industry the tables above do not know. */
export const GENERIC_TITLES: readonly (readonly [string, string])[] = [
  ['Student', 'Graduate student'],
  ['Associate', 'Analyst'],
  ['Specialist', 'Manager'],
  ['Senior manager', 'Head of department'],
  ['Director', 'Executive'],
  ['Retired professional', 'Independent adviser'],
];

/** Where people work, by industry ("Senior scientist at a vaccine company"). */
export const ORGANISATIONS: Record<string, readonly string[]> = {
  academia: ['a research university', 'a medical school', 'a public health institute', 'a technical university'],
  healthcare: ['a teaching hospital', 'a children’s hospital', 'a community health service', 'a cancer centre'],
  pharma: ['a vaccine company', 'a mid-size biotech', 'a contract research organisation', 'a generics manufacturer'],
  government: ['the national statistics office', 'a health ministry', 'a city council', 'an environment agency'],
  consulting: ['a strategy consultancy', 'a health-economics consultancy', 'a boutique analytics firm'],
  technology: ['a fintech start-up', 'a cloud software company', 'a health-tech scale-up', 'an open-source foundation'],
  finance: ['a pension fund', 'an insurer', 'a development bank', 'a retail bank'],
  nonprofit: ['a global health charity', 'a foundation', 'a humanitarian NGO', 'a patient association'],
  manufacturing: ['a medical-device maker', 'an automotive supplier', 'a food manufacturer'],
  energy: ['a wind-energy developer', 'a grid operator', 'a solar co-operative', 'a utility'],
};

/** Topics that are more common among members of an industry (x3), or at a career stage. */
export const INDUSTRY_TOPICS: Record<string, readonly string[]> = {
  academia: ['research-methods', 'publishing', 'grant-writing', 'teaching', 'industry-transition'],
  healthcare: ['research-methods', 'regulatory', 'statistics', 'management'],
  pharma: ['regulatory', 'statistics', 'industry-transition', 'data-science'],
  government: ['statistics', 'public-speaking', 'management', 'data-science'],
  consulting: ['negotiation', 'public-speaking', 'networking', 'entrepreneurship'],
  technology: ['data-science', 'entrepreneurship', 'leadership', 'negotiation'],
  finance: ['statistics', 'negotiation', 'data-science', 'leadership'],
  nonprofit: ['grant-writing', 'management', 'public-speaking', 'international-careers'],
  manufacturing: ['management', 'leadership', 'regulatory'],
  energy: ['data-science', 'regulatory', 'entrepreneurship', 'international-careers'],
};
export const EARLY_CAREER_TOPICS: readonly string[] = ['career-planning', 'job-search', 'networking', 'work-life'];
export const SENIOR_TOPICS: readonly string[] = ['leadership', 'management', 'career-planning', 'negotiation'];

/** Years of experience by stage step. */
export const YEARS: readonly (readonly [number, number])[] = [[0, 0], [1, 4], [5, 14], [12, 25], [18, 35], [30, 45]];

export const PASTIMES: readonly string[] = [
  'run trails', 'play the cello', 'coach a youth football team', 'bake bread', 'volunteer at a community garden',
  'read crime fiction', 'learn languages', 'go climbing', 'photograph birds', 'cook for friends', 'play chess',
  'sing in a choir', 'cycle everywhere', 'swim in the sea', 'restore old furniture', 'play in a jazz band',
  'grow vegetables', 'hike with my dog', 'write short stories', 'dance salsa',
];

export const MENTOR_APPROACHES: readonly string[] = [
  'I like to meet monthly and agree clear goals at the start.',
  'Happy to review CVs, grant drafts and conference talks.',
  'I was mentored early on and want to pass it on.',
  'I listen first, then ask the questions that help you decide.',
  'I can introduce you to people in my network where it helps.',
  'Expect honest feedback and practical next steps.',
  'I have changed sectors twice and enjoy talking through big moves.',
];

export const MENTEE_GOALS: readonly string[] = [
  'I am preparing to move from academia to industry.',
  'I want to lead my first team next year.',
  'I would like a sounding board for a career change.',
  'I am writing my first grant application.',
  'I want to build confidence presenting my work.',
  'I am looking for my next role and want a fresh perspective.',
  'I have just moved countries and want to understand the local job market.',
  'I want to publish my thesis work and learn the peer-review process.',
];

export const REQUEST_GOALS: readonly string[] = [
  'Agree a 6-month plan and check in monthly.',
  'Prepare for a promotion conversation.',
  'Get feedback on a grant proposal before the deadline.',
  'Practise a conference talk and handle questions.',
  'Map out options for moving into industry.',
  'Build a network in a new country.',
];

export const REQUEST_MESSAGES: readonly string[] = [
  'Your profile stood out to me, especially your experience with {topic}. Would you be open to mentoring me?',
  'I think we could work well together on {topic}. Happy to adapt to your schedule.',
  'A colleague recommended I reach out. I would value your perspective on {topic}.',
  'I read your statement and it matches what I am looking for in {topic}.',
];

export const INVITE_MESSAGES: readonly string[] = [
  'I enjoyed reading your profile and would be glad to mentor you on {topic}.',
  'I have a place free this term and your goals around {topic} are a good fit.',
];

export const FEEDBACK_COMMENTS: readonly string[] = [
  'Clear, kind and practical. Thank you!',
  'Our sessions helped me make a decision I had put off for a year.',
  'A great listener who asked the right questions.',
  'Motivated and well prepared every time we met.',
  'Very rewarding on both sides.',
];
