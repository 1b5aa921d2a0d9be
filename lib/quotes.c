/* Quotes stage: pairs quotation marks into quotes (one pass over the tokens,
 * a two-level stack per paragraph); attribution.c then finds their speakers. */
#include <string.h>
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
	const token *prev = m->tok > 0 && same_para(doc, &toks[m->tok - 1], t) ? &toks[m->tok - 1] : NULL;
	uint32_t after = m->tok + m->ntok;
	const token *next = after < n && same_para(doc, &toks[after], t) ? &toks[after] : NULL;
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
	return q.text && VEC_PUSH(&doc->mem, &doc->qt.found, q);
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
			uint32_t pe = para_end(doc, tok_para(doc, &toks[i - 1]));
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
	/* a headline opening the document quotes words its body reports with
	 * their attribution ("Obama Sees 'Personal Insult' if ..."): they are
	 * the body's quotes, not the headline's (news annotation, as PolNeAR's,
	 * marks none there) */
	kcna_quote *q = doc->qt.found.items;
	size_t kept = 0;
	int headline = -1; /* unknown until a quote in the first paragraph asks */
	for (size_t a = 0; a < doc->qt.found.count; a++) {
		if (q[a].first_tok < n && tok_para(doc, &toks[q[a].first_tok]) == 0) {
			if (headline < 0)
				headline = kcna_is_headline(doc, q[a].first_tok);
			if (headline)
				continue;
		}
		q[kept++] = q[a];
	}
	doc->qt.found.count = kept;
	/* mark tokens inside outermost quotes; quotes come out in close order,
	 * so sort by start (insertion sort: nearly sorted already) */
	for (size_t a = 1; a < doc->qt.found.count; a++) {
		kcna_quote tmp = q[a];
		size_t b = a;
		while (b > 0 && q[b - 1].start > tmp.start) {
			q[b] = q[b - 1];
			b--;
		}
		q[b] = tmp;
	}
	for (size_t a = 0; a < doc->qt.found.count; a++) {
		if (q[a].depth)
			continue;
		for (uint32_t t = q[a].first_tok; t < q[a].end_tok && t < n; t++)
			toks[t].flags |= TF_IN_QUOTE;
	}
	return 1;
}
