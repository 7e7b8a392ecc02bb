// The mentor ribbon on a card: "Mentor · N mentorships completed", in words, for a mentor with a completed
// mentorship (and nothing for anyone else), counting up as mentorships complete, in each language's plural
// forms, and on search results. Real MemoryBackend, real Chromium.
import { expect, html } from '@open-wc/testing';
import { until } from '../../test/helpers.ts';
import { recognitionEn, recognitionLocales } from '../i18n/recognition.ts';
import { formatFor } from '../i18n/format.ts';
import { ask, card, enrol, part, scene, text } from './card-fixtures.ts';
import type { MentorProfileCard } from './mentor-profile-card.ts';

const ribbon = (el: MentorProfileCard) => part(el, 'mentor-ribbon');
/** The ribbon's words, once its module has downloaded and it has rendered. */
async function ribbonText(el: MentorProfileCard): Promise<string> {
  await until(() => (ribbon(el)?.shadowRoot?.textContent ?? '') !== '', 'the ribbon to show its words');
  return text(ribbon(el)!.shadowRoot as unknown as Element);
}

/** Ama (scene) mentors `menteeId` to the end: asked, accepted, completed. */
async function complete(world: Awaited<ReturnType<typeof scene>>['world'], menteeId: string) {
  const request = await ask(world.backend.adapterFor(menteeId), 'ama');
  const ama = world.backend.adapterFor('ama');
  await ama.act(request.id, 'accept', { version: request.version });
  await ama.act(request.id, 'complete');
}

describe('<mentor-profile-card>: the mentor ribbon', () => {
  it('shows nothing for a mentor with no completed mentorship', async () => {
    const { viewer } = await scene();
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    await until(() => part(el, '[part~="name"]') !== null, 'the card');
    expect(ribbon(el)).to.equal(null);
  });

  it('says in words how many mentorships the mentor completed, and counts up as another completes', async () => {
    const { world, viewer } = await scene();
    await enrol(world, 'kim', { profile: { name: 'Kim Lee' }, mentee: {} });
    await complete(world, 'kim');
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    expect(await ribbonText(el)).to.equal('Mentor · 1 mentorship completed');
    await expect(el).to.be.accessible();

    await enrol(world, 'lou', { profile: { name: 'Lou Martin' }, mentee: {} });
    await complete(world, 'lou');
    await until(() => text(ribbon(el)!.shadowRoot as unknown as Element) === 'Mentor · 2 mentorships completed', 'the count to go up');
    // Text, with a visible border (not colour alone): forced colours keep the border as CanvasText.
    expect(getComputedStyle(ribbon(el)!).borderTopStyle).to.equal('solid');
  });

  it('in the page’s language, with its plural forms', async () => {
    const { world, viewer } = await scene();
    for (const id of ['kim', 'lou']) {
      await enrol(world, id, { mentee: {} });
      await complete(world, id);
    }
    const fr = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`, 'fr');
    expect(await ribbonText(fr)).to.equal('Mentor · 2 mentorats menés à terme');
    const ar = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`, 'ar', 'rtl');
    expect(await ribbonText(ar)).to.equal('مرشد · علاقتا إرشاد مكتملتان');
    await expect(ar).to.be.accessible();
  });

  it('on search results', async () => {
    const { world, viewer } = await scene();
    await enrol(world, 'kim', { mentee: {} });
    await complete(world, 'kim');
    const { hits } = await viewer.search({ find: 'mentors', text: 'Ama' });
    const el = await card(viewer, html`<mentor-profile-card .hit=${hits[0]} show-as="mentor"></mentor-profile-card>`);
    expect(await ribbonText(el)).to.equal('Mentor · 1 mentorship completed');
  });
});

describe('the ribbon’s words', () => {
  const COUNTS = [1, 2, 3, 5, 11, 100, 1234];
  for (const [lang, messages] of Object.entries({ en: recognitionEn, ...recognitionLocales })) {
    it(`${lang}: a form for every count, its number written by Intl`, () => {
      for (const n of COUNTS) {
        const out = messages['ribbon.completed'](n, formatFor(`${lang}-u-nu-arab`));
        expect(out, `${lang} ${n}`).to.match(/·/);
        expect(/[0-9]/.test(out), `${lang} ${n} wrote a digit itself: ${out}`).to.equal(false);
      }
    });
  }
});
