// The mentoring service's reads: the operations of the MentoringAdapter contract that change nothing (the
// program, the viewer, a member, search, the viewer's mentorships and concerns). MentoringService
// (mentoring-service.ts) adds the changes; they are apart so a page on the in-page demo downloads the changes'
// rules (enrolment, requests and actions, feedback, concerns) with a member's first change, not before the
// first search (memory-adapter.ts). The server runs MentoringService, the whole of both.
import { concernForMember } from '../concerns.ts';
import { notFound, parseInput } from '../errors.ts';
import { isEnrolled } from '../enrolment.ts';
import { partnerOf } from '../lifecycle.ts';
import { DEFAULT_SEARCH_LIMIT } from '../matching.ts';
import { Id } from '../schemas/common.ts';
import type { Concern } from '../schemas/concern.ts';
import type { MemberView, Viewer } from '../schemas/member.ts';
import type { MentorshipItem } from '../schemas/mentorship.ts';
import { SearchQuery, type SearchPage } from '../schemas/search.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { isShownTo, memberViewFor } from '../views.ts';
import { mentorshipFor } from '../visibility.ts';
import { ServiceCalls, type Caller } from './calls.ts';
import { wait, type Awaitable } from './op.ts';
import { memberIn, relationsAmong, relationsOf, viewerOf, viewerRecord } from './unit.ts';

export class MentoringReads extends ServiceCalls {
  /** The program settings; no sign-in needed. */
  getProgram(): Awaitable<ProgramSettings> {
    return this.store.read((tx) => wait(tx.program()));
  }

  getViewer(caller: Caller | null): Awaitable<Viewer> {
    return this.read(caller, function* (tx, call) {
      return yield* viewerOf(tx, yield* viewerRecord(tx, call.viewerId), call.staff);
    });
  }

  /** Another member (or the viewer) as the viewer may see them; members outside the program only to those who know them. */
  getMember(caller: Caller | null, id: string): Awaitable<MemberView> {
    return this.read(caller, function* (tx, { viewerId, settings, now }) {
      const memberId = parseInput(Id, id, 'member id', 'id');
      const member = yield* wait(tx.member(memberId));
      if (!member) throw notFound('member', memberId);
      const relations = yield* relationsOf(tx, viewerId);
      if (!isShownTo(member, viewerId, relations)) throw notFound('member', memberId);
      const counts = yield* wait(tx.activeCounts([member.id]));
      return memberViewFor(viewerId, member, relations, counts(member.id), { settings, now });
    });
  }

  /**
   * The store ranks (matching.ts): a partner is matched on their whole profile, anyone else on their public
   * one, so a hidden field can neither match a criterion nor show in a reason.
   */
  search(caller: Caller | null, query: SearchQuery): Awaitable<SearchPage> {
    return this.read(caller, function* (tx, { viewerId, settings, now }) {
      const me = yield* viewerRecord(tx, viewerId);
      const parsed = parseInput(SearchQuery, query, 'search query');
      const offset = parsed.offset ?? 0;
      const limit = parsed.limit ?? DEFAULT_SEARCH_LIMIT;
      const relations = yield* relationsOf(tx, viewerId);
      const partners = new Set([...relations].filter(([, relation]) => relation.isPartner).map(([id]) => id));
      const { total, page } = yield* wait(
        tx.rankMembers({ query: { ...parsed, offset, limit }, viewer: isEnrolled(me) ? me : null, partners, settings, now }),
      );
      const hits = page.map(({ member, counts, score, reasons }) => ({
        member: memberViewFor(viewerId, member, relations, counts, { settings, now }),
        score,
        reasons,
      }));
      return { total, offset, limit, hits };
    });
  }

  /**
   * The viewer's mentorships in every state, newest first, each with the other member as the viewer sees
   * them, and only the viewer's own feedback (evaluations go to the program office).
   */
  listMentorships(caller: Caller | null): Awaitable<MentorshipItem[]> {
    return this.read(caller, function* (tx, { viewerId, settings, now }) {
      const mine = yield* wait(tx.mentorshipsOf(viewerId));
      const relations = relationsAmong(mine, viewerId);
      const partnerIds = [...new Set(mine.map((m) => partnerOf(m, viewerId)))];
      const partners = yield* wait(tx.members(partnerIds));
      const counts = yield* wait(tx.activeCounts(partnerIds));
      return mine.map((m) => {
        const partner = memberIn(partners, partnerOf(m, viewerId));
        return {
          mentorship: mentorshipFor(m, viewerId),
          partner: memberViewFor(viewerId, partner, relations, counts(partner.id), { settings, now }),
        };
      });
    });
  }

  /** The concerns the viewer raised, newest first, with their status and staff's replies. */
  listConcerns(caller: Caller | null): Awaitable<Concern[]> {
    return this.read(caller, function* (tx, { viewerId }) {
      return (yield* wait(tx.concernsRaisedBy(viewerId))).map(concernForMember);
    });
  }
}
