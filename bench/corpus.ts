import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a synthetic corpus of `n` articles made from the seeds: each copy gets its own file
 * name and a rotated paragraph order, so the job does the same work per article as on real text.
 */
export function makeCorpus(seedDir: string, dir: string, n: number): void {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const text = seeds[i % seeds.length];
    const paras = text.split(/\n\s*\n/);
    const k = Math.floor(i / seeds.length) % Math.max(1, paras.length - 2);
    // keep the headline and dateline first; rotate the rest
    const head = paras.slice(0, 2);
    const rest = paras.slice(2);
    const rotated = [...head, ...rest.slice(k), ...rest.slice(0, k)].join('\n\n');
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `a${String(i).padStart(6, '0')}.txt`), rotated);
  }
}
