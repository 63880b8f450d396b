import { esbuildPlugin } from '@web/dev-server-esbuild';

/** `npm start`: serves the repo, compiles TypeScript on the fly, opens the seed-story demo. */
export default {
  open: '/demo/',
  watch: true,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
