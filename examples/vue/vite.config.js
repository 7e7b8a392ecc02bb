import vue from '@vitejs/plugin-vue';
// The mentor-* tags are custom elements, not Vue components: a compile-time option, so it goes here.
import { isMentorElement } from '@mentor-match/vue/compiler-options';

export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isMentorElement } } })],
};
