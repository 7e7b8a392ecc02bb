import { createApp } from 'vue';
// Registers the mentor-* tags and tells vue-tsc their properties and events.
import '@mentor-match/vue';
import App from './App.vue';

createApp(App).mount('#app');
