import { describe, expect, it } from 'vitest';
import { PhraseIndex, stems, tokenize } from '../../etl/5-actors/match.js';

describe('stems', () => {
  it('reads conjunctions, prepositions and the article off a word', () => {
    const s = stems('وبالكرملين').map((x) => x.stem);
    expect(s).toContain('الكرملين');
    expect(s).toContain('كرملين');
    expect(stems('للامم').map((x) => x.stem)).toContain('الامم');
  });

  it('keeps the plain word first', () => {
    expect(stems('بوتين')[0]).toEqual({ stem: 'بوتين', skip: 0 });
  });
});

describe('PhraseIndex', () => {
  it('finds leftmost-longest phrases, with open endings', () => {
    const idx = new PhraseIndex<string>();
    idx.add('وقف إطلاق النار', 'ceasefire');
    idx.add('إطلاق النار', 'fire');
    idx.add('اشتباك*', 'clash');
    const toks = tokenize('دعا الى وقف اطلاق النار بعد اشتباكات');
    expect(idx.findAll(toks).map((m) => m.value)).toEqual(['ceasefire', 'clash']);
  });

  it('can refuse clitic readings', () => {
    const idx = new PhraseIndex<string>(false);
    idx.add('روسيا', 'r');
    expect(idx.findAll(tokenize('وروسيا'))).toEqual([]);
  });
});
