import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEtl, type RunResult } from '../../etl/pipeline.js';
import { TABLES } from '../../schemas/index.js';
import { projectRoot } from '../../etl/lexicon/load.js';
import { duckQuery } from '../helpers/duckdb.js';

const seeds = join(projectRoot(), 'seeds');
const ARABIC = 'قال المتحدث باسم الحكومة اليوم إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بمشاركة الوسطاء.';

/** Encodes text in a single-byte code page by inverting TextDecoder. */
function encodeLegacy(text: string, enc: string): Buffer {
  const dec = new TextDecoder(enc);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x20));
}

let clean: RunResult;
let mixed: RunResult;
let cleanOut: string;
let mixedOut: string;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'etl-bad-'));
  const input = join(base, 'in');
  mkdirSync(join(input, 'bad'), { recursive: true });
  for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(input, f));
  const bad = (name: string, data: string | Buffer) => writeFileSync(join(input, 'bad', name), data);
  bad('empty.txt', '');
  bad('blank.txt', '  \n\t\r\n  ');
  bad('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  bad('document.txt', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1'));
  bad('page.txt', `<!doctype html><html><head><title>خبر</title><script>var a = "<p>x</p>";</script></head><body><nav>الرئيسية | أخبار</nav><h1>عنوان الخبر</h1><p>${ARABIC}</p><footer>جميع الحقوق محفوظة</footer></body></html>`);
  bad('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`عنوان\n\n${ARABIC}`, 'utf16le')]));
  bad('cp1256.txt', encodeLegacy(`عنوان\n\n${ARABIC}`, 'windows-1256'));
  bad('iso88596.txt', encodeLegacy(`عنوان\n\n${ARABIC}`, 'iso-8859-6'));
  bad('invalid-utf8.txt', Buffer.concat([Buffer.from(`عنوان\n\n${ARABIC}`), Buffer.from([0xc3, 0xff])]));
  bad('nul-bytes.txt', Buffer.concat([Buffer.from('عنوان\n\n'), Buffer.from([0]), Buffer.from(ARABIC)]));
  bad('english.txt', 'Headline\n\nThis article has no Arabic at all, only English text about the weather.');
  bad('menus-only.txt', 'البث المباشر\n\nشاركوا هذا الخبر\n\nجميع الحقوق محفوظة');
  bad('اسم عربي مع مسافات.txt', `عنوان\n\n${ARABIC}`);
  bad('one-long-line.txt', (ARABIC + ' ').repeat(2_500)); // about 450 KB on a single line: an article
  bad('ten-mb-line.txt', (ARABIC + ' ').repeat(57_000)); // 10 MB on a single line: over the size limit
  const big = openSync(join(input, 'bad', 'huge.txt'), 'w');
  ftruncateSync(big, 200 * 1024 * 1024); // a 200 MB (sparse) file
  closeSync(big);
  symlinkSync(join(base, 'nowhere.txt'), join(input, 'bad', 'broken-link.txt'));

  cleanOut = join(base, 'clean-out');
  mixedOut = join(base, 'mixed-out');
  clean = await runEtl({ input: seeds, output: cleanOut, formats: ['csv', 'parquet'] });
  mixed = await runEtl({ input, output: mixedOut, formats: ['csv', 'parquet'] });
}, 300_000);

describe('a folder of bad inputs mixed with the seeds', () => {
  it('exits 3 and gives every bad file an article or a rejects row', async () => {
    expect(mixed.exitCode).toBe(3);
    const rejects = await duckQuery(`SELECT source_file, reason, detail FROM '${join(mixedOut, 'parquet', 'rejects.parquet')}' ORDER BY source_file`);
    const byFile = Object.fromEntries(rejects.map((r) => [String(r.source_file), String(r.reason)]));
    expect(byFile).toEqual({
      'bad/blank.txt': 'empty',
      'bad/broken-link.txt': 'unreadable',
      'bad/document.txt': 'not_text',
      'bad/empty.txt': 'empty',
      'bad/english.txt': 'no_arabic',
      'bad/huge.txt': 'too_large',
      'bad/image.txt': 'not_text',
      'bad/menus-only.txt': 'no_body',
      'bad/ten-mb-line.txt': 'too_large',
    });
    for (const r of rejects) expect(String(r.detail)).toMatch(/^[A-Z].+\.$/);
    const arts = await duckQuery(`SELECT source_file, title, body FROM '${join(mixedOut, 'parquet', 'articles.parquet')}' WHERE source_file LIKE 'bad/%' ORDER BY source_file`);
    const names = arts.map((a) => String(a.source_file));
    expect(names).toEqual(['bad/cp1256.txt', 'bad/invalid-utf8.txt', 'bad/iso88596.txt', 'bad/nul-bytes.txt', 'bad/one-long-line.txt', 'bad/page.txt', 'bad/utf16.txt', 'bad/اسم عربي مع مسافات.txt']);
    for (const a of arts.filter((x) => x.source_file !== 'bad/one-long-line.txt')) expect(String(a.body)).toBe(ARABIC);
    expect(arts.find((a) => a.source_file === 'bad/page.txt')?.title).toBe('عنوان الخبر');
  });

  it('leaves the seeds rows identical to a clean run', async () => {
    const seedIds = (await duckQuery(`SELECT article_id FROM '${join(cleanOut, 'parquet', 'articles.parquet')}'`)).map((r) => `'${r.article_id}'`).join(',');
    for (const t of TABLES.filter((x) => x.name !== 'rejects' && x.name !== 'actors')) {
      const q = (dir: string) => duckQuery(`SELECT * FROM '${join(dir, 'parquet', `${t.name}.parquet`)}' WHERE article_id IN (${seedIds}) ORDER BY 1`);
      expect(await q(mixedOut)).toEqual(await q(cleanOut));
    }
    expect(clean.exitCode).toBe(0);
  });

  it('writes CSV with the same row counts as Parquet', () => {
    for (const t of TABLES) {
      const csvRows = readFileSync(join(mixedOut, 'csv', `${t.name}.csv`), 'utf8');
      expect(csvRows.startsWith('\uFEFF')).toBe(true);
    }
    expect(mixed.rowCounts.rejects).toBe(9);
  });
});
