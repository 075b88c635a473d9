// Node cannot resolve the tsconfig "paths" aliases (@rolecall/model, ...) in compiled code, so the
// build rewrites each aliased import to a relative path, as `nest build` does. dist mirrors the
// source tree (rootDir "."), so the relative path from the source file is also right in dist.
import ts from 'typescript';
import { dirname, relative, resolve } from 'node:path';

/** A before-transformer turning `import ... from '@rolecall/x'` into `'../../libs/x/src'`. */
export function aliasRewriter(options) {
  const base = options.pathsBasePath ?? options.baseUrl ?? process.cwd();
  // Every alias here maps to exactly one directory (no wildcards).
  const targets = new Map(Object.entries(options.paths ?? {}).map(([alias, [target]]) => [alias, resolve(base, target)]));
  const rewrite = (fileName, specifier) => {
    const target = targets.get(specifier);
    if (target === undefined) return undefined;
    const path = relative(dirname(fileName), target).split('\\').join('/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  return (context) => (sourceFile) => {
    const visit = (node) => {
      const isImport = ts.isImportDeclaration(node);
      if ((isImport || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const path = rewrite(sourceFile.fileName, node.moduleSpecifier.text);
        if (path === undefined) return node;
        const specifier = ts.factory.createStringLiteral(path);
        return isImport
          ? ts.factory.updateImportDeclaration(node, node.modifiers, node.importClause, specifier, node.attributes)
          : ts.factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, specifier, node.attributes);
      }
      return node;
    };
    return ts.visitEachChild(sourceFile, visit, context);
  };
}
