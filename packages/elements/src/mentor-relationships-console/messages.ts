// Strings of <mentor-relationships-console>, English and French. en.ts and fr.ts gather every element's strings.
export const consoleEn = {
  'console.title': 'My mentoring',
};

export const consoleFr: typeof consoleEn = {
  'console.title': 'Mon mentorat',
};
