import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * What `npm pack` would publish: the builds (the bundle's files with their source maps and the
 * licences of the packages bundled into them), the types, custom-elements.json, README and
 * LICENSE, and nothing else; and every path package.json points at is in it. Run by
 * `npm test` after the build.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((f) => f.path).sort();

const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\/event-timeline(-[a-z-]+)?\.js(\.map)?$/, /^dist\/event-timeline\.LICENSES\.txt$/, /^dist\/esm\/.+\.js$/, /^dist\/types\/.+\.d\.ts$/];
const problems = [];
for (const file of files) if (!allowed.some((re) => re.test(file))) problems.push(`unexpected file in the package: ${file}`);

const required = new Set(['package.json', 'README.md', 'LICENSE', 'dist/event-timeline.js', 'dist/event-timeline.LICENSES.txt', 'dist/esm/index.js', 'dist/types/index.d.ts']);
// Every part the bundle loads on demand (dist/event-timeline-*.js, beside it) must ship with it.
for (const file of readdirSync('dist')) if (/^event-timeline-.+\.js$/.test(file)) required.add(`dist/${file}`);
// Each file of the bundle names its source map at its end: the map ships with it.
for (const file of readdirSync('dist')) if (/^event-timeline(-.+)?\.js\.map$/.test(file)) required.add(`dist/${file}`);
// custom-elements.json comes from `npm run analyze` (the manifest's own branch); once that script exists, the file must ship.
if (pkg.scripts?.analyze) required.add('custom-elements.json');
else console.log('note: no `analyze` script yet, so custom-elements.json is not required');

// Every path package.json names must be in the package.
const targets = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : []);
for (const path of [pkg.types, pkg.module, pkg.main, ...targets(pkg.exports)]) {
  if (path && path !== './package.json' && (path !== './custom-elements.json' || required.has('custom-elements.json'))) required.add(path.replace(/^\.\//, ''));
}
for (const file of required) if (!files.includes(file)) problems.push(`missing from the package: ${file}`);

// Each module of the ESM build comes with its declarations.
for (const file of files.filter((f) => f.startsWith('dist/esm/'))) {
  const types = file.replace(/^dist\/esm\//, 'dist/types/').replace(/\.js$/, '.d.ts');
  if (!files.includes(types)) problems.push(`${file} has no ${types}`);
}

// The declarations a TypeScript user compiles against name only packages the package depends on
// (not a devDependency, not a package one of them pulls in, as 'lit-html' is by 'lit'), each with
// its types: its own, or @types/ among the dependencies (luxon ships none).
const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
const typed = (name) => {
  const own = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  return own.types !== undefined || own.typings !== undefined || dependencies.has(`@types/${name.replace(/^@([^/]+)\//, '$1__')}`);
};
for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\(\s*)['"]([^'"]+)['"]/g)) {
    if (specifier.startsWith('.')) continue;
    const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    if (!dependencies.has(name)) problems.push(`${file} names '${specifier}', which is not among the dependencies`);
    else if (!typed(name)) problems.push(`${file} names '${name}', whose types (@types/${name}) are not among the dependencies`);
  }
}

console.log(`npm pack: ${files.length} files, ${(report.size / 1024).toFixed(1)} KiB packed, ${(report.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
for (const problem of problems) console.log(`✗ ${problem}`);
process.exit(problems.length ? 1 : 0);
