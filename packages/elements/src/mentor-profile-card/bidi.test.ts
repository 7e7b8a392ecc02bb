// Member text is isolated from the page's direction (issue 13, 3.1.2 and bidi): a Latin name, headline or
// goals on an Arabic page keep their own order and punctuation, and Arabic text on an English page its own.
import { expect, html } from '@open-wc/testing';
import '../i18n/ar-register.ts';
import { card, enrol, part, scene } from './card-fixtures.ts';
import { consoleOf, ask as askFrom, part as consolePart } from '../mentor-relationships-console/console-fixtures.ts';
import { until } from '../../test/helpers.ts';

const direction = (node: Element | null) => (node ? getComputedStyle(node).direction : 'missing');

describe('member text, bidi-isolated', () => {
  it('a card on an Arabic page: a Latin name, headline and topics run left to right', async () => {
    const { world, viewer } = await scene();
    await enrol(world, 'sam', { profile: { name: 'Dr. Sam Lee (PhD)', headline: 'CTO, Acme Ltd.' }, mentor: {} });
    const el = await card(viewer, html`<mentor-profile-card member-id="sam"></mentor-profile-card>`, 'ar', 'rtl');
    await until(() => part(el, '[part~="name"] button') !== null, 'the card');
    expect(direction(part(el, '[part="card"]'))).to.equal('rtl');
    expect(direction(part(el, '[part~="name"] button'))).to.equal('ltr');
    expect(direction(part(el, '[part="headline"]'))).to.equal('ltr');
    expect(direction(part(el, '[part="topic"]'))).to.equal('ltr');
  });

  it('a card on an English page: an Arabic name runs right to left', async () => {
    const { world, viewer } = await scene();
    await enrol(world, 'huda', { profile: { name: 'هدى الخطيب', headline: 'مهندسة برمجيات' }, mentor: {} });
    const el = await card(viewer, html`<mentor-profile-card member-id="huda"></mentor-profile-card>`);
    await until(() => part(el, '[part~="name"] button') !== null, 'the card');
    expect(direction(part(el, '[part~="name"] button'))).to.equal('rtl');
    expect(direction(part(el, '[part="headline"]'))).to.equal('rtl');
  });

  it('the console on an Arabic page: the partner’s Latin name and goals run left to right', async () => {
    const { world, viewer, ama } = await scene();
    await askFrom(viewer, 'ama');
    const el = await consoleOf(ama, { world, lang: 'ar', dir: 'rtl' });
    expect(direction(consolePart(el, '[part="name"]'))).to.equal('ltr');
    expect(direction(consolePart(el, '[part="details"] dd'))).to.equal('ltr');
  });
});
