// The block editor's side of the plugin's blocks: one per element, from the list the plugin gives
// (window.mentorMatchBlocks, written by includes/blocks.php). Each is a dynamic block: the editor shows a
// placeholder and a panel for the element's attributes; the page is rendered on the server, by the same
// code as the shortcodes. Plain script over WordPress's globals, so there is nothing to build.
/* global wp */
(() => {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl } = wp.components;
  const { __ } = wp.i18n;

  /** The control for one attribute: a choice when the plugin lists its values, else a text field. */
  function control(name, accepts, value, set) {
    const label = name.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
    const onChange = (next) => set({ [name]: next });
    if (Array.isArray(accepts)) {
      const options = [{ label: __('Default', 'mentor-match'), value: '' }, ...accepts.map((choice) => ({ label: choice, value: choice }))];
      return h(SelectControl, { key: name, label, value: value ?? '', options, onChange });
    }
    return h(TextControl, { key: name, label, value: value ?? '', type: accepts === 'count' ? 'number' : 'text', onChange });
  }

  for (const block of window.mentorMatchBlocks ?? []) {
    registerBlockType(block.name, {
      apiVersion: 2,
      title: block.title,
      edit({ attributes, setAttributes }) {
        const names = Object.keys(block.attributes);
        return h(
          Fragment,
          null,
          names.length > 0 &&
            h(
              InspectorControls,
              null,
              h(PanelBody, { title: __('Settings', 'mentor-match') }, names.map((name) => control(name, block.attributes[name], attributes[name], setAttributes))),
            ),
          h(
            'div',
            useBlockProps(),
            h(Placeholder, {
              icon: 'groups',
              label: block.title,
              instructions: `<${block.tag}>: ${__('shown to signed-in members; visitors see a link to sign in.', 'mentor-match')}`,
            }),
          ),
        );
      },
      // Dynamic: the post stores only the block's comment and attributes.
      save: () => null,
    });
  }
})();
