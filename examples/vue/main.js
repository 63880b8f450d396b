// The build with the template compiler, since the template lives in index.html.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
// Registers <event-timeline>: the package's ESM build, bundled by the app's bundler.
import 'event-timeline';
import { apollo } from '../events.js';

const app = createApp({
  // A plain list, handed over once. The element reads a list it is given anew (a shallowRef's
  // `events.value = [...events.value, item]`), not one changed in place (a reactive array's push).
  setup: () => ({ events: apollo, selected: ref(null) }),
});
// Tell Vue that <event-timeline> is a custom element, not a Vue component to resolve.
app.config.compilerOptions.isCustomElement = (tag) => tag === 'event-timeline';
app.mount('#app');
