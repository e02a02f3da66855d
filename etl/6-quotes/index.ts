import type { ArticleContext, QuoteRecord } from '../types.js';
import { extractQuotes as extract } from './extract.js';

/**
 * Finds every attributed statement in an article body: direct quotations, indirect speech
 * (أن/إن/بأن clauses, noun-phrase complements: دعا إلى …) and mixed forms, with speaker, title, cue, channel and the day it was said.
 * Rows are sorted by start; body.slice(start, end) === content (UTF-16 offsets).
 *
 * Coding decisions (the README's data dictionary should repeat them):
 * - direct = the said words stand inside quotation marks; the marks are not part of `content`.
 *   A complementizer followed by a fully quoted clause (قال إن "…") is direct; a clause that is
 *   only partly quoted (قال إن بلاده ستواصل "دعم …") is mixed and keeps its marks. A colon with
 *   no marks (وقال: على الدول …) is indirect. A broken quotation (a closing mark with no opener)
 *   runs from the colon or cue to that mark: direct after a colon, mixed after a complementizer.
 * - indirect content is the clause after the complementizer (أنه/أنها included in the
 *   complementizer) to the sentence end, cut before a continuation cue (، مضيفا / موضحا …),
 *   before ", و<speech verb>" and before a trailing "بحسب قوله / وفقا لـ …"; ألا keeps its لا.
 * - a noun-phrase statement after a verb's complement preposition (lexicon column `complement`:
 *   دعا X إلى …، حذر من …، شدد/أكد على …، أعرب عن …، طالب/ناشد بـ …) is indirect when no colon,
 *   quotation or complementizer follows the verb: content runs from after the preposition (a joined
 *   ب/ل is left out) to the clause end, as for a complementizer clause. It needs a speaker named with
 *   the verb, or a participle (داعيا إلى) carrying the last one; nominal forms (الدعوة إلى) are not
 *   cues. An object between subject and preposition (دعا الطرفين إلى) is allowed only for verbs
 *   marked `addressee`; a one-word complement (دعا إلى التهدئة) is a stance, not a row. A bare
 *   object with no preposition (أكد مواصلة العمليات) is still not a quote, but its subject becomes
 *   the speaker that a later bare verb (وقال:) or participle carries.
 * - speaker is the name as written; the role before it is speaker_title; a rank standing right
 *   before the name (اللواء، الفريق أول) is left out of both. A role or body with no name is the
 *   speaker itself with a null title. Anonymous sources (مصدر، مصادر مطلعة) have no actor.
 *   "البيان" / "نص القرار" as a speaker stands for the statement's issuer when known.
 * - channel comes from the attribution (لـ"سبوتنيك"، في بيان، على حسابه في تويتر …); an outlet or
 *   platform wins over a form (في تصريح خاص لسبوتنيك → Sputnik); a continuation keeps it.
 * - said_on is a day stated in the attribution (not in the said words); else the publication
 *   day when the verb is in the present tense or the attribution says اليوم; else the day of
 *   the statement a continuation goes on with; else null with precision unknown.
 */
export function extractQuotes(body: string, ctx: ArticleContext): QuoteRecord[] {
  return extract(body, ctx);
}
