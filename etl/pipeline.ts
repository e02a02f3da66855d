import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type RowsByTable, type TableName, type TableDef } from '../schemas/index.js';
import { listInputs, type InputFile } from './1-read/list-inputs.js';
import { readInput, DEFAULT_MAX_BYTES } from './1-read/read-file.js';
import type { Rejection } from './1-read/reject.js';
import { cleanOrReject, extractArticle, newTimings } from './extract-article.js';
import { publicationFromDateline, type Publication } from './4-dates/publication-date.js';
import { actorById, findActors } from './5-actors/index.js';
import { findDates } from './4-dates/index.js';
import { inferPublications, summarizeForPublication, type PublicationSummary } from './4-dates/infer-publication.js';
import { splitSentences } from './3-segment/sentences.js';
import { toArticleRows } from './8-rows/article-rows.js';
import { ActorTally } from './8-rows/actor-tally.js';
import { openCsvWriter, type TableWriter } from './9-write/csv-writer.js';
import { openParquetWriter } from './9-write/parquet-writer.js';
import { buildDataPackage, type FileFacts } from './9-write/datapackage.js';
import { buildLoadSql } from './9-write/load-sql.js';
import { writeAtomically } from './9-write/output-dir.js';
import { ArticleCache } from './9-write/article-cache.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export type Format = 'csv' | 'parquet';

/** What a run reads, where it writes, and how. */
export interface RunOptions {
  input: string;
  output: string;
  formats: Format[];
  maxBytes?: number;
  /** reuse the rows of files unchanged since the previous run (same bytes, same code) */
  incremental?: boolean;
  /** the clock, injected so tests can fix it; only the manifest uses it */
  now?: () => Date;
  log?: (line: string) => void;
}

/** What a run did. */
export interface RunResult {
  articles: number;
  rejects: number;
  rowCounts: Record<TableName, number>;
  exitCode: 0 | 3;
}

/** Rows wait here until a batch is worth a write. */
const BATCH_ROWS = 2000;

class TableSet {
  private readonly writers = new Map<TableName, TableWriter[]>();
  private readonly pending = new Map<TableName, Array<Record<string, unknown>>>();
  private pendingCount = 0;
  readonly counts = Object.fromEntries(TABLES.map((t) => [t.name, 0])) as Record<TableName, number>;

  static async open(dir: string, formats: Format[]): Promise<TableSet> {
    const set = new TableSet();
    for (const f of formats) mkdirSync(join(dir, f), { recursive: true });
    for (const t of TABLES) {
      const ws: TableWriter[] = [];
      if (formats.includes('csv')) ws.push(await openCsvWriter(t, join(dir, 'csv', `${t.name}.csv`)));
      if (formats.includes('parquet')) {
        // A row group is held in memory until written: keep the one holding article bodies small.
        const rowGroup = t.name === 'articles' ? 200 : 5000;
        ws.push(await openParquetWriter(t, join(dir, 'parquet', `${t.name}.parquet`), rowGroup));
      }
      set.writers.set(t.name as TableName, ws);
      set.pending.set(t.name as TableName, []);
    }
    return set;
  }

  async add<T extends TableName>(table: T, rows: ReadonlyArray<RowsByTable[T]>): Promise<void> {
    if (!rows.length) return;
    this.pending.get(table)!.push(...(rows as unknown as Array<Record<string, unknown>>));
    this.counts[table] += rows.length;
    this.pendingCount += rows.length;
    if (this.pendingCount >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    for (const [table, rows] of this.pending) {
      if (!rows.length) continue;
      for (const w of this.writers.get(table)!) await w.write(rows);
      rows.length = 0;
    }
    this.pendingCount = 0;
  }

  async close(): Promise<void> {
    await this.flush();
    for (const ws of this.writers.values()) for (const w of ws) await w.close();
  }
}

/** Size and SHA-256 of every table file written, keyed by path relative to the output folder. */
function hashTableFiles(dir: string, formats: Format[]): Map<string, FileFacts> {
  const facts = new Map<string, FileFacts>();
  for (const f of formats) {
    for (const t of TABLES) {
      const rel = `${f}/${t.name}.${f}`;
      const buf = readFileSync(join(dir, rel));
      facts.set(rel, { bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') });
    }
  }
  return facts;
}

const isPerson = (id: string) => actorById(id)?.kind === 'person';

/** The article id of an input: its file name without extension. */
export function articleIdOf(file: InputFile): string {
  const name = file.sourceFile.split('/').pop()!;
  return name.replace(/\.[^.]+$/, '');
}

interface InputRecord {
  sourceFile: string;
  sha256: string | null;
  bytes: number | null;
  status: 'article' | 'rejected';
  reason?: string;
}

/**
 * Runs the whole job: lists the inputs, dates every article (pass 1: datelines and the
 * corpus-level inference over small per-article summaries), then extracts and writes rows
 * one article at a time (pass 2), and swaps the finished folder in atomically.
 */
export async function runEtl(opts: RunOptions): Promise<RunResult> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  const started = now();
  const t0 = performance.now();
  const files = listInputs(opts.input);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  const timings = newTimings();
  const inputs: InputRecord[] = [];
  const tally = new ActorTally();
  let articles = 0;
  const seenIds = new Set<string>();
  let result: RunResult | null = null;

  // The whole run happens under the output lock, so a second run on the same folder stops
  // at once instead of after doing all the work.
  await writeAtomically(opts.output, async (staging) => {
    // Pass 1: publication dates from datelines, and a small summary per article (a few dates
    // and actor ids) so that articles without a dateline can be dated from the corpus.
    const cache = opts.incremental ? new ArticleCache(opts.output) : null;
    const reuse = { summaries: 0, articles: 0 };
    const summaries: PublicationSummary[] = [];
    for (const file of files) {
      const r = readInput(file, maxBytes);
      if (!r.ok) continue;
      const hit = cache?.summary(r.sha256, file.sourceFile);
      if (hit) { summaries.push(hit); reuse.summaries++; continue; }
      const c = cleanOrReject(file.sourceFile, r.text);
      if (!c.ok) continue;
      const body = c.clean.body;
      const pub = publicationFromDateline(c.clean.datelineText);
      const summary = summarizeForPublication(file.sourceFile, pub, body, splitSentences(body), findDates(body, { anchor: pub.date }), findActors(body), isPerson);
      cache?.saveSummary(r.sha256, file.sourceFile, summary);
      summaries.push(summary);
    }
    const inferred = inferPublications(summaries);
    const publications = new Map<string, Publication>(summaries.map((s) => [s.key, inferred.get(s.key) ?? s.publication]));
    summaries.length = 0;
    const tPass1 = performance.now();

    const tables = await TableSet.open(staging, opts.formats);
    const reject = async (rej: Rejection, sha256: string | null, bytes: number | null) => {
      inputs.push({ sourceFile: rej.sourceFile, sha256, bytes, status: 'rejected', reason: rej.reason });
      await tables.add('rejects', [{ source_file: rej.sourceFile, reason: rej.reason, detail: rej.detail }]);
      log(`rejected ${rej.sourceFile}: ${rej.reason} — ${rej.detail}`);
    };
    for (const file of files) {
      const r = readInput(file, maxBytes);
      if (!r.ok) { await reject({ sourceFile: file.sourceFile, reason: r.reason, detail: r.detail }, r.sha256, file.size); continue; }
      const tc = performance.now();
      const c = cleanOrReject(file.sourceFile, r.text);
      timings.clean += performance.now() - tc;
      if (!c.ok) { await reject(c.rejection, r.sha256, r.bytes); continue; }
      const articleId = articleIdOf(file);
      if (seenIds.has(articleId)) {
        await reject({ sourceFile: file.sourceFile, reason: 'duplicate_id', detail: `Another input already has the article id ${articleId} (file names must be unique across folders); rename one of them.` }, r.sha256, r.bytes);
        continue;
      }
      seenIds.add(articleId);
      const publication = publications.get(file.sourceFile) ?? publicationFromDateline(c.clean.datelineText);
      let cached = cache?.article(r.sha256, file.sourceFile, publication) ?? null;
      if (cached) reuse.articles++;
      else {
        const { facts, actorMentions } = extractArticle({ articleId, sourceFile: file.sourceFile, sha256: r.sha256 }, c.clean, publication, timings);
        cached = { rows: toArticleRows(facts), actorMentions };
        cache?.saveArticle(r.sha256, file.sourceFile, publication, cached);
      }
      const rows = cached.rows;
      tally.add(cached.actorMentions);
      for (const q of rows.quotes) tally.reference(q.speaker_actor_id);
      for (const e of rows.events) [e.actor1_id, e.actor2_id, e.claimed_by_actor_id].forEach((id) => tally.reference(id));
      await tables.add('articles', [rows.article]);
      await tables.add('date_mentions', rows.dateMentions);
      await tables.add('quotes', rows.quotes);
      await tables.add('events', rows.events);
      inputs.push({ sourceFile: file.sourceFile, sha256: r.sha256, bytes: r.bytes, status: 'article' });
      articles++;
    }
    await tables.add('actors', tally.rows(actorById));
    cache?.prune();
    await tables.close();

    const fileFacts = hashTableFiles(staging, opts.formats);
    if (opts.formats.includes('csv')) {
      const pkg = buildDataPackage(TABLES as readonly TableDef[], TOOL_VERSION, fileFacts);
      writeFileSync(join(staging, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
    }
    if (opts.formats.includes('parquet')) writeFileSync(join(staging, 'load.sql'), buildLoadSql(TABLES as readonly TableDef[]));

    const rejects = tables.counts.rejects;
    result = { articles, rejects, rowCounts: { ...tables.counts }, exitCode: rejects > 0 ? 3 : 0 };
    const manifest = {
      run_id: createHash('sha256').update(`${started.toISOString()}:${process.pid}:${Math.random()}`).digest('hex').slice(0, 16),
      tool: { name: TOOL_NAME, version: TOOL_VERSION, node: process.version },
      started_at: started.toISOString(),
      finished_at: now().toISOString(),
      options: { input: opts.input, formats: opts.formats, max_bytes: maxBytes, incremental: Boolean(opts.incremental) },
      ...(cache ? { incremental: { reused_summaries: reuse.summaries, reused_articles: reuse.articles } } : {}),
      exit_code: result.exitCode,
      counts: { inputs: files.length, articles, rejects },
      row_counts: result.rowCounts,
      timings_ms: {
        total: Math.round(performance.now() - t0),
        pass1_publication: Math.round(tPass1 - t0),
        ...Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
      },
      inputs,
      files: Object.fromEntries([...fileFacts].map(([k, v]) => [k, v])),
    };
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  });
  return result!;
}
