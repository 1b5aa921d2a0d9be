/* Clause helpers: what the words around a reporting cue are to it — its
 * subject (the best mention before it, not a prepositional object or a
 * possessor), the mention after it, a cue's role. Shared by attribution
 * and, next, by reported speech. */
#include <string.h>
#include "internal.h"
#include "clause.h"

/* Persons speak more often than the bodies and countries named near them
 * ("South Korea's spy agency chief Lim said"): rank the candidates. */
int kcna_subject_rank(const mention *m)
{
	if (m->is_pronoun || m->is_description)
		return 3;
	switch (m->speaker->kind) {
	case KCNA_SPEAKER_PERSON: return 3;
	case KCNA_SPEAKER_ORGANIZATION: return 2;
	default: return 1;
	}
}


static int ends_mention(const kcna_doc *doc, uint32_t tok)
{
	for (uint32_t k = tok + 1, steps = 0; k-- > 0 && steps < 8; steps++) {
		const mention *m = mention_at(doc, k);
		if (m)
			return m->last_tok == tok;
	}
	return 0;
}

enum { NOUN_PHRASE_MAX = 8 }; /* words a title run may have: "North Korean Foreign Minister" */

int kcna_is_prepositional_object(const kcna_doc *doc, uint32_t first_tok)
{
	const token *toks = doc->seg.toks.items;
	uint32_t i = first_tok, limit = first_tok > NOUN_PHRASE_MAX ? first_tok - NOUN_PHRASE_MAX : 0;
	/* walk left over the noun phrase: titles, capitalised words, "the";
	 * not into another name ("Ambassador to Pyongyang Alexander Matsegora")
	 * but into a possessor ("at Kyungnam University's Institute": the
	 * phrase is the preposition's object) and over a title's own "of" */
	int possessor = 0;
	while (i > limit) {
		if (i >= 3 && tok_possessive_s(doc, i - 2)) {
			i -= 2;
			possessor = 1;
			continue;
		}
		if (i >= 2 && tok_is(doc, &toks[i - 1], "of") && (toks[i - 2].cls & LX_TITLE) && (toks[i - 2].flags & TF_CAP)) {
			i--; /* inside a title: "Secretary of State John Kerry" */
			continue;
		}
		if (i >= 2 && tok_punct(&toks[i - 1], '.') && !(toks[i - 1].flags & TF_SPACE_BEFORE) &&
		    toks[i - 2].kind == TK_WORD && toks[i - 2].end - toks[i - 2].start == 1 && (toks[i - 2].flags & TF_CAP) &&
		    ((toks[i].cls & LX_TITLE) || i < first_tok)) {
			i -= 2; /* an initialism before a title: "with U.S. President Donald Trump" */
			continue;
		}
		if (toks[i - 1].kind != TK_WORD || (toks[i - 1].flags & TF_IN_QUOTE) || (!possessor && ends_mention(doc, i - 1)) ||
		    !((toks[i - 1].flags & TF_CAP) || (toks[i - 1].cls & LX_TITLE) || tok_is(doc, &toks[i - 1], "the")) ||
		    (toks[i - 1].flags & TF_SENT_START))
			break;
		possessor = 0;
		i--;
	}
	if (i == 0 || toks[i - 1].kind != TK_WORD)
		return 0;
	/* a preposition's object is no subject: "sent a letter to Russian
	 * President Putin, hailing ..." is Putin's sender's hailing */
	return (toks[i - 1].cls & LX_PREPOSITION) != 0;
}

int kcna_is_possessive(const kcna_doc *doc, const mention *m)
{
	return m->last_tok + 1 < doc->seg.toks.count && tok_possessive_s(doc, m->last_tok + 1);
}

/* A participle after a comma ("..., saying", "..., adding that"): its
 * subject is its clause's, not the nearest name ("Trump attacked Clinton
 * for her record, saying ..."). */
int kcna_is_participle_cue(const kcna_doc *doc, uint32_t c)
{
	const token *t = &doc->seg.toks.items[c];
	return c > 0 && tok_punct(t - 1, ',') && t->end - t->start > 4 &&
	       memcmp(doc->txt.buf + t->end - 3, "ing", 3) == 0;
}

/* Whether mention m may be a cue's subject: no prepositional object,
 * possessor or channel named by "according to". */
static int may_be_subject(const kcna_doc *doc, const mention *m, uint32_t i)
{
	const token *toks = doc->seg.toks.items;
	if (!m->speaker && !m->is_description)
		return 0;
	if (m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA && i > 0 && tok_is(doc, &toks[i - 1], "to"))
		return 0; /* "according to KCNA, ..." is a channel */
	return !kcna_is_prepositional_object(doc, i) && !kcna_is_possessive(doc, m);
}

/* The clause's subject for a participle at c: the first person named in
 * [from, c), past an opening subordinate clause ("After Kim spoke, Putin
 * ..."). NULL if none, or if a reporting verb comes between ("..., Liu
 * said, expressing ...": the nearest subject is the verb's). */
static const mention *clause_subject(const kcna_doc *doc, uint32_t from, uint32_t c)
{
	static const char *const SUBORDINATORS[] = {"after", "when", "while", "as", "before", "although", "though",
	                                            "if", "because", "since", "once", "until"};
	const token *toks = doc->seg.toks.items;
	uint32_t i = from;
	if (tok_in(doc, &toks[i], SUBORDINATORS, sizeof SUBORDINATORS / sizeof SUBORDINATORS[0])) {
		while (i < c && !tok_punct(&toks[i], ','))
			i++;
	}
	for (uint32_t k = i; k < c; k++)
		if (is_cue(&toks[k]))
			return NULL;
	for (; i < c; i++) {
		if (toks[i].flags & TF_IN_QUOTE)
			continue;
		const mention *m = mention_at(doc, i);
		if (!m || (int32_t)(m - doc->mn.mentions.items) != doc->mn.tok_mention[m->first_tok] || i != m->first_tok)
			continue;
		if (m->is_pronoun || !may_be_subject(doc, m, i))
			continue;
		return kcna_subject_rank(m) == 3 ? m : NULL;
	}
	return NULL;
}

/* The subject of cue token c: the best-ranked mention before it in
 * [from, c), nearest first; a person ends the search. Possessive pronouns
 * ("his letter") count only when no name is found. A cue after the
 * dateline never reaches into it: "Pyongyang, May 3 (KCNA) -- They
 * asserted ..." is one sentence, but its agency carries no one's words. */
const mention *kcna_subject_before(const kcna_doc *doc, uint32_t from, uint32_t c)
{
	const token *toks = doc->seg.toks.items;
	uint32_t dateline_end = kcna_dateline_end(doc);
	if (c >= dateline_end && from < dateline_end)
		from = dateline_end;
	if (kcna_is_participle_cue(doc, c)) {
		const mention *m = clause_subject(doc, from, c);
		if (m)
			return m;
	}
	const mention *pron = NULL, *best = NULL;
	for (uint32_t i = c; i-- > from;) {
		if (toks[i].flags & TF_IN_QUOTE)
			continue;
		const mention *m = mention_at(doc, i);
		if (!m || (int32_t)(m - doc->mn.mentions.items) != doc->mn.tok_mention[m->first_tok] || i != m->first_tok)
			continue;
		if (m->is_pronoun) {
			if (!tok_is(doc, &toks[i], "his") && !tok_is(doc, &toks[i], "her") && !tok_is(doc, &toks[i], "him"))
				return best && kcna_subject_rank(best) == 3 ? best : m;
			if (!pron)
				pron = m;
			continue;
		}
		if (!may_be_subject(doc, m, i))
			continue;
		if (!best || kcna_subject_rank(m) > kcna_subject_rank(best))
			best = m;
		if (kcna_subject_rank(best) == 3)
			return best;
	}
	return best ? best : pron;
}

const mention *kcna_mention_after(const kcna_doc *doc, uint32_t c, uint32_t to, uint32_t max)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t i = c + 1; i < to && i <= c + max; i++) {
		if (toks[i].flags & TF_IN_QUOTE)
			return NULL;
		const mention *m = mention_at(doc, i);
		if (m)
			return m;
	}
	return NULL;
}

uint32_t kcna_sentence_last(const kcna_doc *doc, uint32_t i, uint32_t window)
{
	const segmentation *sg = &doc->seg;
	uint32_t sent = sg->toks.items[i].sent;
	uint32_t last = sent + 1 < sg->sent_first_tok.count ? sg->sent_first_tok.items[sent + 1] - 1
	                                                   : (uint32_t)sg->toks.count - 1;
	return last - i > window ? i + window : last;
}

uint32_t kcna_sentence_first(const kcna_doc *doc, uint32_t i, uint32_t window)
{
	uint32_t first = doc->seg.sent_first_tok.items[doc->seg.toks.items[i].sent];
	return i - first > window ? i - window : first;
}
