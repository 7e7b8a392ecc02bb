// Member data in the viewer’s words: topic labels, the location line, match reasons.
// Pure functions of the data and the localisation layer, shared by the card and its profile dialog.
import type { MatchReason, MemberView, ProgramSettings } from '@mentor-match/core';
import { isKnownTimeZone, utcOffsetHours } from '@mentor-match/core/time-zone';
import type { Localize } from '../i18n/localize.ts';
import { topicWord } from '../internal/program-words.ts';
import { wordList } from '../internal/program-word-list.ts';
import { sentence } from '../internal/isolate.ts';

/** "Nairobi, Kenya · 14:05 local time · 2 h ahead"; what the member hides is left out. */
export function locationLine(i18n: Localize, view: MemberView, viewerZone: string | undefined, now = new Date()): string {
  const parts = [[view.city, view.country && i18n.regionName(view.country)].filter(Boolean).join(', ')];
  const zone = view.timeZone;
  // A `.member` set from script is not validated, so an unknown zone must not throw here.
  if (zone && isKnownTimeZone(zone)) {
    parts.push(i18n.t('card.localTime', i18n.time(now, zone)));
    if (viewerZone && isKnownTimeZone(viewerZone)) {
      const diff = utcOffsetHours(zone, now) - utcOffsetHours(viewerZone, now);
      parts.push(diff === 0 ? i18n.t('hoursApart', 0) : i18n.t(diff > 0 ? 'card.ahead' : 'card.behind', Math.abs(diff)));
    }
  }
  return parts.filter(Boolean).join(' · ');
}

/**
 * "Shares 3 topics: Leadership, Grant writing and Statistics", "Both speak French", "2 h apart", …; the
 * topics are the program's words, each marked with its language where it has none in the page's.
 */
export function reasonText(i18n: Localize, settings: ProgramSettings, reason: MatchReason): string | unknown[] {
  switch (reason.kind) {
    case 'topics':
      return sentence(i18n, 'card.reason.topics', reason.topics.length, wordList(i18n, reason.topics.map((topic) => topicWord(i18n, settings, topic.id, topic.label))));
    case 'industry':
      return i18n.t('card.reason.industry');
    case 'career-stage':
      return i18n.t(`card.reason.${reason.relation}` as const);
    case 'languages':
      return i18n.t('card.reason.languages', i18n.list(reason.languages.map((code) => i18n.languageName(code))));
    case 'time-zone':
      return reason.hoursApart === 0
        ? i18n.t('card.reason.sameZone')
        : i18n.t('card.reason.hoursApart', reason.hoursApart);
    case 'meeting-modes':
      return i18n.t(
        'card.reason.meets',
        i18n.list(reason.modes.map((mode) => i18n.t(`card.meet.${mode}` as const)), 'disjunction'),
      );
  }
}
