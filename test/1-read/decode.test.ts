import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../etl/1-read/decode.js';

const ARABIC = 'قال الرئيس إن المحادثات مستمرة في العاصمة';

/** Encodes text in a single-byte legacy code page by inverting TextDecoder over all 256 bytes. */
function encodeLegacy(text: string, enc: string): Uint8Array {
  const dec = new TextDecoder(enc);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} not in ${enc}`);
    return b;
  }));
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(ARABIC);
    expect(decodeBytes(plain)).toMatchObject({ ok: true, text: ARABIC, encoding: 'utf-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(bom)).toMatchObject({ ok: true, text: ARABIC });
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: ARABIC, encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text: ARABIC });
  });

  it('detects Windows-1256 and ISO-8859-6 Arabic', () => {
    expect(decodeBytes(encodeLegacy(ARABIC, 'windows-1256'))).toMatchObject({ ok: true, text: ARABIC, encoding: 'windows-1256' });
    expect(decodeBytes(encodeLegacy(ARABIC, 'iso-8859-6'))).toMatchObject({ ok: true, text: ARABIC, encoding: 'iso-8859-6' });
  });

  it('rejects empty, whitespace-only and binary input with stable reasons', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeBytes(new TextEncoder().encode(' \n\t \r\n'))).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatchObject({ ok: false, reason: 'not_text' });
    expect(decodeBytes(new TextEncoder().encode('%PDF-1.7\n...'))).toMatchObject({ ok: false, reason: 'not_text' });
    const nuls = new Uint8Array(100); nuls[0] = 0x41;
    expect(decodeBytes(nuls)).toMatchObject({ ok: false, reason: 'not_text' });
  });

  it('drops stray NUL bytes and a few invalid sequences without garbling Arabic', () => {
    const good = new TextEncoder().encode(ARABIC.repeat(20));
    const withNul = Uint8Array.from([...good.subarray(0, 7), 0, ...good.subarray(7)]);
    expect(decodeBytes(withNul)).toMatchObject({ ok: true, text: ARABIC.repeat(20) });
    const withBad = Uint8Array.from([...good, 0xff]);
    const r = decodeBytes(withBad);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe(ARABIC.repeat(20));
  });

  it('gives a sentence a person can act on', () => {
    const r = decodeBytes(new Uint8Array());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toMatch(/\.$/);
  });
});
