import type { RejectReason } from './reject.js';

/** The outcome of decoding a file's bytes: text, or a reason it cannot be text. */
export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: RejectReason; detail: string };

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['GZIP archive', [0x1f, 0x8b]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]/g;

/**
 * Decodes raw article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy
 * Arabic code pages Windows-1256 and ISO-8859-6 (chosen by which one yields Arabic text).
 * Binary files are refused, never decoded into garbage.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'The file is empty (0 bytes); re-save it with the article text.' };
  for (const [what, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) {
      return { ok: false, reason: 'not_text', detail: `The file is a ${what}, not text; convert it to plain text or remove it from the input folder.` };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');

  const nulCount = countByte(bytes, 0);
  if (nulCount > bytes.length / 10) {
    return { ok: false, reason: 'not_text', detail: `The file has ${nulCount} NUL bytes in ${bytes.length}: it is binary (or UTF-16 without a BOM); save it as UTF-8 text.` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return finish(text.replace(/^\uFEFF/, ''), 'utf-8');
  } catch {
    // Not valid UTF-8: try the legacy Arabic code pages and keep the one that reads as Arabic.
  }
  const candidates = ['windows-1256', 'iso-8859-6'].map((enc) => {
    const text = new TextDecoder(enc).decode(bytes);
    return { enc, text, score: arabicScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best.score > 0.3) return finish(best.text, best.enc);
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const bad = (lossy.match(/\uFFFD/g) ?? []).length;
  if (bad <= Math.max(2, lossy.length / 1000)) return finish(lossy.replace(/\uFFFD/g, ''), 'utf-8 (invalid bytes dropped)');
  return {
    ok: false,
    reason: 'bad_encoding',
    detail: `The file is not valid UTF-8 (${bad} invalid sequences) and does not read as Windows-1256 or ISO-8859-6 Arabic; re-save it as UTF-8.`,
  };
}

function finish(text: string, encoding: string): Decoded {
  const clean = text.replace(/\u0000/g, '');
  if (!clean.trim()) return { ok: false, reason: 'empty', detail: 'The file holds only whitespace; re-save it with the article text.' };
  return { ok: true, text: clean, encoding };
}

function countByte(bytes: Uint8Array, b: number): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === b) n++;
  return n;
}

/** Share of letters that are Arabic, minus a penalty for characters a legacy decode garbles into. */
function arabicScore(text: string): number {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (!letters) return 0;
  const arabic = (text.match(ARABIC_LETTER) ?? []).length;
  const junk = (text.match(/[\u0080-\u00FF\uFFFD\u0000-\u0008]/g) ?? []).length;
  return (arabic - 3 * junk) / letters;
}
