/* Quotes stage: pairs quotation marks into quotes (one pass over the tokens,
 * a two-level stack per paragraph), then attributes each quote to a speaker
 * through the reporting cue next to it. */
#include <string.h>
#include <strings.h>
#include "internal.h"

enum mark_family { FAM_NONE = 0, FAM_DOUBLE, FAM_SINGLE };
enum mark_role { ROLE_NONE = 0, ROLE_OPEN, ROLE_CLOSE, ROLE_EITHER };

/* Which marks open, close or may do either (a data table, not a chain).
 * The quote pass sees only punctuation may_be_quote_mark (internal.h)
 * lets through: a mark added here must pass it. */
static const struct {
	uint32_t cp;
	uint8_t family, role;
} MARKS[] = {
	{'"', FAM_DOUBLE, ROLE_EITHER},     {'\'', FAM_SINGLE, ROLE_EITHER},
	{0x201C, FAM_DOUBLE, ROLE_OPEN},    {0x201D, FAM_DOUBLE, ROLE_CLOSE},
	{0x201E, FAM_DOUBLE, ROLE_OPEN},    {0x201F, FAM_DOUBLE, ROLE_OPEN},
	{0x00AB, FAM_DOUBLE, ROLE_OPEN},    {0x00BB, FAM_DOUBLE, ROLE_CLOSE},
	{0x300C, FAM_DOUBLE, ROLE_OPEN},    {0x300D, FAM_DOUBLE, ROLE_CLOSE},
	{0x300E, FAM_DOUBLE, ROLE_OPEN},    {0x300F, FAM_DOUBLE, ROLE_CLOSE},
	{0x2018, FAM_SINGLE, ROLE_OPEN},    {0x2019, FAM_SINGLE, ROLE_EITHER},
	{0x2039, FAM_SINGLE, ROLE_OPEN},    {0x203A, FAM_SINGLE, ROLE_CLOSE},
};

/* A mark found in the token stream: the tokens it covers (3 for &quot;). */
typedef struct mark {
	uint32_t tok, ntok;
	uint8_t family, role;
} mark;

static int mark_at(const kcna_doc *doc, uint32_t i, mark *m)
{
	const token *toks = doc->seg.toks.items;
	const token *t = &toks[i];
	if (t->kind != TK_PUNCT)
		return 0;
	m->tok = i;
	m->ntok = 1;
	if (t->cp == '&' && !(doc->parser->options & KCNA_OPT_NO_HTML_ENTITIES)) {
		if (i + 2 < doc->seg.toks.count && tok_is(doc, &toks[i + 1], "quot") && tok_punct(&toks[i + 2], ';') &&
		    !(toks[i + 1].flags & TF_SPACE_BEFORE) && !(toks[i + 2].flags & TF_SPACE_BEFORE)) {
			m->ntok = 3;
			m->family = FAM_DOUBLE;
			m->role = ROLE_EITHER;
			return 1;
		}
		return 0;
	}
	for (size_t k = 0; k < sizeof MARKS / sizeof MARKS[0]; k++) {
		if (MARKS[k].cp == t->cp) {
			m->family = MARKS[k].family;
			m->role = MARKS[k].role;
			return 1;
		}
	}
	return 0;
}

static int glued_word(const token *t)
{
	return t && !(t->flags & TF_SPACE_BEFORE) && (t->kind == TK_WORD || t->kind == TK_NUM);
}

/* Decide what an ambiguous mark does from its neighbours and what is open. */
static int resolve_role(const kcna_doc *doc, const mark *m, int open_same)
{
	const token *toks = doc->seg.toks.items;
	size_t n = doc->seg.toks.count;
	const token *t = &toks[m->tok];
	const token *prev = m->tok > 0 && toks[m->tok - 1].para == t->para ? &toks[m->tok - 1] : NULL;
	uint32_t after = m->tok + m->ntok;
	const token *next = after < n && toks[after].para == t->para ? &toks[after] : NULL;
	int space_before = !prev || (t->flags & TF_SPACE_BEFORE);
	int space_after = !next || (next->flags & TF_SPACE_BEFORE);
	if (m->family == FAM_SINGLE) {
		int word_before = prev && !space_before && (prev->kind == TK_WORD || prev->kind == TK_NUM);
		if (word_before && glued_word(next))
			return ROLE_NONE; /* Korea's, don't */
		if (m->role == ROLE_OPEN || m->role == ROLE_CLOSE)
			return m->role;
		if (space_before && !space_after) {
			if (next && next->kind == TK_NUM)
				return ROLE_NONE; /* '90s */
			if (t->cp == 0x2019 && !open_same)
				return ROLE_NONE;
			return open_same ? ROLE_CLOSE : ROLE_OPEN;
		}
		if (!space_before && open_same)
			return ROLE_CLOSE;
		return ROLE_NONE; /* forces' military */
	}
	if (m->role != ROLE_EITHER)
		return m->role;
	if (space_before && !space_after)
		return open_same ? ROLE_CLOSE : ROLE_OPEN;
	if (!space_before && space_after)
		return open_same ? ROLE_CLOSE : ROLE_NONE;
	if (prev && prev->kind == TK_PUNCT && (prev->cp == '(' || prev->cp == '[' || prev->cp == 0x2014))
		return ROLE_OPEN;
	return open_same ? ROLE_CLOSE : ROLE_OPEN;
}

typedef struct open_mark {
	int active;
	uint32_t tok; /* first token of the mark */
	uint32_t content_start;
} open_mark;

static int emit_quote(kcna_doc *doc, uint32_t start, uint32_t end, uint32_t open_at, uint32_t close_at,
                      uint32_t first_tok, uint32_t end_tok, int depth, int continued)
{
	/* trim nothing but reject empty content */
	const char *s = doc->txt.buf;
	uint32_t a = start, b = end;
	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	if (a == b)
		return 1;
	kcna_quote q;
	memset(&q, 0, sizeof q);
	q.start = start;
	q.end = end;
	q.open_at = open_at;
	q.close_at = close_at;
	q.first_tok = first_tok;
	q.end_tok = end_tok;
	q.depth = depth;
	q.continued = continued;
	q.text = kcna_text_span_string(&doc->txt, &doc->mem, start, end);
	return q.text && VEC_PUSH(&doc->mem, &doc->quotes, q);
}

/* End of the text of paragraph p (before trailing space). */
static uint32_t para_end(const kcna_doc *doc, uint32_t p)
{
	return doc->seg.paras.items[p].end;
}

int kcna_find_quotes(kcna_doc *doc)
{
	token *toks = doc->seg.toks.items;
	const segmentation *sg = &doc->seg;
	uint32_t n = (uint32_t)sg->toks.count;
	open_mark od = {0}, os = {0};
	/* visits only the tokenizer's quote cues and the paragraph starts among
	 * its sentence cues, in token order, then the end */
	size_t qc = 0, pc = 0;
	uint32_t skip_to = 0; /* past the tokens of a mark read ("&quot;") */
	for (;;) {
		while (qc < sg->quote_cues.count && sg->quote_cues.items[qc] < skip_to)
			qc++;
		while (pc < sg->sent_cues.count &&
		       (sg->sent_cues.items[pc] < skip_to || sg->sent_cues.items[pc] == 0 ||
		        !(toks[sg->sent_cues.items[pc]].flags & TF_PARA_START)))
			pc++;
		uint32_t qi = qc < sg->quote_cues.count ? sg->quote_cues.items[qc] : n;
		uint32_t pi = pc < sg->sent_cues.count ? sg->sent_cues.items[pc] : n;
		uint32_t i = qi < pi ? qi : pi;
		if (i == pi && pi < n)
			pc++;
		if (i == pi && i > 0) { /* a new paragraph, or the end */
			uint32_t pe = para_end(doc, toks[i - 1].para);
			if (od.active) {
				/* runs over the paragraph: one item per paragraph, or an
				 * unclosed mark recovered at the paragraph's end */
				mark nm;
				int reopens = i < n && mark_at(doc, i, &nm) && nm.family == FAM_DOUBLE;
				if (!emit_quote(doc, od.content_start, pe, toks[od.tok].start, pe, od.tok + 1, i, 0, reopens))
					return 0;
			}
			od.active = os.active = 0;
		}
		if (i == n)
			break;
		if (i != qi)
			continue;
		qc++;
		mark m;
		if (!mark_at(doc, i, &m))
			continue;
		open_mark *om = m.family == FAM_DOUBLE ? &od : &os;
		int role = resolve_role(doc, &m, om->active);
		uint32_t mark_end = toks[i + m.ntok - 1].end;
		if (role == ROLE_OPEN) {
			if (m.family == FAM_DOUBLE)
				os.active = 0;
			om->active = 1;
			om->tok = i;
			om->content_start = mark_end;
		} else if (role == ROLE_CLOSE && om->active) {
			int depth = (m.family == FAM_SINGLE && od.active) ? 1 : 0;
			if (!emit_quote(doc, om->content_start, toks[i].start, toks[om->tok].start, toks[i].start,
			                om->tok + 1, i, depth, 0))
				return 0;
			om->active = 0;
			if (m.family == FAM_DOUBLE)
				os.active = 0;
		}
		skip_to = i + m.ntok;
	}
	/* mark tokens inside outermost quotes; quotes come out in close order,
	 * so sort by start (insertion sort: nearly sorted already) */
	kcna_quote *q = doc->quotes.items;
	for (size_t a = 1; a < doc->quotes.count; a++) {
		kcna_quote tmp = q[a];
		size_t b = a;
		while (b > 0 && q[b - 1].start > tmp.start) {
			q[b] = q[b - 1];
			b--;
		}
		q[b] = tmp;
	}
	for (size_t a = 0; a < doc->quotes.count; a++) {
		if (q[a].depth)
			continue;
		for (uint32_t t = q[a].first_tok; t < q[a].end_tok && t < n; t++)
			toks[t].flags |= TF_IN_QUOTE;
	}
	return 1;
}

/* ---------------- attribution ---------------- */

static const mention *mention_at(const kcna_doc *doc, uint32_t tok)
{
	int32_t m = doc->tok_mention[tok];
	return m < 0 ? NULL : &doc->mentions.items[m];
}

static int is_cue(const token *t)
{
	return t->kind == TK_WORD && (t->cls & LX_CUE) && !(t->flags & TF_IN_QUOTE);
}

/* A cue token's role (enum cue_role), from the lexicon's table. */
static int cue_role(const token *t)
{
	return tok_lex(t)->val;
}

/* The nearest person named before mention index mi: first in its own
 * sentence, else the subject of the latest sentence naming one. */
static kcna_speaker *resolve_back(const kcna_doc *doc, size_t mi, const char *role)
{
	const mention *ms = doc->mentions.items;
	const token *toks = doc->seg.toks.items;
	kcna_speaker *best = NULL;
	uint32_t best_sent = UINT32_MAX;
	size_t looked = 0;
	for (size_t k = mi; k-- > 0 && looked < 400; looked++) {
		const mention *m = &ms[k];
		kcna_speaker *s = m->speaker;
		if (!s || s->kind != KCNA_SPEAKER_PERSON || (toks[m->first_tok].flags & TF_IN_QUOTE))
			continue;
		if (role) {
			const char *ti = s->title ? s->title : "";
			size_t rl = strlen(role);
			int found = 0;
			for (const char *p = ti; *p && !found; p++) {
				size_t j = 0;
				while (j < rl && p[j] && ((p[j] | 32) == role[j]))
					j++;
				found = (j == rl);
			}
			if (!found)
				continue;
		}
		uint32_t st = toks[m->first_tok].sent;
		if (best && st != best_sent)
			break; /* earlier mention of the best sentence found: done */
		best = s;
		best_sent = st;
	}
	return best;
}

/* The latest organisation named before mention index mi whose name holds
 * the word role ("the ministry" -> "unification ministry"). */
static kcna_speaker *resolve_body(const kcna_doc *doc, size_t mi, const char *role)
{
	size_t rl = strlen(role);
	size_t looked = 0;
	for (size_t k = mi; k-- > 0 && looked < 400; looked++) {
		kcna_speaker *s = doc->mentions.items[k].speaker;
		if (!s || s->kind != KCNA_SPEAKER_ORGANIZATION)
			continue;
		for (const char *p = s->name; *p; p++) {
			if ((p == s->name || p[-1] == ' ') && strncasecmp(p, role, rl) == 0 &&
			    (p[rl] == 0 || p[rl] == ' ' || p[rl] == '\''))
				return s;
		}
	}
	return NULL;
}

static kcna_speaker *speaker_of_mention(const kcna_doc *doc, const mention *m)
{
	if (m->speaker)
		return m->speaker;
	size_t mi = (size_t)(m - doc->mentions.items);
	if (m->is_pronoun)
		return resolve_back(doc, mi, NULL);
	if (m->is_description) {
		char role[24];
		const token *t = &doc->seg.toks.items[m->role_tok];
		size_t n = t->end - t->start;
		if (n >= sizeof role)
			return resolve_back(doc, mi, NULL);
		for (size_t i = 0; i < n; i++)
			role[i] = (char)(doc->txt.buf[t->start + i] | 32);
		role[n] = 0;
		if (m->role_is_body)
			return resolve_body(doc, mi, role);
		kcna_speaker *s = resolve_back(doc, mi, role);
		return s ? s : resolve_back(doc, mi, NULL);
	}
	return NULL;
}

typedef struct attribution {
	kcna_speaker *speaker;
	const char *cue;
	kcna_speaker *source;
	int source_cued; /* the source was named by "according to" / "reported by", not merely nearby */
} attribution;

/* Where attribution looks for a quote: the opening mark's first token and
 * the token range of the sentence(s) around it, within its paragraph. */
typedef struct quote_context {
	uint32_t open_tok; /* first token of the opening mark */
	uint32_t from, to; /* [from, to) */
} quote_context;

/* The sentence, but no more than CONTEXT_TOKENS either side (a sentence of
 * megabytes must not make attribution quadratic), and never the heading's
 * dateline, whose agency carries no one's words. */
enum { CONTEXT_TOKENS = 80 };

static quote_context context_of(const kcna_doc *doc, const kcna_quote *q)
{
	const token *toks = doc->seg.toks.items;
	size_t n = doc->seg.toks.count;
	quote_context qc;
	qc.open_tok = q->first_tok ? q->first_tok - 1 : 0;
	while (qc.open_tok > 0 && toks[qc.open_tok].start > q->open_at)
		qc.open_tok--;
	qc.from = doc->seg.sent_first_tok.items[toks[qc.open_tok].sent];
	if (qc.open_tok - qc.from > CONTEXT_TOKENS)
		qc.from = qc.open_tok - CONTEXT_TOKENS;
	if (qc.from < doc->dateline_tok_end && doc->dateline_tok_end <= qc.open_tok)
		qc.from = doc->dateline_tok_end;
	qc.to = q->end_tok < n ? q->end_tok : (uint32_t)n;
	if (qc.to < n) {
		uint32_t sent = toks[qc.to].sent, limit = qc.to + CONTEXT_TOKENS;
		while (qc.to < n && qc.to < limit && toks[qc.to].sent == sent && toks[qc.to].para == toks[qc.open_tok].para)
			qc.to++;
	}
	return qc;
}

static void take_source(const kcna_doc *doc, attribution *at, uint32_t from, uint32_t to)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t i = from; i < to; i++) {
		if (toks[i].flags & TF_IN_QUOTE)
			continue;
		const mention *m = mention_at(doc, i);
		if (m && m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA && m->speaker != at->speaker) {
			at->source = m->speaker;
			return;
		}
	}
}

/* Persons speak more often than the bodies and countries named near them
 * ("South Korea's spy agency chief Lim said"): rank the candidates. */
static int subject_rank(const mention *m)
{
	if (m->is_pronoun || m->is_description)
		return 3;
	switch (m->speaker->kind) {
	case KCNA_SPEAKER_PERSON: return 3;
	case KCNA_SPEAKER_ORGANIZATION: return 2;
	default: return 1;
	}
}

/* Prepositions whose object is no subject: "sent a letter to Russian
 * President Putin, hailing ..." is Putin's sender's hailing. */
static const char *const PREPOSITIONS[] = {"of", "to", "with", "for", "by", "from", "against", "in", "on", "at", "about",
                                           "toward", "towards", "into", "over", "between", "among"};

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

static int is_prepositional_object(const kcna_doc *doc, uint32_t first_tok)
{
	const token *toks = doc->seg.toks.items;
	uint32_t i = first_tok, limit = first_tok > NOUN_PHRASE_MAX ? first_tok - NOUN_PHRASE_MAX : 0;
	/* walk left over the noun phrase: titles, capitalised words, "the";
	 * not into another name ("Ambassador to Pyongyang Alexander Matsegora") */
	while (i > limit && toks[i - 1].kind == TK_WORD && !(toks[i - 1].flags & TF_IN_QUOTE) && !ends_mention(doc, i - 1) &&
	       ((toks[i - 1].flags & TF_CAP) || (toks[i - 1].cls & LX_TITLE) ||
	        tok_is(doc, &toks[i - 1], "the")) &&
	       !(toks[i - 1].flags & TF_SENT_START))
		i--;
	if (i == 0 || toks[i - 1].kind != TK_WORD)
		return 0;
	for (size_t k = 0; k < sizeof PREPOSITIONS / sizeof PREPOSITIONS[0]; k++)
		if (tok_is(doc, &toks[i - 1], PREPOSITIONS[k]))
			return 1;
	return 0;
}

/* "Russia's war": a possessor, not a subject. */
static int is_possessive(const kcna_doc *doc, const mention *m)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = m->last_tok + 1;
	return k + 1 < n && (tok_punct(&toks[k], '\'') || tok_punct(&toks[k], 0x2019)) && tok_is(doc, &toks[k + 1], "s") &&
	       !(toks[k].flags & TF_SPACE_BEFORE);
}

/* The subject of cue token c: the best-ranked mention before it in
 * [from, c), nearest first; a person ends the search. Possessive pronouns
 * ("his letter") count only when no name is found. */
static const mention *subject_before(const kcna_doc *doc, uint32_t from, uint32_t c)
{
	const token *toks = doc->seg.toks.items;
	const mention *pron = NULL, *best = NULL;
	for (uint32_t i = c; i-- > from;) {
		if (toks[i].flags & TF_IN_QUOTE)
			continue;
		const mention *m = mention_at(doc, i);
		if (!m || (int32_t)(m - doc->mentions.items) != doc->tok_mention[m->first_tok] || i != m->first_tok)
			continue;
		if (m->is_pronoun) {
			if (!tok_is(doc, &toks[i], "his") && !tok_is(doc, &toks[i], "her") && !tok_is(doc, &toks[i], "him"))
				return best && subject_rank(best) == 3 ? best : m;
			if (!pron)
				pron = m;
			continue;
		}
		if (!m->speaker && !m->is_description)
			continue;
		if (m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA && i > 0 && tok_is(doc, &toks[i - 1], "to"))
			continue; /* "according to KCNA, ..." is a channel */
		if (is_prepositional_object(doc, i) || is_possessive(doc, m))
			continue;
		if (!best || subject_rank(m) > subject_rank(best))
			best = m;
		if (subject_rank(best) == 3)
			return best;
	}
	return best ? best : pron;
}

static const mention *mention_after(const kcna_doc *doc, uint32_t c, uint32_t to, uint32_t max)
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

static void attribute_before(const kcna_doc *doc, uint32_t from, uint32_t open_tok, attribution *at)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t i = open_tok; i-- > from;) {
		if (toks[i].flags & TF_IN_QUOTE)
			continue;
		if (!is_cue(&toks[i]))
			continue;
		const char *base = tok_lex(&toks[i])->base;
		int role = cue_role(&toks[i]);
		if (role == CUE_ACCORDING_TO) {
			const mention *m = mention_after(doc, i, open_tok, 3);
			if (m && m->speaker && m->speaker->kind != KCNA_SPEAKER_MEDIA &&
			    (at->speaker = speaker_of_mention(doc, m))) {
				return;
			}
			continue;
		}
		const mention *m = subject_before(doc, from, i);
		if (role == CUE_QUOTE_AS) {
			const mention *who = mention_after(doc, i, open_tok, 4);
			if (m && m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA)
				at->source = m->speaker;
			if (who)
				m = who;
		}
		if (m && (at->speaker = speaker_of_mention(doc, m))) {
			if (at->speaker->kind == KCNA_SPEAKER_MEDIA && m->speaker == at->source)
				at->source = NULL;
			at->cue = base;
			return;
		}
	}
}

static void attribute_one(const kcna_doc *doc, const kcna_quote *q, attribution *at)
{
	const token *toks = doc->seg.toks.items;
	quote_context qc = context_of(doc, q);
	uint32_t from = qc.from, to = qc.to, open_tok = qc.open_tok;
	memset(at, 0, sizeof *at);
	take_source(doc, at, from, to);
	/* 1. after the quote: '"...," X said' / '"...," said X' / 'quoted X as' */
	uint32_t after = q->end_tok;
	uint32_t quoted_skipped = 0;
	for (uint32_t i = after; i < to && i < after + 20; i++) {
		/* a short quote in between shares the attribution:
		 * '"general materials" not as "special" ones, the ministry said' */
		if (toks[i].flags & TF_IN_QUOTE) {
			if (++quoted_skipped > 4)
				break;
			continue;
		}
		if (!is_cue(&toks[i]))
			continue;
		const char *base = tok_lex(&toks[i])->base;
		int role = cue_role(&toks[i]);
		/* '"...," noting that ...': a participle's subject is the clause's, before the quote */
		if (i > after + 1 && tok_punct(&toks[i - 1], ',') && toks[i].end - toks[i].start > 4 &&
		    memcmp(doc->txt.buf + toks[i].end - 3, "ing", 3) == 0 && role != CUE_ACCORDING_TO)
			break;
		if (role == CUE_ACCORDING_TO) {
			const mention *m = mention_after(doc, i, to, 3);
			if (m && m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA) {
				at->source = m->speaker;
				at->source_cued = 1;
				continue;
			}
			if (m && (at->speaker = speaker_of_mention(doc, m)))
				return;
			continue;
		}
		if (role == CUE_QUOTE_AS) {
			const mention *m = mention_after(doc, i, to, 4);
			const mention *src = subject_before(doc, after, i);
			if (src && src->speaker && src->speaker->kind == KCNA_SPEAKER_MEDIA)
				at->source = src->speaker;
			if (m && (at->speaker = speaker_of_mention(doc, m))) {
				at->cue = base;
				return;
			}
			continue;
		}
		const mention *m = subject_before(doc, after, i);
		if (!m)
			m = mention_after(doc, i, to, 4);
		if (m && (at->speaker = speaker_of_mention(doc, m))) {
			at->cue = base;
			if (at->speaker->kind == KCNA_SPEAKER_MEDIA)
				break; /* '..., KCNA said' may only carry a person's words: look before */
			return;
		}
	}
	/* 2. before the quote: 'X said (that) ... "..."'; a medium found after
	 * the quote stays the speaker only if no one is found here */
	if (at->speaker) {
		attribution before = *at;
		before.speaker = NULL;
		before.cue = NULL;
		attribute_before(doc, from, open_tok, &before);
		if (before.speaker && before.speaker->kind != KCNA_SPEAKER_MEDIA) {
			before.source = at->speaker;
			*at = before;
		}
		return;
	}
	attribute_before(doc, from, open_tok, at);
}

/* The author of a work whose title is quoted ('a statement titled "..."',
 * 'issued the article "..."'): the sentence's subject. NULL if the word
 * before the quote names no work. */
static kcna_speaker *work_author(const kcna_doc *doc, const kcna_quote *q)
{
	const token *toks = doc->seg.toks.items;
	quote_context qc = context_of(doc, q);
	if (qc.open_tok == 0 || toks[qc.open_tok - 1].kind != TK_WORD)
		return NULL;
	const token *w = &toks[qc.open_tok - 1];
	if (!(tok_is(doc, w, "titled") || tok_is(doc, w, "entitled") || tok_is(doc, w, "headlined") ||
	      (w->cls & LX_SOURCEWORD)))
		return NULL;
	const mention *m = subject_before(doc, qc.from, qc.open_tok);
	return m ? speaker_of_mention(doc, m) : NULL;
}

int kcna_attribute_quotes(kcna_doc *doc)
{
	const token *toks = doc->seg.toks.items;
	kcna_speaker *last = NULL;
	uint32_t last_para = UINT32_MAX;
	kcna_quote *parent = NULL;
	for (size_t k = 0; k < doc->quotes.count; k++) {
		kcna_quote *q = &doc->quotes.items[k];
		uint32_t para = q->first_tok < doc->seg.toks.count ? toks[q->first_tok].para : last_para;
		attribution at;
		if (q->depth > 0 && parent && q->start >= parent->start && q->end <= parent->end) {
			/* a quote inside a quote: the words of the outer speaker */
			q->speaker = parent->speaker;
			q->source = parent->source;
			q->kind = KCNA_QUOTE_TERM;
			continue;
		}
		parent = q;
		attribute_one(doc, q, &at);
		if (!at.speaker && at.source && at.source_cued)
			at.speaker = at.source; /* "..., according to KCNA": the agency's own words */
		if (!at.speaker)
			at.speaker = work_author(doc, q);
		if (!at.speaker && last && (para == last_para || para == last_para + 1))
			at.speaker = last; /* a follow-on quote keeps its speaker */
		q->speaker = at.speaker;
		q->cue = at.cue;
		q->source = at.source ? at.source->name : NULL;
		if (q->speaker) {
			q->speaker->quoted = 1;
			last = q->speaker;
			last_para = para;
		}
		/* kind: a sentence, a phrase, or a bare term */
		uint32_t words = 0;
		for (uint32_t t = q->first_tok; t < q->end_tok && t < doc->seg.toks.count && words < 6; t++)
			if (toks[t].kind == TK_WORD)
				words++;
		int starts_upper = q->first_tok < doc->seg.toks.count && (toks[q->first_tok].flags & TF_CAP);
		int opens_sentence = q->first_tok > 0 && q->first_tok - 1 < doc->seg.toks.count &&
		                     (toks[q->first_tok - 1].flags & TF_SENT_START);
		if (words >= 5 && starts_upper && (opens_sentence || at.cue))
			q->kind = KCNA_QUOTE_FULL;
		else if (words <= 3 && !at.cue)
			q->kind = KCNA_QUOTE_TERM;
		else
			q->kind = KCNA_QUOTE_PARTIAL;
	}
	return 1;
}
