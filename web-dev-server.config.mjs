import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * `npm start`: serves the repo, compiles TypeScript on the fly, opens the seed-story demo.
 * The start message prints the `open` path, so the printed URL is the demo too; and the bare
 * address redirects there, for whoever types it (no browser opens in a container).
 */
export default {
  open: '/demo/',
  watch: true,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path !== '/') return next();
      context.redirect('/demo/');
      return undefined;
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
