import type { Actor, ActorKind } from '../types.js';
import { loadLexicon, variants } from '../lexicon/load.js';

/** A gazetteer actor plus the matching data that does not go into the `actors` table. */
export interface GazetteerEntry {
  actor: Actor;
  /** masculine singular nisba adjectives (أذربيجاني); only states and state-like groups have them */
  adjectives: string[];
  /** irregular plural demonyms (روس، أتراك) */
  plurals: string[];
  /** the armed group a person leads or speaks for (خليفة حفتر → libyan-national-army), or null */
  side: string | null;
}

/** An institution template (وزارة الدفاع) that yields one actor per state. */
export interface Institution {
  slug: string;
  nameEn: string;
  heads: string[];
  shortHeads: string[];
  gender: 'm' | 'f';
  kind: ActorKind;
  title: string | null;
}

const KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'state', 'group']);

let entriesCache: GazetteerEntry[] | null = null;
let institutionsCache: Institution[] | null = null;
let allCache: Actor[] | null = null;
let byIdCache: Map<string, Actor> | null = null;
let sideCache: Map<string, string> | null = null;

/** Reads lexicons/actors.tsv into gazetteer entries (validated: known kind, unique id). */
export function loadEntries(): GazetteerEntry[] {
  if (entriesCache) return entriesCache;
  const seen = new Set<string>();
  entriesCache = loadLexicon('actors').map((r) => {
    const id = r.actor_id;
    if (!id || seen.has(id)) throw new Error(`actors: missing or duplicate actor_id "${id}"`);
    if (!KINDS.has(r.kind)) throw new Error(`actors: actor ${id} has unknown kind "${r.kind}"`);
    seen.add(id);
    const actor: Actor = {
      actorId: id,
      wikidataQid: r.wikidata_qid || null,
      nameEn: r.name_en,
      nameAr: r.name_ar,
      aliasesAr: variants(r.aliases_ar),
      kind: r.kind as ActorKind,
      countryIso3: r.country_iso3 || null,
      title: r.title || null,
    };
    return { actor, adjectives: variants(r.adjectives_ar), plurals: variants(r.plurals_ar), side: r.side || null };
  });
  for (const e of entriesCache) {
    if (e.side && !seen.has(e.side)) throw new Error(`actors: actor ${e.actor.actorId} stands with unknown actor "${e.side}"`);
  }
  return entriesCache;
}

/** Reads lexicons/actor-institutions.tsv. */
export function loadInstitutions(): Institution[] {
  if (institutionsCache) return institutionsCache;
  institutionsCache = loadLexicon('actor-institutions').map((r) => ({
    slug: r.slug,
    nameEn: r.name_en,
    heads: variants(r.heads_ar),
    shortHeads: variants(r.short_heads_ar),
    gender: r.gender === 'm' ? 'm' : 'f',
    kind: (KINDS.has(r.kind) ? r.kind : 'organization') as ActorKind,
    title: r.title || null,
  }));
  return institutionsCache;
}

/** Whether an actor can own institutions (states, and groups given adjectives such as Artsakh). */
export function hostsInstitutions(e: GazetteerEntry): boolean {
  return e.actor.kind === 'state' || e.adjectives.length > 0;
}

/** The id part naming a host state: `azerbaijan`, `artsakh`. */
function hostSlug(a: Actor): string {
  const base = /^Q\d+$/.test(a.actorId) ? a.nameEn : a.actorId.replace(/-authorities$/, '');
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The stable id of an institution of a host: `ministry-of-defence-azerbaijan`. */
export function institutionId(inst: Institution, host: Actor): string {
  return `${inst.slug}-${hostSlug(host)}`;
}

/** Builds the actor record of an institution of a host state. */
function institutionActor(inst: Institution, host: GazetteerEntry): Actor {
  const a = host.actor;
  const adj = host.adjectives[0];
  const head = inst.heads[0];
  const nameAr = adj ? `${head} ال${adj}${inst.gender === 'f' ? 'ة' : ''}` : `${head} في ${a.nameAr}`;
  const aliases = [`${head} في ${a.nameAr}`, ...inst.shortHeads.slice(0, 1).map((h) => `${h} ال${adj ?? ''}${inst.gender === 'f' ? 'ة' : ''}`)];
  return {
    actorId: institutionId(inst, a),
    wikidataQid: null,
    nameEn: `${inst.nameEn} of ${a.nameEn}`,
    nameAr,
    aliasesAr: adj ? aliases : aliases.slice(0, 1),
    kind: inst.kind,
    countryIso3: a.countryIso3,
    title: inst.title,
  };
}

/** Every actor: the gazetteer (lexicons/actors.tsv) plus one institution actor per host and template. */
export function loadGazetteer(): Actor[] {
  if (allCache) return allCache;
  const entries = loadEntries();
  const out = entries.map((e) => e.actor);
  const sides = new Map<string, string>();
  for (const e of entries) {
    const a = e.actor;
    const side = e.side ?? (a.kind === 'group' ? a.actorId : a.countryIso3 ? `country:${a.countryIso3}` : null);
    if (side) sides.set(a.actorId, side);
  }
  for (const host of entries.filter(hostsInstitutions)) {
    for (const inst of loadInstitutions()) {
      const a = institutionActor(inst, host);
      out.push(a);
      const side = sides.get(host.actor.actorId);
      if (side) sides.set(a.actorId, side);
    }
  }
  allCache = out;
  sideCache = sides;
  return out;
}

/**
 * The side an actor stands on when two reports are compared: the armed group a person leads or speaks for (the `side`
 * column), an armed group itself (قوات الدعم السريع and the Sudanese army are two sides of one country), or else its
 * country (وزارة الدفاع الأذربيجانية stands with أذربيجان); null when none is known.
 */
export function sideOf(id: string): string | null {
  if (!sideCache) loadGazetteer();
  return sideCache?.get(id) ?? null;
}

/** Looks an actor up by id (gazetteer or generated institution). */
export function actorById(id: string): Actor | undefined {
  if (!byIdCache) byIdCache = new Map(loadGazetteer().map((a) => [a.actorId, a]));
  return byIdCache.get(id);
}
