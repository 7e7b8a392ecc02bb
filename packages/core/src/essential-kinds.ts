// The notifications always emailed at once, whatever a member chose for the rest, and with no link to stop
// them: apart from notifications.ts, so that the email render (notification-templates.ts, which the program
// office's preview loads on a page without the demo) needs none of the rest of it.

/** The program office's word on a member's own standing or concern, and the digests themselves. */
export const ESSENTIAL_KINDS: ReadonlySet<string> = new Set([
  'paused-by-staff', 'resumed-by-staff', 'approved', 'approval-declined', 'suspended', 'suspension-lifted', 'concern-reply', 'digest',
]);

