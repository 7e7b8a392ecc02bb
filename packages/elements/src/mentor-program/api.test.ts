// <mentor-program api="…">: the REST adapter is downloaded only when the page asks for it, gets its token
// from the `getToken` property, and an API that answers junk (here: the test server, which has no API)
// or an address that is not a URL ends in an error the elements show, not in an exception.
import { expect } from '@open-wc/testing';
import { MemoryBackend } from '@mentor-match/core';
import { until } from '../../test/helpers.ts';
import '../mentor-search/define.ts';
import './define.ts';
import type { MentorProgram } from './mentor-program.ts';

// The page loads each source module on its own (the dev server), well past the browser's default of 250
// resource timing entries: without room for more, a module loaded late would go unrecorded.
performance.setResourceTimingBufferSize(100_000);

/** Has the page downloaded the REST adapter's module? */
const restAdapterLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/rest-adapter/src/'));

const mounted: MentorProgram[] = [];
afterEach(() => mounted.splice(0).forEach((program) => program.remove()));

/** A <mentor-program> set up by `setup`, in the page, once it is ready (loaded, or failed). */
async function mount(setup: (program: MentorProgram) => void): Promise<MentorProgram> {
  const program = document.createElement('mentor-program');
  setup(program);
  const ready = new Promise((resolve) => program.addEventListener('mentor-program-ready', resolve, { once: true }));
  mounted.push(program);
  document.body.append(program);
  await ready;
  return program;
}

const alertIn = (program: MentorProgram) =>
  program.querySelector('mentor-search')?.shadowRoot?.querySelector('[role="alert"]') ?? null;

describe('<mentor-program api>', () => {
  // First, while the page has not downloaded the REST adapter yet.
  it('does not download the REST adapter when an adapter is given from script', async () => {
    await mount((program) => {
      program.setAttribute('api', '/no-api/v1');
      program.adapter = new MemoryBackend().anonymous();
    });
    expect(restAdapterLoaded()).to.equal(false);
  });

  it('downloads it lazily, asks getToken, and shows an API that answers junk as an error', async () => {
    let asked = 0;
    const program = await mount((program) => {
      program.getToken = () => {
        asked += 1;
        return 'a-token';
      };
      program.setAttribute('api', '/no-api/v1');
      program.innerHTML = '<mentor-search find="mentors"></mentor-search>';
    });
    expect(restAdapterLoaded()).to.equal(true);
    expect(asked).to.be.greaterThan(0);
    await until(() => alertIn(program) !== null, 'the error to show');
    expect(alertIn(program)?.textContent).to.contain('could not read');
    await expect(program.querySelector('mentor-search')).to.be.accessible();
  });

  it('loads again when getToken is replaced: another member signed in', async () => {
    const asked: string[] = [];
    const program = await mount((program) => {
      program.getToken = () => (asked.push('first'), 'first-token');
      program.setAttribute('api', '/no-api/v1');
    });
    const again = new Promise((resolve) => program.addEventListener('mentor-program-ready', resolve, { once: true }));
    program.getToken = () => (asked.push('second'), 'second-token');
    await again;
    expect(asked).to.include('second');
  });

  it('shows an address that is not a URL as an error, without throwing', async () => {
    const program = await mount((program) => {
      program.setAttribute('api', 'http://[not-a-host');
      program.innerHTML = '<mentor-search find="mentors"></mentor-search>';
    });
    await until(() => alertIn(program) !== null, 'the error to show');
    expect(alertIn(program)?.textContent).to.contain('could not reach');
  });
});

describe('<mentor-program> viewer', () => {
  it('gives the signed-in member and their counts once ready, null before', async () => {
    const backend = new MemoryBackend();
    const id = 'member-with-a-badge';
    const program = document.createElement('mentor-program');
    expect(program.viewer).to.equal(null);
    const ready = new Promise((resolve) => program.addEventListener('mentor-program-ready', resolve, { once: true }));
    program.adapter = backend.adapterFor(id);
    mounted.push(program);
    document.body.append(program);
    await ready;
    expect(program.viewer?.member.id).to.equal(id);
    expect(program.viewer?.awaitingResponse).to.equal(0);
  });
});
