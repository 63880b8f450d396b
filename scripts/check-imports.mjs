import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Every package that a tracked source file imports (src/, test/, stories/, scripts/, examples/,
 * configs) is declared in package.json. An undeclared one works only while some other package
 * happens to pull it in, and breaks on the day that one drops it. Run by `npm test`.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = new Set([pkg.name, ...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })]);

const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => /\.(m?[jt]sx?|cjs|vue|html)$/.test(f));

// Import statements at the start of a line (not an import named in a comment or a message),
// `export … from`, and dynamic imports with a literal.
const patterns = [/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];

const missing = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const pattern of patterns) {
    for (const [, specifier] of text.matchAll(pattern)) {
      if (/^(\.|\/|node:|https?:|data:)/.test(specifier)) continue;
      const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      if (!declared.has(name)) missing.set(name, [...(missing.get(name) ?? []), file]);
    }
  }
}

if (missing.size > 0) {
  for (const [name, where] of missing) console.log(`✗ ${name} is imported by ${[...new Set(where)].join(', ')} but not declared in package.json`);
  process.exit(1);
}
console.log(`every package imported by ${files.length} files is declared in package.json`);
