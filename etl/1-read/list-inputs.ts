import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One candidate input file: its absolute path and its path relative to the input folder. */
export interface InputFile {
  path: string;
  sourceFile: string;
  /** byte size, or null when the file cannot be stat'ed (broken symlink, no permission) */
  size: number | null;
}

/**
 * Lists every `*.txt` under `dir`, recursively, sorted by relative path (code-point order)
 * so that runs are deterministic whatever order the file system returns.
 */
export function listInputs(dir: string): InputFile[] {
  const out: InputFile[] = [];
  const walk = (d: string): void => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) { walk(p); continue; }
      if (!ent.name.toLowerCase().endsWith('.txt')) continue;
      let size: number | null = null;
      try {
        const st = statSync(p); // follows symlinks: a broken one throws
        if (st.isDirectory()) { walk(p); continue; }
        size = st.size;
      } catch {
        size = null; // a broken symbolic link or no permission: the reader rejects it as unreadable
      }
      out.push({ path: p, sourceFile: relative(dir, p).split(sep).join('/'), size });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
}
