// Strings of <mentor-profile-card> and its request form, English and French.
export const cardEn = {
  'card.requestAsMentor': 'Request as mentor',
  'card.inviteAsMentee': 'Invite as mentee',
};

export const cardFr: typeof cardEn = {
  'card.requestAsMentor': 'Demander comme mentor',
  'card.inviteAsMentee': 'Inviter comme mentoré',
};
