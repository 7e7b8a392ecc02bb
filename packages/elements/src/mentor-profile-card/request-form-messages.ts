// Strings of <mentor-request-form> in English, registered when the form is imported (French: messages-fr.ts).

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
  'card.form.checkField': 'Please check this field.',
};
