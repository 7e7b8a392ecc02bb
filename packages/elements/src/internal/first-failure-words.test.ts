// The English of errors loads at a page's first failure (i18n/localize.ts `loadErrorSentences`). Calls made
// through <mentor-program>'s cache wait for it before failing (resource-cache.ts); the calls that go straight to
// the adapter (the cohorts', the email preferences') must wait too, or their error shows an empty sentence until
// the words arrive. This file's page starts without the words, and holds their download back to look.
import { expect, html } from '@open-wc/testing';
import { MentoringError, type MentoringAdapter } from '@mentor-match/core';
import { loadErrorSentences } from '../i18n/localize.ts';
import { faultyAdapter, inProgram, until } from '../../test/helpers.ts';
import { cohortWorld, createCohort } from '../../test/cohorts.ts';
import { enrol, text } from '../mentor-profile-card/card-fixtures.ts';
import '../mentor-cohort-application/define.ts';
import '../mentor-notification-preferences/define.ts';

const refused = () => Promise.reject(new MentoringError('forbidden', 'Not for this member.'));
const errorOf = (el: Element) => el.shadowRoot?.querySelector('[part="error"] p') ?? null;

async function mount(adapter: MentoringAdapter, tag: string): Promise<Element> {
  const { element } = await inProgram<Element>(adapter, html`<div lang="en-GB">${tag === 'cohorts'
    ? html`<mentor-cohort-application .now=${new Date('2026-11-23T09:00:00.000Z')}></mentor-cohort-application>`
    : html`<mentor-notification-preferences></mentor-notification-preferences>`}</div>`, tag === 'cohorts' ? 'mentor-cohort-application' : 'mentor-notification-preferences');
  return element;
}

describe('a failed call past the cache, before the error words are on the page', () => {
  it('shows its error only with its words: the cohorts’ list and the email preferences', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The page's first failure starts the download; this one is held until the elements have failed.
    void loadErrorSentences(async () => {
      await held;
      return import('../i18n/error-sentences.ts');
    });
    const world = cohortWorld();
    const mel = await enrol(world, 'mel', { mentee: { topics: ['leadership'] } });
    await createCohort(world);
    const elements = [
      await mount(faultyAdapter(mel, { listCohorts: refused } as Partial<MentoringAdapter>), 'cohorts'),
      await mount(faultyAdapter(mel, { getNotificationPreferences: refused }), 'preferences'),
    ];
    // Half a second of frames: no error is shown without its sentence.
    const until500 = performance.now() + 500;
    while (performance.now() < until500) {
      for (const el of elements) {
        const shown = errorOf(el);
        if (shown) expect(text(shown), `${el.localName} shows an empty error`).to.not.equal('');
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    release();
    for (const el of elements) {
      await until(() => text(errorOf(el)) === 'You are not allowed to do that.', `${el.localName}'s error in words`);
    }
  });
});
