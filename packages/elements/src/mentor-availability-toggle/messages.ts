// Strings of <mentor-availability-toggle>, English and French. en.ts and fr.ts gather every element's strings.
export const availabilityEn = {
  'availability.title': 'Availability',
};

export const availabilityFr: typeof availabilityEn = {
  'availability.title': 'Disponibilité',
};
