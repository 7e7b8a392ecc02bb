// The member's side of the program office in the console: "Report a problem" on a mentorship (the report
// reaches the staff queue, the reply comes back to the member), and the code of conduct notice when the
// program asks for a version the member has not accepted. Against a real MemoryBackend and its staff service.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STAFF_ID, until } from '../../test/helpers.ts';
import { ask, consoleOf, deepActive, inItem, part, scene, text } from './console-fixtures.ts';
import type { MentorRelationshipsConsole } from './mentor-relationships-console.ts';

const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const reportDialog = (el: MentorRelationshipsConsole) => {
  const host = part(el, 'mentor-concern-dialog');
  return host ? inner(host, 'dialog') as HTMLDialogElement | null : null;
};

describe('<mentor-relationships-console>: reports and the code of conduct', () => {
  it('reports a problem with a mentorship: only staff see it, and the member reads their reply and its status', async () => {
    const { world, mia, vera } = await scene();
    const request = await ask(vera, 'mia');
    await mia.act(request.id, 'accept');
    const el = await consoleOf(vera, { world });
    const button = inItem<HTMLButtonElement>(el, request.id, '[part="report"]')!;
    expect(text(button)).to.equal('Report a problem');
    button.click();
    await until(() => reportDialog(el)?.open === true, 'the report dialog');
    const dialog = reportDialog(el)!;
    expect(deepActive()).to.equal(dialog.querySelector('textarea'));
    await expect(el).to.be.accessible();
    // Nothing written: said, not sent.
    dialog.querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    await until(() => text(dialog).includes('Please describe the problem.'), 'the missing text');
    const area = dialog.querySelector('textarea')!;
    area.value = 'We have not met for two months.';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    dialog.querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    await until(() => !dialog.open, 'the dialog to close');
    await until(() => deepActive() === button, 'focus back on Report a problem');
    // The staff queue has it; Mia (the partner) does not.
    const staff = world.backend.staffAdapterFor(STAFF_ID);
    const queue = await staff.listConcerns({ status: 'new' });
    expect(queue.items.map((c) => [c.raisedBy.id, c.about.id, c.text])).to.deep.equal([['vera', 'mia', 'We have not met for two months.']]);
    expect(await mia.listConcerns()).to.deep.equal([]);
    await staff.updateConcern(queue.items[0]!.id, { status: 'resolved', reply: 'We spoke to Mia; she will be in touch.' });
    // The member's reports, opened: status and reply.
    const details = part<HTMLDetailsElement>(el, 'details[part="reports"]')!;
    details.querySelector('summary')!.click();
    await until(() => Boolean(part(el, 'mentor-concern-list')?.shadowRoot?.querySelector('[part="report"]')), 'the reports');
    const list = part(el, 'mentor-concern-list')!;
    expect(text(inner(list, '[part="report-status"]'))).to.equal('Resolved');
    expect(text(inner(list, '[part="report-reply"]'))).to.include('We spoke to Mia; she will be in touch.');
    expect(text(inner(list, '[part="report"]'))).to.include('Mia Mentor');
    await expect(el).to.be.accessible();
  });

  it('the report dialog closes with Escape, sending nothing', async () => {
    const { world, vera } = await scene();
    const request = await ask(vera, 'mia');
    const el = await consoleOf(vera, { world });
    const button = inItem<HTMLButtonElement>(el, request.id, '[part="report"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => reportDialog(el)?.open === true, 'the report dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !reportDialog(el)!.open, 'the dialog to close');
    expect(await world.backend.staffAdapterFor(STAFF_ID).listConcerns({})).to.have.property('total', 0);
  });

  it('asks for a new code of conduct when staff publish one, and accepting it lets the member ask again', async () => {
    const { world, vera } = await scene({ settings: { codeOfConduct: { required: true, version: '1', url: 'https://example.org/conduct', text: null } } });
    const el = await consoleOf(vera, { world });
    expect(part(el, 'mentor-code-of-conduct'), 'accepted at enrolment: nothing to ask').to.equal(null);
    const staff = world.backend.staffAdapterFor(STAFF_ID);
    const record = await staff.getSettings();
    await staff.updateSettings({
      settings: { ...record.settings, codeOfConduct: { required: true, version: '2', url: null, text: 'Be kind.\nKeep what you hear to yourself.' } },
      version: record.version,
      reason: 'New code adopted by the board',
    });
    const refused = await ask(vera, 'mia').catch((error: { reason?: string }) => error.reason);
    expect(refused).to.equal('code-of-conduct');
    await until(() => Boolean(part(el, 'mentor-code-of-conduct')?.shadowRoot?.querySelector('[part="conduct"]')), 'the notice');
    const notice = part(el, 'mentor-code-of-conduct')!;
    expect(text(inner(notice, '[part="conduct"]'))).to.include('version 2');
    expect(inner(notice, '[part="conduct-text"]')!.textContent).to.include('Keep what you hear to yourself.');
    await expect(el).to.be.accessible();
    inner(notice, '[part="conduct-accept"]')!.click();
    await until(() => text(inner(notice, '[part="conduct-thanks"]')).includes('you have accepted'), 'the thanks');
    expect(inner(notice, '[part="conduct"]')).to.equal(null);
    await ask(vera, 'mia');
  });
});
