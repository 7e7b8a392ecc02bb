// Text spacing (WCAG 1.4.12) over every story of the built Storybook: with line height 1.5, paragraph spacing
// 2em, letter spacing 0.12em and word spacing 0.16em forced on the page and inside every shadow root, no text
// is cut off by a box that hides its overflow, and none runs out of its box over what is next to it. Left to
// right on a desktop, and right to left at 320 px (where boxes are narrowest). Beside the axe and reflow walk
// of storybook.node.test.ts, over the same stories.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REFLOW_WIDTH, clippedText, overrideTextSpacing, spilledText } from './a11y-checks.ts';
import { openStorybook, openStory, showStory, type StorybookSite } from './storybook-site.ts';

let site: StorybookSite;

before(async () => {
  site = await openStorybook();
});

after(async () => {
  await site?.close();
});

describe('the built Storybook, text spacing (1.4.12)', () => {
  for (const [direction, width] of [['ltr', 1024], ['rtl', REFLOW_WIDTH]] as const) {
    it(`every story, ${direction === 'rtl' ? 'right to left' : 'left to right'} at ${width} px: no text clipped or spilling with the override`, async () => {
      const stories = site.entries.filter((entry) => entry.type === 'story');
      const { page } = await openStory(site, stories[0]!.id, { globals: `;direction:${direction}` });
      await page.setViewportSize({ width, height: 720 });
      const failures: string[] = [];
      for (const [index, story] of stories.entries()) {
        // The first is shown already (asking for the story shown renders nothing).
        const outcome = index === 0 ? 'ok' : await showStory(page, story);
        if (outcome !== 'ok') failures.push(`${story.id}: ${outcome}`);
        // The story's program loads from its in-memory backend, and play functions open dialogs.
        await page.waitForTimeout(400);
        await overrideTextSpacing(page);
        // Let the new spacing lay out (two frames).
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        for (const line of [...(await clippedText(page)), ...(await spilledText(page))]) failures.push(`${story.id}: ${line}`);
      }
      await page.close();
      assert.deepEqual(failures, []);
    });
  }
});
