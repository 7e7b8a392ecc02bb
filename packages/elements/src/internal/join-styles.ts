// A part of an element that loads when first needed (the console's confirmation dialog, the enrolment form's
// problem summary) brings its styles with it: they join the element's shadow root then, after the shared styles
// (where the element's own list had them), before the element's own and anything else the root holds (a
// subclass's or a page's sheet). By hand, not with Lit's adoptStyles, which every page's runtime would then
// export for these chunks alone; without constructable style sheets the part works unstyled.
import type { CSSResult, ReactiveControllerHost } from 'lit';
import { MentorElement } from './mentor-element.ts';

/** The element such a part renders into. */
export type PartHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export function joinStyles(root: ParentNode, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  const sheets = [...root.adoptedStyleSheets];
  sheets.splice(MentorElement.styles.length, 0, sheet);
  root.adoptedStyleSheets = sheets;
}
