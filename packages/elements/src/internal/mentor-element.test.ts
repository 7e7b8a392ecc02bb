// MentorElement's hearing of the program's changes: an element in the page hears its program's adapter,
// and an element taken out of the page hears nothing, even when the program changed just before (a page
// of results replaced as another member signs in: the removed cards' update with the new program runs
// after they left). An element that connects before its program (a CMS renders the widget first, a page's
// script adds the program later) gets the program when the program arrives; one with none says so.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { ChangeListener, MentoringChange } from '@mentor-match/core';
import { programContext, type ProgramState } from './context.ts';
import { MentorElement, PROVIDER_WAIT_MS } from './mentor-element.ts';
import type { ResourceCache } from '../mentor-program/resource-cache.ts';
import { until } from '../../test/helpers.ts';

@customElement('test-change-probe')
class ChangeProbe extends MentorElement {
  readonly heard: MentoringChange[] = [];

  protected override onMentoringChange(change: MentoringChange): void {
    this.heard.push(change);
  }
}

@customElement('test-gated-probe')
class GatedProbe extends MentorElement {
  protected override render() {
    return this.renderProgramGate() ?? html`<p>ready</p>`;
  }
}

@customElement('test-program-provider')
class ProgramProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: programContext });
}

/** An adapter that only takes listeners, and tells them what the test says. */
function adapter() {
  const listeners = new Set<ChangeListener>();
  const cache = {
    subscribe(listener: ChangeListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } as unknown as ResourceCache;
  const state: ProgramState = { adapter: cache, settings: null, viewer: null, error: null, staff: () => Promise.reject(new Error('no staff')) };
  return { state, listeners, tell: (change: MentoringChange) => listeners.forEach((listener) => listener(change)) };
}

/** A probe in a program over one adapter, and a second adapter to give the program next. */
async function probeInProgram() {
  const first = adapter();
  const second = adapter();
  const host = await fixture<ProgramProvider>(html`<test-program-provider><test-change-probe></test-change-probe></test-program-provider>`);
  host.provider.setValue(first.state);
  const probe = host.querySelector<ChangeProbe>('test-change-probe')!;
  await probe.updateComplete;
  return { first, second, host, probe };
}

describe('MentorElement: hearing the program’s changes', () => {
  it('hears its program’s adapter, and the new one when the program changes', async () => {
    const { first, second, host, probe } = await probeInProgram();
    first.tell({ kind: 'member', id: 'a' });

    host.provider.setValue(second.state);
    await probe.updateComplete;
    first.tell({ kind: 'member', id: 'b' });
    second.tell({ kind: 'member', id: 'c' });
    expect(probe.heard.map((change) => change.id)).to.deep.equal(['a', 'c']);
    expect([first.listeners.size, second.listeners.size]).to.deep.equal([0, 1]);
  });

  it('taken out of the page just after the program changed, it hears nothing; put back, it hears again', async () => {
    const { first, second, host, probe } = await probeInProgram();

    // The new program reaches it at once; its update (which subscribes) runs after it has left.
    host.provider.setValue(second.state);
    probe.remove();
    await probe.updateComplete;
    second.tell({ kind: 'mentorship', id: 'ms-1' });
    expect(probe.heard).to.deep.equal([]);
    expect([first.listeners.size, second.listeners.size]).to.deep.equal([0, 0]);

    host.append(probe);
    await probe.updateComplete;
    second.tell({ kind: 'mentorship', id: 'ms-2' });
    expect(probe.heard.map((change) => change.id)).to.deep.equal(['ms-2']);
    expect(second.listeners.size).to.equal(1);
  });
});

describe('MentorElement: a program that arrives after its elements', () => {
  let defined = 0;
  /** A provider tag of its own for each test, defined only when the test says (its elements are in the page before). */
  const lateProvider = () => {
    const tag = `test-late-provider-${++defined}`;
    const define = (state: ProgramState) =>
      customElements.define(tag, class extends LitElement {
        readonly provider = new ContextProvider(this, { context: programContext, initialValue: state });
      });
    return { tag, define };
  };

  it('reaches an element that connected before it: its program, and its changes', async () => {
    const { tag, define } = lateProvider();
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<${tag}><test-change-probe></test-change-probe></${tag}><test-change-probe id="outside"></test-change-probe>`;
    const [probe, outside] = host.querySelectorAll<ChangeProbe>('test-change-probe');
    await probe!.updateComplete;
    expect(probe!['program'] === undefined).to.equal(true, 'no program yet');

    const { state, tell } = adapter();
    define(state);
    await probe!.updateComplete;
    expect(probe!['program'] === state).to.equal(true, 'the program, once it came');
    tell({ kind: 'member', id: 'a' });
    expect(probe!.heard.map((change) => change.id)).to.deep.equal(['a']);
    expect(outside!['program'] === undefined).to.equal(true, 'an element outside the program has none');
  });

  it('does not reach an element that left the page before it came', async () => {
    const { tag, define } = lateProvider();
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<${tag}><test-change-probe></test-change-probe></${tag}>`;
    const probe = host.querySelector<ChangeProbe>('test-change-probe')!;
    probe.remove();
    const { state, listeners } = adapter();
    define(state);
    await probe.updateComplete;
    expect(probe['program'] === undefined).to.equal(true, 'no program for an element that left');
    expect(listeners.size).to.equal(0);
  });
});

describe('MentorElement: no program around it', () => {
  // The words are the error sentences' (en.ts errorsEn), downloaded when first asked for, as here.
  it('says how to connect it once it has waited for one, in an alert', async () => {
    const probe = await fixture<GatedProbe>(html`<test-gated-probe></test-gated-probe>`);
    expect(probe.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Loading the mentoring program…');
    await new Promise((resolve) => setTimeout(resolve, PROVIDER_WAIT_MS + 50));
    const alert = () => probe.shadowRoot!.querySelector('[role="alert"]');
    await until(() => Boolean(alert()?.textContent), 'the words');
    expect(alert()!.textContent).to.equal(
      'This mentoring widget is not connected yet. Place it inside <mentor-program api="…"> (or <mentor-program demo>), or set .adapter from script.',
    );
    await expect(probe).to.be.accessible();
  });
});
