// Strings of <mentor-profile-dialog> in English, registered when the dialog is imported (French: messages-fr.ts).

export const profileDialogEn = {
  'card.profile.about': 'About',
  'card.profile.offers': 'What they offer as a mentor',
  'card.profile.seeks': 'What they are looking for as a mentee',
  'card.profile.languages': 'Languages',
  'card.profile.meetingModes': 'Ways to meet',
  'card.profile.links': 'Links',
  'card.profile.contact': 'Contact',
};
