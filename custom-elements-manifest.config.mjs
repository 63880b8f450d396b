/**
 * `npm run analyze`: custom-elements.json from the JSDoc of src/event-timeline.ts, the one
 * place the public API is written down. Storybook's docs page and editors read it.
 */

const isPrivate = (member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#') || member.static;

/**
 * Keeps only the public API: drops private state (`#fields`, `@state`), statics, and the
 * events the analyzer guesses from `dispatchEvent(new X(...))` calls (the documented ones come
 * from `@fires`). Then refuses a manifest in which anything public lacks a description, or a
 * CSS custom property lacks its default, so an undocumented addition fails the build.
 */
function publicApiOnly() {
  return {
    name: 'event-timeline-public-api',
    // Lit's `@state()` is internal even without a `private` modifier.
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      for (const member of node.members) {
        const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
        const isState = decorators.some((d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'state');
        const documented = isState && decl?.members?.find((m) => m.name === member.name?.getText());
        if (documented) documented.privacy = 'private';
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          decl.members = (decl.members ?? []).filter((m) => !isPrivate(m));
          decl.events = (decl.events ?? []).filter((e) => e.name && e.description);
          const where = `${mod.path} ${decl.name}`;
          if (decl.customElement && !decl.tagName) missing.push(`${where}: no @tag`);
          for (const [kind, list] of Object.entries({
            member: decl.members,
            attribute: decl.attributes,
            event: decl.events,
            slot: decl.slots,
            'css property': decl.cssProperties,
            'css part': decl.cssParts,
          })) {
            for (const item of list ?? []) {
              if (!item.description?.trim()) missing.push(`${where}: ${kind} "${item.name || '(default)'}" has no description`);
            }
          }
          for (const p of decl.cssProperties ?? []) if (p.default === undefined) missing.push(`${where}: css property ${p.name} has no default`);
        }
      }
      if (missing.length > 0) throw new Error(`The public API is not fully documented:\n  ${missing.join('\n  ')}`);
      // The package ships the ESM build, not src/: tools that import the element by the manifest's
      // paths find it there.
      const shipped = (path) => path.replace(/^src\/(.+)\.ts$/, 'dist/esm/$1.js');
      for (const mod of customElementsManifest.modules) {
        mod.path = shipped(mod.path);
        for (const entry of mod.exports ?? []) if (entry.declaration?.module) entry.declaration.module = shipped(entry.declaration.module);
      }
    },
  };
}

export default {
  globs: ['src/event-timeline.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
