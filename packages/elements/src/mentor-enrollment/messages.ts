// Strings of <mentor-enrollment>, English and French. en.ts and fr.ts gather every element's strings.
export const enrollmentEn = {
  'enrollment.title': 'Enrol in the mentoring program',
};

export const enrollmentFr: typeof enrollmentEn = {
  'enrollment.title': 'S’inscrire au programme de mentorat',
};
