// op.ts: the service's code runs at once over a store that answers at once, and waits only where a store
// hands it a promise; a rejection reaches the code where it waited, as `await` would.
import { expect } from '@open-wc/testing';
import { atOnce, runOp, wait, type Op } from '../src/index.ts';

function* add(a: number | Promise<number>, b: number | Promise<number>): Op<number> {
  return (yield* wait(a)) + (yield* wait(b));
}

describe('service ops: runOp and wait', () => {
  it('answers at once, not with a promise, when nothing waits', () => {
    const result = runOp(add(1, 2));
    expect(result).to.equal(3);
  });

  it('answers with a promise once something waits, and resumes where it waited', async () => {
    const result = runOp(add(1, Promise.resolve(2)));
    expect(result).to.be.instanceOf(Promise);
    expect(await result).to.equal(3);
  });

  it('throws a rejection into the op where it waited: its catch and finally see it', async () => {
    const seen: string[] = [];
    function* guarded(): Op<string> {
      try {
        yield* wait(Promise.reject(new Error('the database went away')));
        return 'not reached';
      } catch (error) {
        seen.push((error as Error).message);
        return yield* wait(Promise.resolve('recovered'));
      } finally {
        seen.push('finally');
      }
    }
    expect(await runOp(guarded())).to.equal('recovered');
    expect(seen).to.deep.equal(['the database went away', 'finally']);
  });

  it('rejects with what the op throws, before or after waiting', async () => {
    function* refuses(wait1: boolean): Op<never> {
      if (wait1) yield* wait(Promise.resolve(0));
      throw new Error('refused');
    }
    expect(() => runOp(refuses(false))).to.throw('refused');
    let caught: unknown;
    await (runOp(refuses(true)) as Promise<never>).catch((error: unknown) => (caught = error));
    expect((caught as Error).message).to.equal('refused');
  });

  it('atOnce takes a value and refuses a promise (a store that should answer at once did not)', () => {
    expect(atOnce(runOp(add(2, 2)))).to.equal(4);
    const pending = runOp(add(Promise.resolve(2), 2));
    expect(() => atOnce(pending)).to.throw(/at once/);
  });
});
