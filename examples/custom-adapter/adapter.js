// A custom adapter, set from script. An adapter is any object with the MentoringAdapter methods
// (packages/core/src/adapter.ts): your association's member system behind each one. Here the demo's
// in-memory backend stands in for that system, so the page works as is; each method is where you would
// call your own API (and reject with an error whose `code` is one of core's codes, e.g. 'unauthenticated').
//
// The elements validate every answer against the core schemas, so a wrong shape shows as a clear error.
import { demoBackend } from '/mentor-match/demo.js';

const system = demoBackend();
// The member signed in to your site. Here: the first member enrolled as a mentee.
const memberId = system.members().find((member) => member.mentee && !member.mentor)?.id;
const connection = system.adapterFor(memberId);

const calls = document.querySelector('#calls');
function logged(name, call) {
  return async (...args) => {
    const started = performance.now();
    const item = document.createElement('li');
    try {
      return await call(...args);
    } catch (error) {
      item.dataset.failed = '';
      throw error;
    } finally {
      const detail = name === 'search' ? ` ${JSON.stringify(args[0])}` : '';
      item.textContent = `${name}${detail} · ${Math.round(performance.now() - started)} ms`;
      calls?.prepend(item);
    }
  };
}

/** @type {import('@mentor-match/core').MentoringAdapter} */
const adapter = {
  getViewer: logged('getViewer', (options) => connection.getViewer(options)),
  getProgram: logged('getProgram', (options) => connection.getProgram(options)),
  getMember: logged('getMember', (id, options) => connection.getMember(id, options)),
  search: logged('search', (query, options) => connection.search(query, options)),
  enrol: logged('enrol', (input, options) => connection.enrol(input, options)),
  setAvailability: logged('setAvailability', (input, options) => connection.setAvailability(input, options)),
  requestMentorship: logged('requestMentorship', (input, options) => connection.requestMentorship(input, options)),
  act: logged('act', (id, action, input, options) => connection.act(id, action, input, options)),
  giveFeedback: logged('giveFeedback', (id, input, options) => connection.giveFeedback(id, input, options)),
  listMentorships: logged('listMentorships', (options) => connection.listMentorships(options)),
  // Call the listener after any change, so every element on the page refreshes; return an unsubscribe.
  subscribe: (listener) => connection.subscribe(listener),
};

document.querySelector('mentor-program').adapter = adapter;
