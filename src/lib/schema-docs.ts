/**
 * The one documentation mechanism of the schemas: each field's one-line doc comment in
 * src/schemas/. Read from the sources here, it becomes the descriptions of the editor JSON Schema,
 * the field reference, the published JSON Schemas and the API page, so none of them can drift.
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

/** The object literals passed to `z.object`/`z.strictObject` in each `const` (spreads of local literals included). */
export function schemaDocs(file: string): SchemaDoc[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals = new Map<string, ts.ObjectLiteralExpression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (d.initializer && ts.isObjectLiteralExpression(d.initializer))
        literals.set(d.name.getText(source), d.initializer);
    }
  }
  const fieldsOf = (literal: ts.ObjectLiteralExpression): FieldDoc[] =>
    literal.properties.flatMap((p): FieldDoc[] => {
      if (ts.isSpreadAssignment(p)) {
        const spread = literals.get(p.expression.getText(source));
        return spread ? fieldsOf(spread) : [];
      }
      if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
        return [{ name: p.name.getText(source), doc: docOf(p) }];
      return [];
    });
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
      docs.push({ schema: declaration.name.getText(source), doc: docOf(statement), fields: fieldsOf(literal) });
    }
  }
  return docs;
}

type Json = { properties?: Record<string, Json>; items?: Json; description?: string; [key: string]: unknown };

/**
 * Writes the doc comments into a JSON Schema generated from zod: every object whose properties
 * are exactly the fields of a documented schema gets that schema's comments as descriptions.
 */
export function describeJsonSchema<T extends object>(schema: T, docs: SchemaDoc[]): T {
  const byFields = new Map(
    docs.map((d) => [
      d.fields
        .map((f) => f.name)
        .sort()
        .join(','),
      d,
    ]),
  );
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const json = node as Json;
    if (json.properties) {
      const doc = byFields.get(Object.keys(json.properties).sort().join(','));
      if (doc) {
        if (doc.doc && !json.description) json.description = doc.doc;
        for (const field of doc.fields) if (field.doc) json.properties[field.name].description = field.doc;
      }
    }
    Object.values(json).forEach(walk);
  };
  walk(schema);
  return schema;
}

/** Removes `additionalProperties: false` everywhere: published data may gain fields without a new version. */
export function openJsonSchema<T extends object>(schema: T): T {
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const json = node as Json;
    if (json.additionalProperties === false) delete json.additionalProperties;
    Object.values(json).forEach(walk);
  };
  walk(schema);
  return schema;
}

/** The authoring schema files, in the order a contributor meets them. */
export const AUTHORING_SCHEMA_FILES = ['src/schemas/guide.ts', 'src/schemas/setting.ts', 'src/schemas/primitives.ts'];
/** The published data's schema file. */
export const PUBLIC_SCHEMA_FILE = 'src/schemas/public.ts';
