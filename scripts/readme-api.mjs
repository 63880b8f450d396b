import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The README's API section, written from custom-elements.json, which the analyzer makes from
 * the JSDoc of src/event-timeline.ts: the API is documented once, in the code, and the README
 * shows it in short tables instead of a hand-kept copy that drifts.
 *
 *   node scripts/readme-api.mjs              analyze, then rewrite the section in README.md
 *   node scripts/readme-api.mjs --check      analyze, then exit 1 if the section is not what it would write
 *   add --no-analyze to either to read the custom-elements.json already there
 */
const README = 'README.md';
const MANIFEST = 'custom-elements.json';
const BEGIN = '<!-- api:begin (written by `node scripts/readme-api.mjs` from the JSDoc of src/event-timeline.ts: edit that, not this) -->';
const END = '<!-- api:end -->';
const README_LIMIT = 12 * 1024;

const args = new Set(process.argv.slice(2));
const checkOnly = args.has('--check');

if (!args.has('--no-analyze')) {
  const analyzed = spawnSync('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--quiet'], { stdio: 'inherit' });
  if (analyzed.status !== 0) fail('the custom elements manifest could not be made (npx custom-elements-manifest analyze --litelement)');
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName);
if (!element) fail(`${MANIFEST} declares no custom element`);

const readme = readFileSync(README, 'utf8');
// The begin marker is found by its start, so a bare `<!-- api:begin -->` is enough to set one up.
const from = readme.indexOf('<!-- api:begin');
const to = readme.indexOf(END, from);
if (from < 0 || to < 0) fail(`${README} has no API section between the markers\n  <!-- api:begin -->\n  ${END}`);

const section = `${BEGIN}\n${apiSection(element)}\n${END}`;
const current = readme.slice(from, to + END.length);

if (checkOnly) {
  if (current !== section) fail(`the API section of ${README} is stale: run node scripts/readme-api.mjs`);
  // The README is the front door (issue #12): what it is, a picture, quick start, use, the API in
  // short. Detail belongs in docs/, so the check also holds its size.
  const bytes = Buffer.byteLength(readme);
  if (bytes > README_LIMIT) fail(`${README} is ${bytes} bytes, over ${README_LIMIT}: move detail into docs/`);
  console.log(`${README}: the API section matches ${MANIFEST}; ${bytes} of ${README_LIMIT} bytes`);
} else if (current === section) {
  console.log(`${README}: the API section was already up to date`);
} else {
  writeFileSync(README, readme.slice(0, from) + section + readme.slice(to + END.length));
  console.log(`${README}: API section rewritten from ${MANIFEST}`);
}

function fail(message) {
  console.error(`readme-api: ${message}`);
  process.exit(1);
}

/** One line of table text: JSDoc wraps its lines, and a `|` would end the cell. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  return `\`${cell(text)}\``;
}

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** An optional property's type reads better without its `| undefined`. */
/** The first sentence of a description: the table says what a thing is; the manifest says the rest. */
function firstSentence(text = '') {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Not inside code (`{ animate: false }`): a cell cut there shows a stray backtick.
  for (const { index } of flat.matchAll(/[.:](\s|$)/g)) {
    if ((flat.slice(0, index).match(/`/g) ?? []).length % 2 === 0) return flat.slice(0, index + 1);
  }
  return flat;
}

function typeText(type) {
  return type?.text ? code(type.text.replace(/\s*\|\s*undefined$/, '')) : '';
}

function apiSection(el) {
  const fields = (el.members ?? []).filter((m) => m.kind === 'field');
  const methods = (el.members ?? []).filter((m) => m.kind === 'method');
  const parts = [
    '### Attributes and properties',
    '',
    table(
      ['attribute', 'property', 'type', 'default', ''],
      fields.map((f) => [f.attribute ? code(f.attribute) : '–', code(f.name), typeText(f.type), f.default ? code(f.default) : '–', cell(firstSentence(f.description))]),
    ),
    '',
    '### Methods',
    '',
    table(
      ['method', 'returns', ''],
      methods.map((m) => {
        const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ');
        return [code(`${m.name}(${params})`), typeText(m.return?.type), cell(firstSentence(m.description))];
      }),
    ),
    '',
    '### DOM events',
    '',
    table(
      ['event', 'class', ''],
      (el.events ?? []).map((e) => [code(e.name), typeText(e.type), cell(e.description)]),
    ),
    '',
    '### Slots',
    '',
    table(
      ['slot', ''],
      (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    '',
    '### Shadow parts',
    '',
    // Names only: each part's description is in custom-elements.json and Storybook's docs page.
    `${(el.cssParts ?? []).map((p) => code(p.name)).join(', ')}.`,
    '',
    '### CSS custom properties',
    '',
    `${numberedRuns(el.cssProperties ?? [])
      .map((run) => (run.length === 1 ? code(run[0].name) : `${code(run[0].name)} … ${code(run[run.length - 1].name)}`))
      .join(', ')}: defaults and descriptions in custom-elements.json and Storybook's docs page.`,
  ];
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Properties that differ only in a number (`--timeline-group-1-color` to `-6-color`, each with its
 * own default colour) become one entry, described by the first: six saying the same would crowd the line.
 */
function numberedRuns(props) {
  const runs = [];
  for (const p of props) {
    const last = runs.at(-1);
    const key = (q) => q.name.replace(/\d+/g, '#');
    if (last && /\d/.test(p.name) && key(last[0]) === key(p)) last.push(p);
    else runs.push([p]);
  }
  return runs;
}
