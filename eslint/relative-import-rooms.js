// @ts-check
import path from 'node:path';

/**
 * The rooms of DESIGN.md §2: an import that crosses from one to another names its target by a
 * package subpath (`#sync/…`, `#common/…`, package.json "imports"); relative paths stay inside
 * one room, so an import says where it points without counting `../`. electron/ is four rooms
 * (common, node, main, preload) because they are four runtimes; renderer/src/ocr/core is its own
 * room (listed first, so it wins over renderer/) because Node imports it too, as `#ocr-core/…`.
 */
const ROOMS = ['renderer/src/ocr/core', 'electron/common', 'electron/node', 'electron/main', 'electron/preload', 'sync', 'kiosk-config', 'renderer', 'county-console', 'tests', 'bench', 'scripts', 'eslint', 'docs'];

/** @param {string} relativeToRoot */
export function roomOf(relativeToRoot) {
  const normalised = relativeToRoot.split(path.sep).join('/');
  return ROOMS.find((room) => normalised === room || normalised.startsWith(`${room}/`));
}

/** @type {import('eslint').Rule.RuleModule} */
const relativeImportStaysInRoom = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside their room; across rooms use the #subpath names.' },
    schema: [],
    messages: {
      leaves: "'{{source}}' leaves {{from}} for {{to}}: import it by its package subpath name (#…, package.json \"imports\").",
      nodeSuffix:
        "'{{source}}' ends in .node: tsx (the county CLI, the browser-mode host) does not add .ts to it and the process does not start. Import it by its #… name, which maps to the .ts file.",
    },
  },
  create(context) {
    const cwd = context.cwd;
    const from = roomOf(path.relative(cwd, context.filename));
    if (!from) return {};
    // Only Vitest loads test files, and it resolves the .node suffix.
    const runByTsx = !/\.test\.tsx?$/.test(context.filename);
    /** @param {import('estree').Node & { source?: import('estree').Node | null }} node */
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.relative(cwd, path.resolve(path.dirname(context.filename), source.value));
      const to = roomOf(target) ?? 'the repository root';
      if (to !== from) context.report({ node: source, messageId: 'leaves', data: { source: source.value, from, to } });
      // Vitest resolves './x.node' to x.node.ts, Node's loader under tsx does not (it is the
      // native-addon suffix): the gap let two CLI commands pass every unit test and fail to start.
      else if (runByTsx && source.value.endsWith('.node')) context.report({ node: source, messageId: 'nodeSuffix', data: { source: source.value } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const roomsPlugin = { rules: { 'relative-import-stays-in-room': relativeImportStaysInRoom } };
