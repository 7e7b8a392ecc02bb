// Findings of the WCAG 2.2 audit (issue 13) on the card and its request form: member text isolated from the
// page's direction (a Latin name, headline or goals on an Arabic page keep their own order and punctuation,
// Arabic text on an English page its own), and the form's checkboxes beside their labels, not stretched.
import { expect, html } from '@open-wc/testing';
import '../i18n/ar-register.ts';
import { card, enrol, part, scene } from './card-fixtures.ts';
import { consoleOf, ask as askFrom, part as consolePart } from '../mentor-relationships-console/console-fixtures.ts';
import { until } from '../../test/helpers.ts';

const direction = (node: Element | null) => (node ? getComputedStyle(node).direction : 'missing');

describe('the request form’s areas of guidance', () => {
  it('each checkbox keeps its own size, on the line of its label', async () => {
    const { viewer } = await scene();
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    await until(() => part(el, '[part~="badge"]') !== null, 'the badge');
    part<HTMLButtonElement>(el, '[part~="badge"]')!.click();
    await until(() => part<HTMLDialogElement>(el, 'dialog', 'form')?.open === true, 'the request form');
    for (const box of [...part(el, 'fieldset', 'form')!.querySelectorAll('input[type="checkbox"]')]) {
      const label = box.closest('label')!;
      const boxRect = box.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
      expect(boxRect.height, 'not stretched to a field’s height').to.be.below(30);
      expect(label.getBoundingClientRect().height, 'box and label on one line').to.be.below(lineHeight * 1.6 + 16);
    }
  });
});

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

  it('text in a language the member stated is marked with it (3.1.2)', async () => {
    const { world, viewer } = await scene();
    await enrol(world, 'lea', { profile: { name: 'Léa Martin', headline: 'Directrice de recherche', textLanguage: 'fr' }, mentor: {} });
    const el = await card(viewer, html`<mentor-profile-card member-id="lea"></mentor-profile-card>`);
    await until(() => part(el, '[part="headline"]') !== null, 'the card');
    expect(part(el, '[part="headline"]')!.getAttribute('lang')).to.equal('fr');
    const unstated = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    await until(() => part(unstated, '[part="headline"]') !== null, 'the other card');
    expect(part(unstated, '[part="headline"]')!.hasAttribute('lang'), 'no language stated: none claimed').to.equal(false);
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
    const [areas, goals] = [...consolePart(el, '[part="details"]')!.querySelectorAll('dd')];
    expect(direction(goals ?? null), 'the goals, the member’s own words').to.equal('ltr');
    // The areas are an Arabic list of the program's words: each English label isolated and marked as English.
    const area = areas!.querySelector('bdi');
    expect(area?.getAttribute('lang')).to.equal('en');
    expect(direction(area)).to.equal('ltr');
  });
  it('the goals and message of a request are marked with the language their writer stated (3.1.2)', async () => {
    const { world, viewer, ama } = await scene();
    await enrol(world, 'viewer', { profile: { name: 'Vera Viewer', textLanguage: 'fr' }, mentee: { topics: ['leadership'] } });
    await askFrom(viewer, 'ama');
    const incoming = await consoleOf(ama, { world });
    const [, goals] = [...consolePart(incoming, '[part="details"]')!.querySelectorAll('dd')];
    expect(goals?.getAttribute('lang'), 'the requester wrote in French').to.equal('fr');
    const outgoing = await consoleOf(viewer, { world });
    const [, own] = [...consolePart(outgoing, '[part="details"]')!.querySelectorAll('dd')];
    expect(own?.getAttribute('lang'), 'the viewer’s own goals, in the language they stated').to.equal('fr');
  });
});
