import type { FieldDef, TableDef } from '../../schemas/index.js';

/** Foreign keys implied by column names: article_id → articles, *_actor_id/actorN_id → actors. */
export function foreignKeysOf(table: TableDef): Array<{ fields: string; reference: { resource: string; fields: string } }> {
  const fks = [];
  for (const f of table.fields) {
    if (f.name === 'article_id' && table.name !== 'articles') {
      fks.push({ fields: f.name, reference: { resource: 'articles', fields: 'article_id' } });
    } else if (/^(actor[12]_id|.*_actor_id)$/.test(f.name)) {
      fks.push({ fields: f.name, reference: { resource: 'actors', fields: 'actor_id' } });
    }
  }
  return fks;
}

function fieldDescriptor(f: FieldDef): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (f.required) constraints.required = true;
  if (f.enum) constraints.enum = [...f.enum];
  return {
    name: f.name,
    type: f.type,
    ...(f.type === 'date' ? { format: 'default' } : {}),
    ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: f.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** Per-file facts recorded in the package: size and checksum of each CSV written. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

/** Builds the Frictionless Tabular Data Package describing every CSV resource. */
export function buildDataPackage(tables: readonly TableDef[], version: string, files: Map<string, FileFacts>): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'arabic-news-events',
    title: 'Arabic news: articles, dates, quotes, events and actors',
    version,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0' }],
    resources: tables.map((t) => {
      const path = `csv/${t.name}.csv`;
      const facts = files.get(path);
      return {
        name: t.name,
        title: t.title,
        description: t.description,
        path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        ...(facts ? { bytes: facts.bytes, hash: `sha256:${facts.sha256}` } : {}),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: t.fields.map(fieldDescriptor),
          primaryKey: [...t.primaryKey],
          missingValues: [''],
          foreignKeys: foreignKeysOf(t),
        },
      };
    }),
  };
}
