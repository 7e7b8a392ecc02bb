import { isSafeHttpUrl } from '@mentor-match/core/safe-url';

/**
 * A link from member data, or undefined (render no link). Lit escapes text but does not sanitise
 * URLs, so a `javascript:` link would otherwise render live.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  return value && isSafeHttpUrl(value) ? value : undefined;
}
