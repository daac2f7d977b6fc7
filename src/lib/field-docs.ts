/**
 * Reads the one-line doc comments of the schema fields from the schema sources, so the field
 * reference on the site is generated from the same comments editors show, and cannot drift.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface FieldDoc {
  name: string;
  doc: string;
}

export interface SchemaDoc {
  /** The exported constant, e.g. `settingSchema`. */
  schema: string;
  /** Its own doc comment. */
  doc: string;
  fields: FieldDoc[];
}

const docOf = (node: ts.Node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .map((d) => (typeof d.comment === 'string' ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? '')))
    .join(' ')
    .trim();

/** The object literals passed to `z.object`/`z.strictObject` in each exported `const`. */
export function schemaDocs(file: string): SchemaDoc[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs: SchemaDoc[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let literal: ts.ObjectLiteralExpression | undefined;
      const visit = (node: ts.Node) => {
        if (literal) return;
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          ['object', 'strictObject'].includes(node.expression.name.text) &&
          node.arguments[0] &&
          ts.isObjectLiteralExpression(node.arguments[0])
        ) {
          literal = node.arguments[0];
          return;
        }
        ts.forEachChild(node, visit);
      };
      if (declaration.initializer) visit(declaration.initializer);
      if (!literal) continue;
      docs.push({
        schema: declaration.name.getText(source),
        doc: docOf(statement),
        fields: literal.properties
          .filter((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p))
          .map((p) => ({ name: p.name.getText(source), doc: docOf(p) })),
      });
    }
  }
  return docs;
}

/** The authoring schema files, in the order a contributor meets them. */
export const AUTHORING_SCHEMA_FILES = ['src/schemas/guide.ts', 'src/schemas/setting.ts', 'src/schemas/primitives.ts'];
