// Valid records for the lifecycle, visibility and memory adapter tests: each built record is checked
// against its schema, so a test never passes because of a fixture the real code could not receive.
import { expect } from '@open-wc/testing';
import { MentoringError, type ErrorCode, type ErrorReason } from '../src/index.ts';

export * from './record-fixtures.ts';

export interface ExpectedError {
  code: ErrorCode;
  reason?: ErrorReason;
  field?: string;
}

function checkError(caught: unknown, expected: ExpectedError): MentoringError {
  expect(caught, 'expected a MentoringError').to.be.instanceOf(MentoringError);
  const error = caught as MentoringError;
  const actual = { code: error.code, reason: error.reason, field: error.field };
  expect(actual, error.message).to.deep.equal({ reason: undefined, field: undefined, ...expected });
  return error;
}

/** Runs `fn` and checks it throws a MentoringError with exactly this code, reason and field. */
export function expectThrows(fn: () => unknown, expected: ExpectedError): MentoringError {
  let caught: unknown = new Error('did not throw');
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  return checkError(caught, expected);
}

/** Awaits `promise` and checks it rejects with a MentoringError with exactly this code, reason and field. */
export async function expectRejects(promise: Promise<unknown>, expected: ExpectedError): Promise<MentoringError> {
  let caught: unknown = new Error('did not reject');
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  return checkError(caught, expected);
}
