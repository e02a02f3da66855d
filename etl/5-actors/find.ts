import type { ActorMention } from '../types.js';
import { normalizeForMatch, normalizeKey, toOriginalSpan } from '../3-segment/normalize.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { PhraseIndex, tokenize, type PhraseMatch, type Token } from './match.js';
import {
  hostsInstitutions,
  institutionId,
  loadEntries,
  loadInstitutions,
  type GazetteerEntry,
  type Institution,
} from './gazetteer.js';

/** What a phrase of the actor index stands for. */
type Hit =
  | { k: 'actor'; id: string }
  | { k: 'adj'; host: string; plural: boolean }
  | { k: 'head'; inst: Institution; short: boolean }
  | { k: 'stateHead' };

interface ActorIndex {
  index: PhraseIndex<Hit>;
  hosts: Map<string, GazetteerEntry>;
  /** adjective form → host id, for adjectives that are also a name (سورية) */
  adjectiveOf: Map<string, string>;
}

let indexCache: ActorIndex | null = null;

/** Derives the written forms of a masculine nisba: feminine, duals, sound plurals. */
export function adjectiveForms(base: string): { form: string; plural: boolean }[] {
  return [
    { form: base, plural: false },
    { form: `${base}ة`, plural: false },
    { form: `${base}ان`, plural: false },
    { form: `${base}تان`, plural: false },
    { form: `${base}تين`, plural: false },
    { form: `${base}ين`, plural: true },
    { form: `${base}ون`, plural: true },
  ];
}

/** Builds (once) the phrase index of aliases, state adjectives and institution heads. */
function actorIndex(): ActorIndex {
  if (indexCache) return indexCache;
  const index = new PhraseIndex<Hit>();
  const hosts = new Map<string, GazetteerEntry>();
  const adjectiveOf = new Map<string, string>();
  const entries = loadEntries();
  // Names first: on equal length the earlier entry wins, so an alias beats an adjective.
  for (const e of entries) {
    const hit: Hit = { k: 'actor', id: e.actor.actorId };
    for (const v of [e.actor.nameAr, ...e.actor.aliasesAr]) index.add(v, hit);
  }
  for (const e of entries) {
    if (!hostsInstitutions(e)) continue;
    hosts.set(e.actor.actorId, e);
    for (const base of e.adjectives) {
      for (const { form, plural } of adjectiveForms(base)) {
        index.add(form, { k: 'adj', host: e.actor.actorId, plural });
        adjectiveOf.set(normalizeKey(form), e.actor.actorId);
      }
    }
    for (const p of e.plurals) index.add(p, { k: 'adj', host: e.actor.actorId, plural: true });
  }
  for (const inst of loadInstitutions()) {
    for (const h of inst.heads) index.add(h, { k: 'head', inst, short: false });
    for (const h of inst.shortHeads) index.add(h, { k: 'head', inst, short: true });
  }
  for (const r of loadLexicon('actor-state-heads')) {
    for (const h of variants(r.heads_ar)) index.add(h, { k: 'stateHead' });
  }
  indexCache = { index, hosts, adjectiveOf };
  return indexCache;
}

/**
 * Every mention of a gazetteer actor in a text: names with their clitics (وأذربيجان، للكرملين),
 * institutions (وزارة الدفاع الأذربيجانية، وزارة الدفاع في أذربيجان → ministry-of-defence-azerbaijan),
 * a state named by a head noun and its adjective (الجانب الأذربيجاني → Azerbaijan) and plural
 * demonyms (الأتراك → Turkey). Non-overlapping, leftmost-longest, UTF-16 offsets into `body`.
 */
export function findActors(body: string): ActorMention[] {
  const { index, hosts, adjectiveOf } = actorIndex();
  const view = normalizeForMatch(body);
  const tokens = tokenize(view.text);
  const raw = index.findAll(tokens);
  const out: ActorMention[] = [];
  const emit = (start: number, end: number, actorId: string): void => {
    const [s, e] = toOriginalSpan(view, start, end);
    out.push({ start: s, end: e, surface: body.slice(s, e), actorId });
  };
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    const hit = m.value;
    if (hit.k === 'actor') {
      emit(m.start, m.end, hit.id);
      continue;
    }
    if (hit.k === 'adj') {
      // الأتراك، الأذربيجانيين: a definite plural demonym names the people, hence the state.
      if (hit.plural && isDefinite(tokens[m.tokStart], m)) emit(m.start, m.end, hit.host);
      continue;
    }
    const next = raw[i + 1];
    const host = ownerOf(next, m, tokens, hosts, adjectiveOf, hit.k === 'head' && !hit.short);
    if (!host) continue;
    const id = hit.k === 'head' ? institutionId(hit.inst, host.actor) : host.actor.actorId;
    emit(m.start, next.end, id);
    i++;
    // القوات الأرمينية والأذربيجانية: a conjoined adjective names the same institution of another state
    while (raw[i + 1] && raw[i + 1].value.k === 'adj' && raw[i + 1].tokStart === raw[i].tokEnd) {
      const adj = raw[i + 1];
      const v = adj.value as Extract<Hit, { k: 'adj' }>;
      const t = tokens[adj.tokStart];
      const other = hosts.get(v.host);
      if (!other || !/^و(ال)?$/.test(t.text.slice(0, adj.start - t.start))) break;
      emit(adj.start, adj.end, hit.k === 'head' ? institutionId(hit.inst, other.actor) : other.actor.actorId);
      i++;
    }
  }
  return out;
}

/** The host state a head belongs to: an adjacent adjective, or في + the state for full heads. */
function ownerOf(
  next: PhraseMatch<Hit> | undefined,
  head: PhraseMatch<Hit>,
  tokens: Token[],
  hosts: Map<string, GazetteerEntry>,
  adjectiveOf: Map<string, string>,
  allowFi: boolean,
): GazetteerEntry | undefined {
  if (!next) return undefined;
  let v = next.value;
  // الخارجية السورية: "سورية" is also a spelling of the state's name; after a head it is the adjective
  if (v.k === 'actor' && next.tokEnd - next.tokStart === 1) {
    const t = tokens[next.tokStart];
    const host = adjectiveOf.get(t.text.slice(next.start - t.start));
    if (host === v.id) v = { k: 'adj', host, plural: false };
  }
  if (v.k === 'adj' && next.tokStart === head.tokEnd) {
    // the adjective may carry the article but no conjunction or preposition
    const t = tokens[next.tokStart];
    const clitic = t.text.slice(0, next.start - t.start);
    return clitic === '' || clitic === 'ال' ? hosts.get(v.host) : undefined;
  }
  if (allowFi && v.k === 'actor' && next.tokStart === head.tokEnd + 1 && tokens[head.tokEnd].text === 'في') {
    return hosts.get(v.id);
  }
  return undefined;
}

/** Whether the matched word carries the article (ال / لل) right before the stem. */
function isDefinite(tok: Token, m: PhraseMatch<Hit>): boolean {
  return m.tokEnd - m.tokStart === 1 && /^[وف]?[بك]?(ال|لل)/.test(tok.text);
}
