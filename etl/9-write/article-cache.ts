import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorMention } from '../types.js';
import type { ArticleRows } from '../8-rows/article-rows.js';
import type { PublicationSummary } from '../4-dates/infer-publication.js';
import type { Publication } from '../4-dates/publication-date.js';
import { projectRoot } from '../lexicon/load.js';
import { outputPaths } from './output-dir.js';

/** What an incremental run keeps of an article: its rows and its actor mentions. */
export interface CachedArticle {
  rows: ArticleRows;
  actorMentions: ActorMention[];
}

function hashTree(dir: string, h: ReturnType<typeof createHash>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'node_modules') continue;
    try {
      h.update(name);
      h.update(readFileSync(p));
    } catch {
      hashTree(p, h); // a folder
    }
  }
}

let fingerprintCache: string | null = null;

/**
 * A hash of everything that decides an article's rows: the code that is running and the
 * lexicons. A cached article is reused only under the same fingerprint.
 */
export function codeFingerprint(): string {
  if (fingerprintCache) return fingerprintCache;
  const h = createHash('sha256');
  hashTree(dirname(dirname(fileURLToPath(import.meta.url))), h); // etl/ (source or compiled)
  hashTree(join(projectRoot(), 'lexicons'), h);
  hashTree(join(projectRoot(), 'schemas'), h);
  fingerprintCache = h.digest('hex').slice(0, 16);
  return fingerprintCache;
}

/**
 * A per-output cache of extracted articles for `--incremental` runs, keyed by the file's
 * sha256, its path, the publication day it was resolved against and the code fingerprint, so
 * a reused article gives exactly the rows a full run would.
 */
export class ArticleCache {
  private readonly dir: string;
  private readonly used = new Set<string>();

  constructor(outDir: string) {
    const p = outputPaths(outDir);
    this.dir = join(p.parent, `.${p.base}.cache`, codeFingerprint());
    mkdirSync(this.dir, { recursive: true });
  }

  private path(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  private read<T>(key: string): T | null {
    const p = this.path(key);
    this.used.add(p);
    try {
      return JSON.parse(readFileSync(p, 'utf8')) as T;
    } catch {
      return null; // missing or half-written by a killed run: extract again
    }
  }

  private write(key: string, value: unknown): void {
    const p = this.path(key);
    this.used.add(p);
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, p);
  }

  /** The first-pass summary of a file, if cached. */
  summary(sha256: string, sourceFile: string): PublicationSummary | null {
    return this.read<PublicationSummary>(`summary:${sha256}:${sourceFile}`);
  }

  saveSummary(sha256: string, sourceFile: string, s: PublicationSummary): void {
    this.write(`summary:${sha256}:${sourceFile}`, s);
  }

  /** The extracted article for a file resolved against a publication day, if cached. */
  article(sha256: string, sourceFile: string, publication: Publication): CachedArticle | null {
    return this.read<CachedArticle>(`article:${sha256}:${sourceFile}:${JSON.stringify(publication)}`);
  }

  saveArticle(sha256: string, sourceFile: string, publication: Publication, a: CachedArticle): void {
    this.write(`article:${sha256}:${sourceFile}:${JSON.stringify(publication)}`, a);
  }

  /** Drops entries this run did not use and caches of other code versions. */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      const p = join(this.dir, name);
      if (!this.used.has(p)) rmSync(p, { force: true });
    }
    const root = dirname(this.dir);
    for (const name of readdirSync(root)) if (join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
  }
}
