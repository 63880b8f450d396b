import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the element's JSDoc by `npm run analyze` (build-storybook and storybook run it first).
import manifest from '../custom-elements.json';
import '../src/index.js';

interface Named {
  name: string;
}
interface Manifest {
  modules?: { declarations?: { slots?: Named[]; cssParts?: Named[] }[] }[];
}

/**
 * Storybook keys its docs table by name alone, so the part `events` would hide the property
 * `events` (and `label` the attribute); it also drops entries without a name, as the schema
 * names the default slot. Parts are shown as `::part(name)` and the default slot as
 * "(default)", so every entry of the manifest has its own row.
 */
function forStorybook(cem: Manifest): Manifest {
  const copy = structuredClone(cem);
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      for (const slot of decl.slots ?? []) if (slot.name === '') slot.name = '(default)';
      for (const part of decl.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return copy;
}

setCustomElementsManifest(forStorybook(manifest));

// Parts, slots, CSS properties and events are documented, not set from a control.
const documentedOnly = new Set(['css shadow parts', 'css custom properties', 'slots', 'events']);

const preview: Preview = {
  parameters: {
    // Every story is also an accessibility test: a violation fails it (and `npm test`).
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          documentedOnly.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
        ]),
      ),
  ],
};

export default preview;
