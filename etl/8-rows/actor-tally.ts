import type { ActorRow } from '../../schemas/index.js';
import type { Actor, ActorMention } from '../types.js';

/**
 * Counts actor mentions across the corpus (a small map, not the texts) and yields one
 * `actors` row per actor that was mentioned or referenced, sorted by id.
 */
export class ActorTally {
  private readonly counts = new Map<string, number>();
  private readonly spellings = new Map<string, Set<string>>();

  /** Adds one article's mentions. */
  add(mentions: readonly ActorMention[]): void {
    for (const m of mentions) {
      this.counts.set(m.actorId, (this.counts.get(m.actorId) ?? 0) + 1);
      let s = this.spellings.get(m.actorId);
      if (!s) this.spellings.set(m.actorId, (s = new Set()));
      s.add(m.surface.replace(/\s+/g, ' ').trim());
    }
  }

  /** Makes sure an actor referenced by a quote or event has a row even with no counted mention. */
  reference(actorId: string | null): void {
    if (actorId && !this.counts.has(actorId)) this.counts.set(actorId, 0);
  }

  /** The actors rows, looked up in the gazetteer; unknown ids are skipped (they cannot be described). */
  rows(lookup: (id: string) => Actor | undefined): ActorRow[] {
    const out: ActorRow[] = [];
    for (const id of [...this.counts.keys()].sort()) {
      const a = lookup(id);
      if (!a) continue;
      const seen = [...(this.spellings.get(id) ?? [])].filter((s) => s !== a.nameAr).sort();
      out.push({
        actor_id: a.actorId,
        wikidata_qid: a.wikidataQid,
        name_en: a.nameEn,
        name_ar: a.nameAr,
        aliases_ar: seen.length ? seen.join('|') : null,
        actor_kind: a.kind,
        country_iso3: a.countryIso3,
        title: a.title,
        mention_count: this.counts.get(id) ?? 0,
      });
    }
    return out;
  }
}
