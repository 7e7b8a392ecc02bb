// Whether the request badge can be used and, when it cannot, why. The guards are core's (`requestRefusal`, in
// the order the adapter checks them when the request is sent), asked with what the card holds: the member as
// the viewer sees them, and the viewer's own record and counts. This only spares the member a refusal; the
// adapter checks everything again. The words beside a refused badge are in badge-note.ts, loaded when a card
// first shows one (rare-parts.ts).
import type { MemberView, ProgramSettings, Relation, RequestStanding, Role, Viewer } from '@mentor-match/core';
import { requestRefusal, type RequestRefusal } from '@mentor-match/core/request-guards';
import { requesterStanding } from '@mentor-match/core/standing';

export interface BadgeFacts {
  view: MemberView;
  /** The role the card shows the member in: the one they would take in the mentorship. */
  role: Role;
  viewer: Viewer;
  settings: ProgramSettings;
  /** The live mentorship between viewer and member, if any. */
  relation: Relation | null;
}

/** A request from the viewer to the member shown, in core's terms. */
function standing({ view, role, viewer, relation, settings }: BadgeFacts): RequestStanding {
  const me = viewer.member;
  const viewerRole: Role = role === 'mentor' ? 'mentee' : 'mentor';
  return {
    self: view.id === me.id,
    // The viewer's own record says all of their side; the view shows the member as the adapter would judge them.
    ...requesterStanding(me, viewerRole, settings),
    recipientEnrolled: view[role] !== null,
    recipientPaused: view.availability.status === 'paused',
    pairHasLiveMentorship: relation !== null,
    // The adapter sends it only while the cooldown runs, judged by the program's clock.
    coolingDown: view.requestAgainAt !== undefined,
    mentorActiveMentees: role === 'mentor' ? (view.mentor?.activeMentees ?? 0) : viewer.activeAsMentor,
    mentorCapacity: role === 'mentor' ? (view.mentor?.capacity ?? 0) : me.availability.capacity,
    menteeActiveMentors: role === 'mentee' ? (view.mentee?.activeMentors ?? 0) : viewer.activeAsMentee,
    requesterOpenRequests: viewer.openRequestsSent,
  };
}

/** Why a request cannot be sent (or what one already led to), in core's terms; null when the badge can be used. */
export const badgeRefusal = (facts: BadgeFacts): RequestRefusal | null => requestRefusal(standing(facts), facts.settings);
