// Member text inside translated sentences, isolated (isolate.ts; WCAG 1.3.2 and 3.1.2): in content a `<bdi>`
// (with `lang` where known), laid out in its own direction whatever the page's, so a Latin name ending in
// punctuation keeps its parenthesis on an Arabic page and an Arabic name keeps its order on an English one;
// in strings (an alt text, an option, an announcement) FSI … PDI.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../i18n/ar-register.ts';
import { Localize, addMessages } from '../i18n/localize.ts';
import { officeEn } from '../i18n/en.ts';
import { bdi, isolate, sentence } from './isolate.ts';
import { until } from '../../test/helpers.ts';
import { card, enrol as enrolForCard, part as cardPart, scene as cardScene } from '../mentor-profile-card/card-fixtures.ts';
import { actionButton, ask, consoleOf, dialog, enrol, idsIn, scene, status } from '../mentor-relationships-console/console-fixtures.ts';

/** Renders one sentence of the catalog with names placed in it, as the elements do. */
class SentenceProbe extends LitElement {
  readonly i18n = new Localize(this);
  names: [string, string] = ['', ''];

  override render() {
    const [first, second] = this.names;
    return html`<p id="one">${sentence(this.i18n, 'console.confirm.decline', bdi(first))}</p>
      <p id="two">${sentence(this.i18n, 'office.mentorships.asked', bdi(second, 'ar'), bdi(first))}</p>`;
  }
}
customElements.define('sentence-probe', SentenceProbe);
addMessages('en', officeEn);

async function probe(lang: string, dir: string, names: [string, string]) {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}><sentence-probe .names=${names}></sentence-probe></div>`);
  const el = host.querySelector<SentenceProbe>('sentence-probe')!;
  await el.updateComplete;
  return el.shadowRoot!;
}

const direction = (node: Element) => getComputedStyle(node).direction;

/** Where the characters of a node's text are drawn, left to right on the screen: [character, left edge]. */
function drawn(node: Element): [string, number][] {
  const text = node.firstChild?.nodeType === Node.TEXT_NODE ? node.firstChild : [...node.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
  const range = document.createRange();
  return [...text.textContent!].map((char, i) => {
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return [char, range.getBoundingClientRect().left] as [string, number];
  }).sort((a, b) => a[1] - b[1]);
}

/** The sentence's text outside its `<bdi>`s. */
const outside = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('bdi').forEach((b) => b.remove());
  return copy.textContent ?? '';
};

describe('member text inside a translated sentence', () => {
  it('an Arabic page: a Latin name ending in punctuation is in a <bdi>, laid out left to right, its parenthesis last', async () => {
    const root = await probe('ar', 'rtl', ['Dr. Sam Lee (PhD)', 'هدى الخطيب']);
    const one = root.getElementById('one')!;
    expect(direction(one)).to.equal('rtl');
    const name = one.querySelector('bdi')!;
    expect(name.textContent).to.equal('Dr. Sam Lee (PhD)');
    expect(name.hasAttribute('lang'), 'a name’s language is not known: none claimed').to.equal(false);
    expect(direction(name)).to.equal('ltr');
    // Left to right on the screen, the name reads as written: "D" first, ")" last (not mirrored to its start).
    const order = drawn(name).map(([char]) => char).join('');
    expect(order).to.equal('Dr. Sam Lee (PhD)');
    expect(outside(one)).not.to.contain('Sam');
    expect(outside(one)).to.contain('؟');
  });

  it('an English page: an Arabic name is in a <bdi>, right to left, marked with its language where known', async () => {
    const root = await probe('en', 'ltr', ['Ama Mensah', 'هدى الخطيب']);
    const two = root.getElementById('two')!;
    const [mentee, mentor] = [...two.querySelectorAll('bdi')];
    expect(two.textContent).to.equal('هدى الخطيب asked Ama Mensah');
    expect(mentee!.textContent).to.equal('هدى الخطيب');
    expect(mentee!.getAttribute('lang')).to.equal('ar');
    expect(direction(mentee!)).to.equal('rtl');
    expect(mentor!.textContent).to.equal('Ama Mensah');
    expect(outside(two)).to.equal(' asked ');
  });

  it('in a string (an attribute, an option, an announcement): between FSI and PDI', () => {
    expect(isolate('Dr. Sam Lee (PhD)')).to.equal('\u2068Dr. Sam Lee (PhD)\u2069');
  });
});

describe('member names isolated in the elements', () => {
  it('the console on an Arabic page: the decline question holds the name in a <bdi>, the announcement between FSI and PDI', async () => {
    const { world, mia } = await scene();
    const sam = await enrol(world, 'sam', { profile: { name: 'Dr. Sam Lee (PhD)' }, mentee: true });
    const request = await ask(sam, 'mia');
    const el = await consoleOf(mia, { world, lang: 'ar', dir: 'rtl' });
    actionButton(el, request.id, 'decline')!.click();
    await until(() => dialog(el).open, 'the confirmation dialog');
    const title = dialog(el).querySelector('#dialog-title')!;
    expect(title.querySelector('bdi')?.textContent).to.equal('Dr. Sam Lee (PhD)');
    expect(outside(title)).not.to.contain('Sam');
    dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => idsIn(el, 'ended').includes(request.id), 'declined');
    // The page's first action: its announcement waits for the actions' words (mentor-relationships-console/parts.ts).
    await until(() => status(el) !== '', 'the announcement');
    expect(status(el)).to.equal('تم رفض طلب \u2068Dr. Sam Lee (PhD)\u2069.');
    await expect(el).to.be.accessible();
  });

  it('the request form on an English page: its title holds an Arabic name in a <bdi>, and the dialog is named by it', async () => {
    const { world, viewer } = await cardScene();
    await enrolForCard(world, 'huda', { profile: { name: 'هدى الخطيب' }, mentor: {} });
    const el = await card(viewer, html`<mentor-profile-card member-id="huda"></mentor-profile-card>`);
    await until(() => cardPart(el, '[part~="badge"]') !== null, 'the badge');
    cardPart<HTMLButtonElement>(el, '[part~="badge"]')!.click();
    await until(() => cardPart<HTMLDialogElement>(el, 'dialog', 'form')?.open === true, 'the request form');
    const title = cardPart(el, '#title', 'form')!;
    const name = title.querySelector('bdi')!;
    expect(name.textContent).to.equal('هدى الخطيب');
    expect(direction(name)).to.equal('rtl');
    expect(title.textContent).to.equal('Ask هدى الخطيب to be your mentor');
  });
});
