import { describe, expect, it } from 'vitest';
import { loadLexicon, variants } from '../../etl/lexicon/load.js';
import { normalizeKey } from '../../etl/3-segment/normalize.js';
import { actorById, findActors, loadGazetteer, sideOf } from '../../etl/5-actors/index.js';

describe('lexicons/actors.tsv', () => {
  const rows = loadLexicon('actors');

  it('is well-formed: unique ids, valid kinds, ISO3 codes, QIDs', () => {
    const ids = new Set<string>();
    for (const r of rows) {
      expect(r.actor_id, JSON.stringify(r)).toMatch(/^(Q\d+|[a-z0-9]+(-[a-z0-9]+)*)$/);
      expect(ids.has(r.actor_id), r.actor_id).toBe(false);
      ids.add(r.actor_id);
      expect(['person', 'organization', 'state', 'group']).toContain(r.kind);
      if (r.country_iso3) expect(r.country_iso3, r.actor_id).toMatch(/^[A-Z]{3}$/);
      if (r.wikidata_qid) {
        expect(r.wikidata_qid).toMatch(/^Q\d+$/);
        expect(r.actor_id, 'actor_id is the QID when known').toBe(r.wikidata_qid);
      }
      expect(r.name_en && r.name_ar, r.actor_id).toBeTruthy();
    }
    expect(rows.length).toBeGreaterThan(200);
  });

  it('gives no spelling to two actors', () => {
    const owner = new Map<string, string>();
    for (const r of rows) {
      for (const v of [r.name_ar, ...variants(r.aliases_ar)]) {
        const k = normalizeKey(v);
        const prev = owner.get(k);
        expect(prev === undefined || prev === r.actor_id, `${v}: ${prev} and ${r.actor_id}`).toBe(true);
        owner.set(k, r.actor_id);
      }
    }
  });

  it('resolves every name and alias to its actor', () => {
    for (const r of rows) {
      for (const v of [r.name_ar, ...variants(r.aliases_ar)]) {
        const ids = findActors(v).map((m) => m.actorId);
        expect(ids, `${v} → ${r.actor_id}`).toContain(r.actor_id);
      }
    }
  });

  it('covers the actors of the seed articles', () => {
    const need = ['Q7747', 'Q39259', 'Q3052772', 'Q22686', 'Q311440', 'Q7184', 'Q1065', 'Q81299', 'Q130879', 'Q227', 'Q399', 'Q159', 'Q43', 'Q794', 'Q30', 'Q142', 'Q858', 'Q1016',
      'ilham-aliyev', 'Q7035479', 'dmitry-peskov', 'sergey-lavrov', 'maria-zakharova', 'mevlut-cavusoglu', 'hassan-rouhani', 'armen-sarkissian',
      'hussein-mahmudov', 'mehmet-altay', 'james-appathurai', 'osce-minsk-group', 'kremlin', 'russian-security-council', 'azertac', 'sputnik', 'artsakh-authorities'];
    for (const id of need) expect(actorById(id), id).toBeDefined();
  });
});

describe('loadGazetteer', () => {
  it('adds one institution actor per state and template', () => {
    const all = loadGazetteer();
    const ids = all.map((a) => a.actorId);
    expect(new Set(ids).size).toBe(ids.length);
    const mod = actorById('ministry-of-defence-azerbaijan');
    expect(mod).toMatchObject({ kind: 'organization', countryIso3: 'AZE', nameAr: 'وزارة الدفاع الأذربيجانية', wikidataQid: null });
    expect(actorById('government-armenia')?.nameEn).toBe('Government of Armenia');
    expect(actorById('ministry-of-defence-artsakh')?.countryIso3).toBe('AZE');
  });

  it('returns undefined for an unknown id', () => {
    expect(actorById('nobody')).toBeUndefined();
  });
});

describe('sideOf', () => {
  it('puts an armed group on a side of its own, a leader with his group, anyone else with the country', () => {
    expect(sideOf('rapid-support-forces')).toBe('rapid-support-forces');
    expect(sideOf('mohamed-hamdan-dagalo')).toBe('rapid-support-forces');
    expect(sideOf('khalifa-haftar')).toBe(sideOf('libyan-national-army'));
    expect(sideOf('khalifa-haftar')).not.toBe(sideOf('government-of-national-accord'));
    expect(sideOf('ministry-of-defence-azerbaijan')).toBe(sideOf('Q227'));
    expect(sideOf('ministry-of-defence-artsakh')).toBe('artsakh-authorities');
    expect(sideOf('Q7172')).toBeNull();
  });
});
