// Every value a user can import has a TSDoc comment with an @example: the exported functions
// and classes of src/index.ts (and src/node/index.ts), the public methods of those classes, and
// exported objects that carry methods (`policies`). Read with the TypeScript compiler API, the
// way TypeDoc (`npm run docs`) reads them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

interface Documented {
  name: string;
  kind: 'function' | 'class' | 'method' | 'object';
  entry: string;
  hasExample: boolean;
}

function exportedValues(): Documented[] {
  const entries = ['src/index.ts', 'src/node/index.ts', 'src/sql/index.ts']
    .map((file) => join(root, file))
    .filter((file) => existsSync(file));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram(entries, { ...config?.options, noEmit: true });
  const checker = program.getTypeChecker();
  const hasExample = (node: ts.Node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example');
  const fromProject = (symbol: ts.Symbol) =>
    (symbol.declarations ?? []).some(
      (d) =>
        !program.isSourceFileDefaultLibrary(d.getSourceFile()) && !d.getSourceFile().fileName.includes('node_modules'),
    );
  const found: Documented[] = [];

  for (const file of entries) {
    const entry = file.slice(root.length);
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read the exports of ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & ts.SymbolFlags.Value)) continue; // types and interfaces
      const declarations = symbol.declarations ?? [];
      const name = exported.name;
      if (symbol.flags & ts.SymbolFlags.Class) {
        found.push({ name, kind: 'class', entry, hasExample: declarations.some(hasExample) });
        for (const declaration of declarations.filter(ts.isClassDeclaration)) {
          for (const member of declaration.members) {
            if (!ts.isMethodDeclaration(member) || ts.isPrivateIdentifier(member.name)) continue;
            if (ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
            if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) continue;
            const method = `${name}.${member.name.getText()}`;
            const overloads = declaration.members.filter(
              (m) => ts.isMethodDeclaration(m) && m.name.getText() === member.name.getText(),
            );
            if (found.some((f) => f.name === method)) continue;
            found.push({ name: method, kind: 'method', entry, hasExample: overloads.some(hasExample) });
          }
        }
      } else if (symbol.flags & ts.SymbolFlags.Function) {
        found.push({ name, kind: 'function', entry, hasExample: declarations.some(hasExample) });
      } else {
        // A constant: it needs an example when it can be called or carries methods of its own
        // (not an array's or a string's).
        const type = checker.getTypeOfSymbol(symbol);
        const callable = type.getCallSignatures().length > 0;
        const methods =
          !checker.isArrayLikeType(type) &&
          (type.flags & ts.TypeFlags.Object) !== 0 &&
          type.getProperties().some((p) => fromProject(p) && checker.getTypeOfSymbol(p).getCallSignatures().length > 0);
        if (callable || methods)
          found.push({
            name,
            kind: callable ? 'function' : 'object',
            entry,
            hasExample: declarations.some(hasExample),
          });
      }
    }
  }
  return found;
}

describe('TSDoc of the public API', () => {
  const values = exportedValues();

  it('reads the exports', () => {
    expect(values.map((v) => v.name)).toEqual(
      expect.arrayContaining(['Calendar', 'Calendar.add', 'Policy', 'policies', 'evaluate']),
    );
  });

  it('every exported function, class, public method and method-bearing object has an @example', () => {
    const missing = values.filter((v) => !v.hasExample).map((v) => v.name);
    expect(missing, 'exported without a TSDoc @example').toEqual([]);
  });
});
