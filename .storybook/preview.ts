import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the element's JSDoc by `npm run analyze` (build-storybook and storybook run it first).
import manifest from '../custom-elements.json';
import '../src/index.js';

/**
 * Storybook's table drops entries without a name, and the manifest names the default slot ''
 * (as the schema says): show it as "(default)" so the docs list every slot.
 */
function nameDefaultSlots<T>(cem: T): T {
  const copy = structuredClone(cem) as { modules?: { declarations?: { slots?: { name: string }[] }[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      for (const slot of decl.slots ?? []) if (slot.name === '') slot.name = '(default)';
    }
  }
  return copy as T;
}

setCustomElementsManifest(nameDefaultSlots(manifest));

const preview: Preview = {
  parameters: {
    // Every story is also an accessibility test: a violation fails it (and `npm test`).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
  },
};

export default preview;
