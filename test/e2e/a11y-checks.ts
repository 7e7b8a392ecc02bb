// Accessibility checks shared by the end-to-end suites (the example site, the built Storybook): axe with the
// WCAG 2.2 AA rules, reflow at 320 px (1.4.10), the text-spacing override (1.4.12), forced colours and
// contrast. Each returns what is wrong as lines of text, so a failing test says where and why.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's source, injected with `evaluate` (strict pages refuse `addScriptTag` under Trusted Types). */
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

/** The axe rule tags of WCAG 2.2 level A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The narrowest viewport 1.4.10 asks content to fit without scrolling sideways (320 CSS px). */
export const REFLOW_WIDTH = 320;

/** axe over the whole page (shadow roots included); one line per violation and node. `include` narrows it. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<{ id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[]>(
    `axe.run(${include ? JSON.stringify(include) : 'document'}, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} }, resultTypes: ['violations'] })
      .then((result) => result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) })))`,
  );
  return violations.flatMap(({ id, help, nodes }) =>
    nodes.map((node) => `${id} (${help}): ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

/**
 * Reflow: at the page's current width, whether the document scrolls sideways, and which elements stick out
 * past the viewport's edges (looking through shadow roots; scrollable boxes such as `<pre>` may scroll
 * inside themselves, as 1.4.10 allows for code).
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px viewport');
    }
    // A box that scrolls, or clips (a visually hidden table for screen readers), holds what sticks out of it:
    // nothing of it widens the page. (Clipped text is the text-spacing check's concern.)
    // (Never the page itself: an html or body that hides what overflows would hide the failure, not fix it.)
    const holds = (el) => el !== document.documentElement && el !== document.body && /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
    const inScroller = (el) => {
      for (let node = el.parentElement ?? el.getRootNode().host; node; node = node.parentElement ?? node.getRootNode().host) {
        if (holds(node)) return true;
      }
      return false;
    };
    const name = (el) => el.localName + (el.id ? '#' + el.id : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    const sticksOut = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && (box.right > width + 1 || box.left < -1) && getComputedStyle(el).visibility !== 'hidden' && !inScroller(el);
    };
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        // The innermost boxes that stick out: their ancestors only grew around them.
        if (sticksOut(el) && ![...el.children, ...(el.shadowRoot?.children ?? [])].some(sticksOut)) {
          const box = el.getBoundingClientRect();
          problems.push(name(el) + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right) + ' px');
        }
      }
    };
    visit(document);
    return problems.slice(0, 20);
  })()`);
}

/**
 * 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em, forced on the
 * page and inside every shadow root (a stylesheet adopted through the CSSOM, which strict pages allow). Again
 * after the page changed (another story shown, a dialog opened): roots that have it already are left as they are.
 */
export function overrideTextSpacing(page: Page): Promise<void> {
  return page.evaluate(`(() => {
    const sheet = (window.__textSpacing ??= new CSSStyleSheet());
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
    const visit = (root) => {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
  })()`);
}

/**
 * What text the override cut off: boxes that hide their overflow (not the visually hidden ones, for screen
 * readers only, not form fields, which scroll their own text) whose content is now taller or wider than they are.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (/^(input|select|textarea|option|img|svg|progress)$/.test(el.localName)) continue;
        const style = getComputedStyle(el);
        const hides = (value) => value === 'hidden' || value === 'clip';
        if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
        if (el.clientWidth <= 1 || el.clientHeight <= 1 || style.display === 'none' || style.clipPath !== 'none') continue;
        if (!el.textContent.trim()) continue;
        const tall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const wide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        if (tall || wide) problems.push(el.localName + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '') + ' clips "' + el.textContent.trim().slice(0, 40) + '" (' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight + ')');
      }
    };
    visit(document);
    return problems;
  })()`);
}

/**
 * What the override pushed out of its box without clipping it: boxes holding text of their own (not inline
 * ones, which grow with their text, nor form fields) whose content is now taller or wider than they are while
 * they show their overflow, so it runs over what is next to them. Boxes that scroll are fine (they scroll).
 */
export function spilledText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        // Not form fields (they scroll their own text), nor a chart's SVG labels (placed by coordinates, not flow).
        if (/^(input|select|textarea|option|img|progress|html|body)$/.test(el.localName) || el instanceof SVGElement || !ownText(el)) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.display.startsWith('inline') && style.display !== 'inline-block' && style.display !== 'inline-flex' && style.display !== 'inline-grid') continue;
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none' || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
        const tall = el.scrollHeight > el.clientHeight + 1;
        const wide = el.scrollWidth > el.clientWidth + 1;
        if (tall || wide) problems.push(el.localName + (el.id ? '#' + el.id : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' spills "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '" (' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight + ')');
      }
    };
    visit(document);
    return problems;
  })()`);
}

/** Chromium's forced-colours mode (Windows High Contrast), by CDP: Playwright's own switch is ignored here. */
export async function emulateForcedColors(page: Page, active: boolean): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
}

/** The WCAG contrast ratio of two `rgb()`/`rgba()` colours as getComputedStyle writes them (alpha ignored). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** What a screenshot shows of one control's focus and border (see `seenInScreenshots`). */
export interface ScreenshotMarks {
  /** Pixels that change when the control gains focus, against the box's perimeter (a 1 px ring is about 1). */
  focusRing: number;
  /** Share of the box's top and bottom edge columns where a line differs from the ground just outside it (0–1). */
  border: number;
}

/** How far around a control the screenshots reach (a ring may be drawn outside it, with an offset). */
const AROUND = 6;

/**
 * From screenshots, not styles: the focused and the unfocused control, cut out with `AROUND` px of what is
 * around it, decoded by Chromium itself in a blank page (no image library), and compared pixel by pixel.
 */
export async function seenInScreenshots(
  decoder: Page, focused: Buffer, unfocused: Buffer, box: { width: number; height: number },
): Promise<ScreenshotMarks> {
  const args = { focused: focused.toString('base64'), unfocused: unfocused.toString('base64'), around: AROUND, width: box.width, height: box.height };
  // A string, not a function: tsx would add helpers the page does not have.
  return decoder.evaluate<ScreenshotMarks>(`(async ({ focused, unfocused, around, width, height }) => {
    const pixels = async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return { w: bitmap.width, h: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
    };
    const [on, off] = await Promise.all([pixels(focused), pixels(unfocused)]);
    const at = (image, x, y) => [0, 1, 2].map((c) => image.data[(y * image.w + x) * 4 + c]);
    const differ = (a, b) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) > 90;
    let changed = 0;
    for (let y = 0; y < Math.min(on.h, off.h); y += 1) {
      for (let x = 0; x < Math.min(on.w, off.w); x += 1) if (differ(at(on, x, y), at(off, x, y))) changed += 1;
    }
    // A border: on the top and bottom edges (a row either side of the box's edge), a pixel unlike the ground outside.
    const top = around;
    const bottom = around + Math.round(height) - 1;
    const edges = [
      { rows: [top - 1, top, top + 1, top + 2], outside: 1 },
      { rows: [bottom + 1, bottom, bottom - 1, bottom - 2], outside: off.h - 2 },
    ];
    const left = around + Math.round(width * 0.1);
    const right = around + Math.round(width * 0.9);
    let lined = 0;
    let columns = 0;
    for (const { rows, outside } of edges) {
      for (let x = left; x < right; x += 1) {
        columns += 1;
        if (rows.some((y) => y > 0 && y < off.h && differ(at(off, x, y), at(off, x, outside)))) lined += 1;
      }
    }
    return { focusRing: changed / (2 * (width + height)), border: columns ? lined / columns : 0 };
  })(${JSON.stringify(args)})`);
}

/**
 * Tab through the page's first `stops` controls and screenshot each focused and unfocused: lines for a control
 * whose focus changes fewer pixels than its perimeter, and for a field or button whose edges draw no line; and
 * the controls it could check (one at the very edge of the page is passed over: nothing around it to compare).
 */
export async function unseenInScreenshots(page: Page, decoder: Page, stops = 12): Promise<{ checked: string[]; problems: string[] }> {
  const problems: string[] = [];
  const checked: string[] = [];
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const deepActive = `(() => { let el = document.activeElement; while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement; return el; })()`;
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    const control = await page.evaluate<{ name: string; bordered: boolean; x: number; y: number; width: number; height: number } | null>(`(() => {
      const el = ${deepActive};
      if (!el || el === document.body) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const bordered = /^(input|select|textarea|button)$/.test(el.localName) && el.type !== 'checkbox' && el.type !== 'radio' && !el.classList.contains('link');
      const label = el.localName === 'select' ? el.value : (el.textContent || el.value || '');
      return { name: el.localName + (el.id ? '#' + el.id : '') + ' "' + label.trim().replace(/\\s+/g, ' ').slice(0, 30) + '"',
        bordered, x: r.x, y: r.y, width: r.width, height: r.height };
    })()`);
    if (!control || control.width < 4 || control.height < 4) continue;
    const clip = { x: Math.max(0, control.x - AROUND), y: Math.max(0, control.y - AROUND), width: control.width + 2 * AROUND, height: control.height + 2 * AROUND };
    if (clip.x === 0 || clip.y === 0) continue; // at the very edge of the page: no room around it to compare
    const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    await page.evaluate(`${deepActive}.blur()`);
    const unfocused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    // Focus goes back where it was, so the next Tab moves on from it (a keyboard user's ring shows again).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const marks = await seenInScreenshots(decoder, focused, unfocused, control);
    checked.push(control.name);
    if (marks.focusRing < 1) problems.push(`${control.name}: focus changes ${marks.focusRing.toFixed(2)}× its perimeter in pixels`);
    if (control.bordered && marks.border < 0.8) problems.push(`${control.name}: a border on ${(marks.border * 100).toFixed(0)}% of its edges`);
  }
  return { checked, problems: [...new Set(problems)] };
}
