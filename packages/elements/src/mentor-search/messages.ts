// Strings of <mentor-search>, English and French. en.ts and fr.ts gather every element's strings.
export const searchEn = {
  'search.findMentors': 'Find a mentor',
  'search.findMentees': 'Find a mentee',
};

export const searchFr: typeof searchEn = {
  'search.findMentors': 'Trouver un mentor',
  'search.findMentees': 'Trouver un mentoré',
};
