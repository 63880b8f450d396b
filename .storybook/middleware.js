import { slowSrc } from './slow-src.mjs';

/** Storybook's dev server picks this file up by name: a slow `src` for the "Loading" story. */
export default function middleware(router) {
  router.use(slowSrc());
}
