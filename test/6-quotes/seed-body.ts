import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A seed article reduced to its body: the headline line and a "(… - date)" dateline prefix dropped. */
export interface SeedBody {
  name: string;
  headline: string;
  body: string;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** Reads every seed and strips the headline and dateline prefix (test helper only). */
export function readSeedBodies(): SeedBody[] {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((name) => {
    const text = readFileSync(join(SEEDS, name), 'utf8').replace(/\r\n/g, '\n');
    const nl = text.indexOf('\n');
    const headline = text.slice(0, nl).trim();
    const body = text.slice(nl + 1).replace(/\([^()\n]*-[^()\n]*\)\s*/, '');
    return { name, headline, body };
  });
}
