import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { InputFile } from './list-inputs.js';
import { decodeBytes } from './decode.js';
import type { RejectReason } from './reject.js';

/** Largest input accepted by default: news articles are kilobytes; megabytes are scrapes gone wrong. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A file read and decoded, or the reason it could not be. */
export type ReadResult =
  | { ok: true; text: string; sha256: string; bytes: number; encoding: string }
  | { ok: false; reason: RejectReason; detail: string; sha256: string | null };

/** Reads one input file (the only file-system access of the reading stage besides listing). */
export function readInput(file: InputFile, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  if (file.size === null) {
    return { ok: false, reason: 'unreadable', detail: `Cannot open ${file.sourceFile} (a broken symbolic link or no permission); fix or remove it.`, sha256: null };
  }
  if (file.size > maxBytes) {
    return {
      ok: false,
      reason: 'too_large',
      detail: `The file is ${(file.size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit for one article; split it or raise --max-bytes.`,
      sha256: null,
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, reason: 'unreadable', detail: `Cannot read ${file.sourceFile} (${code}); check its permissions.`, sha256: null };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ...decoded, sha256 };
  return { ok: true, text: decoded.text, sha256, bytes: bytes.length, encoding: decoded.encoding };
}
