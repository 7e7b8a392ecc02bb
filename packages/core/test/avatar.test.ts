// The generated initials avatars (avatar.ts): what the profile card shows for a member without a photo.
import { expect } from '@open-wc/testing';
import { AVATAR_COLORS, avatarDataUrl, initialsOf } from '../src/index.ts';

/** WCAG contrast ratio of white on a #rrggbb colour. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('avatars', () => {
  it('render as images in the browser', async () => {
    const img = new Image();
    img.src = avatarDataUrl('ŁW', '#1d4ed8');
    await img.decode();
    expect(img.naturalWidth).to.be.greaterThan(0);
  });

  it('have initials from the first and last word, diacritics kept', () => {
    expect(initialsOf('Adébáyọ̀ Ọlátúnjí')).to.equal('AỌ');
    expect(initialsOf('Nguyễn Thị Hương')).to.equal('NH');
    expect(initialsOf('Mele ʻAna')).to.equal('MA');
    expect(initialsOf('łukasz wójcik')).to.equal('ŁW');
    expect(initialsOf('Ngozi')).to.equal('N');
  });

  it('use colours with at least 4.5:1 contrast for white text', () => {
    for (const color of AVATAR_COLORS) expect(contrastWithWhite(color), color).to.be.at.least(4.5);
  });
});
