import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../etl/lexicon/load.js';

// The CLI is exercised as users run it: the compiled dist/ (npm test builds it first).
const cli = join(projectRoot(), 'dist', 'etl', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: projectRoot() });

describe('command line', () => {
  it('--help shows both commands with examples and the exit codes', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/run/);
    expect(r.stdout).toMatch(/dates/);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes/);
    const d = run(['dates', '--help']);
    expect(d.stdout).toMatch(/Examples:/);
  });

  it('exits 2 on bad usage', () => {
    expect(run(['run', '--format', 'xlsx']).status).toBe(2);
    expect(run(['nonsense-command']).status).toBe(2);
    expect(run(['run', '--input', '/no/such/folder']).status).toBe(2);
    expect(run(['dates', '--anchor', '7/10/2020', 'أمس']).status).toBe(2);
  });

  it('dates --json prints one object per expression with code-point offsets and line numbers', () => {
    const r = run(['dates', '--anchor', '2020-10-07', '--json'], 'وقال أمس إن\nلا تاريخ هنا\nفي 27 أيلول/سبتمبر 2020 😀 أمس');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ line: 1, surface: 'أمس', start: 5, end: 8, date: '2020-10-06', kind: 'date' });
    expect(rows[1]).toMatchObject({ line: 3, surface: '27 أيلول/سبتمبر 2020', date: '2020-09-27', precision: 'day', calendar: 'gregorian' });
    const last = rows[rows.length - 1];
    const line3 = [...'في 27 أيلول/سبتمبر 2020 😀 أمس'];
    expect(line3.slice(last.start, last.end).join('')).toBe('أمس');
  });

  it('exits 3 and writes a rejects row when an input is bad, keeping the good articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etl-cli-'));
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    copyFileSync(join(projectRoot(), 'seeds', '000_0fe169923048d305.txt'), join(input, 'sub', 'good.txt'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const r = run(['run', '--input', input, '--output', join(dir, 'out'), '--quiet']);
    expect(r.status).toBe(3);
    const rejects = readFileSync(join(dir, 'out', 'csv', 'rejects.csv'), 'utf8');
    expect(rejects).toContain('empty.txt,empty,');
    expect(rejects).toContain('image.txt,not_text,');
    const articles = readFileSync(join(dir, 'out', 'csv', 'articles.csv'), 'utf8');
    expect(articles).toContain('good,sub/good.txt,');
  });
});
