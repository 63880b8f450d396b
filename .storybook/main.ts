import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for `<event-timeline>`, written by hand (`storybook init` cannot run here).
 * The seed story's JSON is served from demo/data at /data, and the stories' own fixtures at
 * /fixtures (and examples/list at /list-example), so stories load them by `src` like a page would, in `storybook dev` and in the
 * static build alike.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../stories/fixtures', to: '/fixtures' },
    // The list story's style sheet for pages without the script, the one the example uses.
    { from: '../examples/list', to: '/list-example' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The renderer imports lit/directive-helpers.js, which the dev server would otherwise serve
  // unbundled: a second copy of lit-html next to the pre-bundled one. Pre-bundle it too.
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;
