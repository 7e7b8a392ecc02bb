// The elements as React components: props typed from each element, events as onMentor… handlers typed with
// the event's class. The request a member sends from a card in <MentorSearch> reaches the app, which lists it;
// <MentorRelationshipsConsole> in the same program shows it pending at once; <MentorNotifications> is the bell.
import { useState } from 'react';
import { MentorNotifications, MentorProgram, MentorRelationshipsConsole, MentorSearch, type MentorRequestSentEvent } from '@mentor-match/react';

export function App() {
  const [sent, setSent] = useState<string[]>([]);
  const onRequestSent = (event: MentorRequestSentEvent) => setSent((ids) => [...ids, event.mentorship.id]);
  return (
    <main>
      <h1>Find a mentor</h1>
      <MentorProgram demo>
        <MentorNotifications />
        <MentorSearch find="mentors" pageSize={5} onMentorRequestSent={onRequestSent} />
        <MentorRelationshipsConsole headingLevel={2} />
      </MentorProgram>
      <p role="status" aria-label="Requests sent from this page">
        {sent.length === 0 ? 'No request sent yet.' : `${sent.length} request sent (${sent.join(', ')}).`}
      </p>
    </main>
  );
}
