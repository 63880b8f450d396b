import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for `<event-timeline>`, written by hand (`storybook init` cannot run here).
 * The seed story's JSON is served from demo/data at /data, and the stories' own fixtures at
 * /fixtures, so stories load them by `src` like a page would, in `storybook dev` and in the
 * static build alike.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
