// Registration is kept apart from the classes: importing a class never defines a tag by surprise.
// The guard makes a second copy of the bundle on one page harmless (the first definition stays),
// and warns when the two copies are different versions, which is worth knowing.

export const VERSION = '0.1.0';

interface Versioned {
  version?: string;
}

export function define(tag: string, element: CustomElementConstructor & Versioned): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== element.version) {
    console.warn(
      `mentor-match: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${element.version ?? 'unknown'} was not registered. Load mentor-match once per page.`,
    );
  }
}
