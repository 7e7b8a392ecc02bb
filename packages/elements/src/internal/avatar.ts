// A member's photo, or their initials on the accent colour when they have none: the card and the console
// show people the same way. The size comes from each element's own `--_photo-size`. A photo from an origin
// the program does not allow (`photoOrigins`) is never fetched, whatever the adapter sent: its host could
// learn who looks at whose card. The initials stand in for it.
import { css, html, type TemplateResult } from 'lit';
import { initialsOf, isAllowedPhoto } from '@mentor-match/core';

export const avatarStyles = css`
  [part~='photo'] {
    flex: none;
    inline-size: var(--_photo-size);
    block-size: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
`;

/**
 * `alt`: the photo's text alternative; '' where the name is said next to it. Initials are hidden from
 * screen readers. `photoOrigins`: the program's (ProgramSettings).
 */
export function avatar(
  member: { name: string; photoUrl?: string | null | undefined },
  alt: string,
  photoOrigins: readonly string[],
): TemplateResult {
  return member.photoUrl && isAllowedPhoto(member.photoUrl, photoOrigins)
    ? html`<img part="photo" src=${member.photoUrl} alt=${alt} />`
    : html`<span part="photo initials" class="initials" aria-hidden="true">${initialsOf(member.name)}</span>`;
}
