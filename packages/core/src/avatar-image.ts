// Avatars generated locally: initials (avatar.ts) on a coloured circle as a small SVG data URL, so the demo
// needs no network and no image files. Percent-encoded with encodeURIComponent (core has no DOM, so no btoa),
// which is also what makes initials like "Ł" or "Ọ̀" survive in a URL.

/**
 * Backgrounds for white initials, each with a contrast ratio of at least 4.5:1 against #fff
 * (WCAG AA for text), checked in the tests.
 */
export const AVATAR_COLORS: readonly string[] = [
  '#b91c1c', '#c2410c', '#a16207', '#15803d', '#0f766e', '#0e7490',
  '#1d4ed8', '#4338ca', '#6d28d9', '#a21caf', '#be185d', '#475569',
];

/** A `data:image/svg+xml` URL of the initials in white on `color`, about 300–400 bytes. */
export function avatarDataUrl(initials: string, color: string): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>` +
    `<circle cx='32' cy='32' r='32' fill='${color}'/>` +
    `<text x='50%' y='50%' dy='.35em' text-anchor='middle' font-family='system-ui,sans-serif' font-size='26' fill='#fff'>` +
    `${escapeXml(initials)}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
