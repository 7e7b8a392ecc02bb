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
