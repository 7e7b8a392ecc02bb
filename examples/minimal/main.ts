// A page with no custom elements: the core domain alone, on MemoryAdapter and the demo roster.
// Member text is set with textContent, never as HTML.
import {
  DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE, MemoryBackend, generateRoster, type MatchReason,
} from '@mentor-match/core';

const roster = generateRoster({ size: DEMO_ROSTER_SIZE, seed: DEMO_ROSTER_SEED });
const backend = new MemoryBackend({ members: roster.members, mentorships: roster.mentorships });
const viewer = roster.members.find((member) => member.mentee !== null)!;
const adapter = backend.adapterFor(viewer.id);

const form = document.querySelector<HTMLFormElement>('#search')!;
const topicSelect = form.elements.namedItem('topic') as HTMLSelectElement;
const settings = await adapter.getProgram();
for (const topic of settings.topics) topicSelect.add(new Option(topic.label, topic.id));

function describe(reason: MatchReason): string {
  switch (reason.kind) {
    case 'topics': return `shares ${reason.topics.map((t) => t.label).join(', ')}`;
    case 'industry': return `same industry (${reason.industry.label})`;
    case 'career-stage': return `${reason.stage.label}`;
    case 'languages': return `speaks ${reason.languages.join(', ')}`;
    case 'time-zone': return reason.hoursApart === 0 ? 'same time zone' : `${reason.hoursApart} h apart`;
    case 'meeting-modes': return `meets by ${reason.modes.join(', ')}`;
  }
}

async function search(): Promise<void> {
  const data = new FormData(form);
  const topic = String(data.get('topic') ?? '');
  const text = String(data.get('text') ?? '').trim();
  const page = await adapter.search({ find: 'mentors', ...(topic ? { topics: [topic] } : {}), ...(text ? { text } : {}) });
  document.querySelector('#count')!.textContent = `${page.total} mentors found (signed in as ${viewer.name})`;
  const list = document.querySelector('#results')!;
  list.replaceChildren(
    ...page.hits.map((hit) => {
      const item = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = `${hit.member.name} — ${Math.round(hit.score * 100)}%`;
      const reasons = document.createElement('div');
      reasons.className = 'reasons';
      reasons.textContent = hit.reasons.map(describe).join(' · ');
      item.append(name, document.createElement('br'), hit.member.headline ?? '', reasons);
      return item;
    }),
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
void search();
