// <mentor-program> gives its state to the elements inside it (@lit/context's ContextProvider, mentor-program.ts)
// by the context protocol: each element gets the program it is in and every new state of it, an element that
// left is told nothing more, a program inside another takes the elements inside it (when it is in the page
// first, and when it arrives after them), and elements that connected before their program get it when it comes.
// With a page's own adapter, the office's adapter is the one the page set beside it, or a staff-only refusal.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryBackend } from '@mentor-match/core';
import { until } from '../../test/helpers.ts';
import { MentorElement } from '../internal/mentor-element.ts';
import type { ProgramState } from '../internal/context.ts';
import { MentorProgram } from './mentor-program.ts';
import './define.ts';

class ProgramProbe extends MentorElement {
  /** Every state it was given, in order. */
  readonly given: (ProgramState | undefined)[] = [];

  get state(): ProgramState | undefined {
    return this.program;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (changed.has('program')) this.given.push(this.program);
  }
}
customElements.define('test-program-probe', ProgramProbe);

const anonymous = () => new MemoryBackend().anonymous();

/** The program's state, once it has one that is loaded. */
async function loaded(program: MentorProgram): Promise<ProgramState> {
  await until(() => Boolean(program['state']?.settings), 'the program to load');
  return program['state']!;
}

describe('<mentor-program>: giving its state to the elements inside', () => {
  it('each element gets the program’s state, and its new one when the adapter is replaced', async () => {
    const program = await fixture<MentorProgram>(html`<mentor-program .adapter=${anonymous()}>
      <test-program-probe></test-program-probe><div><test-program-probe></test-program-probe></div>
    </mentor-program>`);
    const probes = [...program.querySelectorAll<ProgramProbe>('test-program-probe')];
    const first = await loaded(program);
    await until(() => probes.every((probe) => probe.state === first), 'both probes to have the loaded state');

    program.adapter = anonymous();
    await until(() => program['state'] !== first && Boolean(program['state']?.settings), 'the new state');
    const second = program['state']!;
    expect(second.adapter).not.to.equal(first.adapter);
    await until(() => probes.every((probe) => probe.state === second), 'both probes to have the new state');
  });

  it('an element taken out of the program is told nothing more; put back, it is told again', async () => {
    const program = await fixture<MentorProgram>(html`<mentor-program .adapter=${anonymous()}><test-program-probe></test-program-probe></mentor-program>`);
    const probe = program.querySelector<ProgramProbe>('test-program-probe')!;
    const first = await loaded(program);
    await until(() => probe.state === first, 'the loaded state');
    probe.remove();
    program.adapter = anonymous();
    await until(() => program['state'] !== first && Boolean(program['state']?.settings), 'the new state');
    await probe.updateComplete;
    expect(probe.state).to.equal(first);

    program.append(probe);
    await until(() => probe.state === program['state'], 'the program’s state, once back');
  });

  it('a program inside another has the elements inside it; the outer one keeps the others', async () => {
    const outer = await fixture<MentorProgram>(html`<mentor-program .adapter=${anonymous()}>
      <test-program-probe id="outer"></test-program-probe>
      <mentor-program .adapter=${anonymous()}><test-program-probe id="inner"></test-program-probe></mentor-program>
    </mentor-program>`);
    const inner = outer.querySelector<MentorProgram>('mentor-program')!;
    const [outerState, innerState] = await Promise.all([loaded(outer), loaded(inner)]);
    const probe = (id: string) => outer.querySelector<ProgramProbe>(`#${id}`)!;
    await until(() => probe('outer').state === outerState && probe('inner').state === innerState, 'each its own program');

    // The outer program's next state reaches its own element only.
    outer.adapter = anonymous();
    await until(() => outer['state'] !== outerState && Boolean(outer['state']?.settings), 'the outer program’s new state');
    await until(() => probe('outer').state === outer['state'], 'the outer element to have it');
    expect(probe('inner').state).to.equal(innerState);
    expect(probe('inner').given).not.to.include(outer['state']);
  });

  it('a program defined inside another after its elements connected takes them from it', async () => {
    class InnerProgram extends MentorProgram {}
    const outer = await fixture<MentorProgram>(html`<mentor-program .adapter=${anonymous()}>
      <test-inner-program><test-program-probe></test-program-probe></test-inner-program>
      <test-program-probe id="stays"></test-program-probe>
    </mentor-program>`);
    const outerState = await loaded(outer);
    const moving = outer.querySelector<ProgramProbe>('test-inner-program test-program-probe')!;
    const stays = outer.querySelector<ProgramProbe>('#stays')!;
    await until(() => moving.state === outerState && stays.state === outerState, 'the outer program first');

    // The element stays where it is: only the inner program's announcement can move it.
    customElements.define('test-inner-program', InnerProgram);
    const inner = outer.querySelector<MentorProgram>('test-inner-program')!;
    inner.adapter = anonymous();
    const innerState = await loaded(inner);
    await until(() => moving.state === innerState, 'the element to move to the program around it');
    outer.adapter = anonymous();
    await until(() => stays.state === outer['state'] && outer['state'] !== outerState, 'the outer program’s next state');
    expect(moving.state).to.equal(innerState);
  });

  it('elements that connected before their program get it when it is defined', async () => {
    class LateProgram extends MentorProgram {}
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<test-late-program><test-program-probe></test-program-probe></test-late-program>';
    const probe = host.querySelector<ProgramProbe>('test-program-probe')!;
    await probe.updateComplete;
    expect(probe.state).to.equal(undefined);

    const late = host.querySelector('test-late-program')! as MentorProgram;
    customElements.define('test-late-program', LateProgram);
    late.adapter = anonymous();
    const state = await loaded(late);
    await until(() => probe.state === state, 'the late program’s state');
  });

  it('with a page’s own adapter, the office’s is refused as staff-only until a .staffAdapter is set beside it', async () => {
    const backend = new MemoryBackend({ staff: ['staff-1'] });
    const program = await fixture<MentorProgram>(html`<mentor-program .adapter=${backend.anonymous()}></mentor-program>`);
    const first = await loaded(program);
    const refusal = await first.staff().catch((error: unknown) => error);
    expect(refusal).to.include({ code: 'forbidden', reason: 'staff-only' });

    program.adapter = backend.adapterFor('staff-1');
    program.staffAdapter = backend.staffAdapterFor('staff-1');
    await until(() => program['state'] !== first && Boolean(program['state']?.settings), 'the new state');
    const staff = await program['state']!.staff();
    expect((await staff.getSettings()).settings).to.deep.equal(program['state']!.settings);
  });
});
