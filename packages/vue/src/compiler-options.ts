// Build-time only (a Vite or webpack config imports it under Node): no element is imported here.

/**
 * For @vitejs/plugin-vue's `template.compilerOptions.isCustomElement` (or vue-loader's): the mentor-match tags
 * are custom elements, not Vue components to resolve.
 */
export const isMentorElement = (tag: string): boolean => tag.startsWith('mentor-');
