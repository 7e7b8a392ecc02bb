// Findings of the WCAG 2.2 audit (issue 13) on the console: where focus lands when a load takes away what
// had it (2.4.3), and the heading levels a host page chooses (1.3.1).
import { expect } from '@open-wc/testing';
import { MentoringError } from '@mentor-match/core';
import { faultyAdapter, until } from '../../test/helpers.ts';
import { actionButton, ask, consoleOf, deepActive, idsIn, part, parts, scene, text } from './console-fixtures.ts';

const where = (node: Element | null | undefined) =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''} "${text(node).slice(0, 40)}"` : 'nothing';

describe('<mentor-relationships-console> accessibility findings', () => {
  it('a request withdrawn while the member was about to accept it: focus follows it to Ended, not the page (2.4.3)', async () => {
    const { world, mia, vera } = await scene();
    const request = await ask(vera, 'mia');
    const el = await consoleOf(mia, { world });
    actionButton(el, request.id, 'accept')!.focus();
    await vera.act(request.id, 'withdraw', { version: request.version });
    await until(() => idsIn(el, 'ended').includes(request.id), 'the withdrawn request in Ended');
    await el.updateComplete;
    await until(() => deepActive() !== document.body, 'focus to land', 1000).catch(() => undefined);
    expect(where(deepActive())).to.equal(where(part(el, `[id="m-${request.id}"]`)));
  });

  it('a request that leaves for folded history: focus on the heading of the section it left (2.4.3)', async () => {
    const { world, mia, vera } = await scene();
    const request = await ask(vera, 'mia');
    const el = await consoleOf(mia, { world });
    el.recentEnded = 0; // every ended mentorship folds into "Older mentorships"
    await el.updateComplete;
    actionButton(el, request.id, 'accept')!.focus();
    await vera.act(request.id, 'withdraw', { version: request.version });
    await until(() => !idsIn(el, 'pending').includes(request.id), 'the request to leave Pending');
    await el.updateComplete;
    await until(() => deepActive() !== document.body, 'focus to land', 1000).catch(() => undefined);
    expect(where(deepActive())).to.equal(where(part(el, '#pending-heading')));
  });

  it('"Try again" after the list failed to load: focus on the console’s title, not the page (2.4.3)', async () => {
    const { vera } = await scene();
    let fail = true;
    const flaky = faultyAdapter(vera, {
      listMentorships: (options) => (fail ? Promise.reject(new MentoringError('network', 'down')) : vera.listMentorships(options)),
    });
    const el = await consoleOf(flaky);
    const retry = part<HTMLButtonElement>(el, '[part="error"] button')!;
    retry.focus();
    fail = false;
    retry.click();
    await until(() => part(el, '[part="empty"]') !== null, 'the list after retrying');
    expect(where(deepActive())).to.equal(where(part(el, '[part="title"]')));
  });

  it('heading-level: the title at that level, sections one below, mentorships two below (1.3.1)', async () => {
    const { world, mia, vera } = await scene();
    await ask(vera, 'mia');
    const el = await consoleOf(mia, { world });
    const levels = () => ({
      title: part(el, '[part="title"]')!.getAttribute('aria-level'),
      sections: [...new Set(parts(el, '[part="heading"]').map((h) => h.getAttribute('aria-level')))],
      items: [...new Set(parts(el, '[part="name"]').map((h) => h.getAttribute('aria-level')))],
    });
    expect(parts(el, '[part="title"], [part="heading"], [part="name"]').every((h) => h.getAttribute('role') === 'heading')).to.equal(true);
    expect(levels()).to.deep.equal({ title: '2', sections: ['3'], items: ['4'] });
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(levels()).to.deep.equal({ title: '3', sections: ['4'], items: ['5'] });
    await expect(el).to.be.accessible();
  });
});
