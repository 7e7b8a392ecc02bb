// <mentor-search>'s words when a search finds nobody, loaded with the card's rarer parts
// (mentor-profile-card/rare-parts.ts): most searches find someone.
import { html } from 'lit';
import type { Find } from '@mentor-match/core';
import type { Localize } from '../i18n/localize.ts';

/**
 * Nobody found. With blank criteria nothing can be widened (no `clear`): nobody is available; otherwise the
 * member is told how to widen them, with a button that clears them.
 */
export const emptyState = (i18n: Localize, find: Find, clear: (() => void) | undefined) =>
  clear
    ? html`<p>${i18n.t(`search.empty.${find}` as const)}</p>
        <button type="button" class="button" @click=${clear}>${i18n.t('search.clearCriteria')}</button>`
    : html`<p>${i18n.t(`search.none.${find}` as const)}</p>`;
