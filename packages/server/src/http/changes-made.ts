// A state change's answer says which changes it recorded (CHANGES_MADE_HEADER), so the adapter that made
// it, having told its page at once, does not tell it again when its poll of /changes reports them.
import { CHANGES_MADE_HEADER } from '@mentor-match/core';
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

export function sayChangesMade(c: Context<AppEnv>, changeSeqs: readonly number[]): void {
  if (changeSeqs.length > 0) c.header(CHANGES_MADE_HEADER, changeSeqs.join(','));
}
