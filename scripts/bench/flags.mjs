/** The `--name=value` flags of a bench script's command line (a flag without a value is true); other arguments are left out. */
export function flags(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [k, v] = a.slice(2).split('=');
        return [k, v ?? true];
      }),
  );
}
