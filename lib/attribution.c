/* Attribution stage: the speaker, cue and channel of each quote, from the
 * reporting cue next to it (after the quote, then before it), the work it
 * names, or the previous quote's speaker. */
#include <string.h>
#include "internal.h"
#include "clause.h"

/* How a quote found its speaker: a cue of each role (the first values are
 * enum cue_role's), or no cue. The spec tests check each is exercised. */
enum frame { FRAME_SAY = CUE_SAY, FRAME_QUOTE_AS = CUE_QUOTE_AS, FRAME_ACCORDING_TO = CUE_ACCORDING_TO,
             FRAME_SOURCE, FRAME_WORK, FRAME_PREVIOUS, FRAME_OUTER, FRAME_COUNT };
static const char *const FRAME_NAMES[FRAME_COUNT] = {"say", "quote-as", "according-to", "source",
                                                     "work", "previous", "outer"};

const char *kcna_attribution_frame_name(size_t f)
{
	return f < FRAME_COUNT ? FRAME_NAMES[f] : NULL;
}

typedef struct attribution {
	int frame; /* enum frame, when speaker is set */
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
	if (qc.from < kcna_dateline_end(doc) && kcna_dateline_end(doc) <= qc.open_tok)
		qc.from = kcna_dateline_end(doc);
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
			const mention *m = kcna_mention_after(doc, i, open_tok, 3);
			if (m && m->speaker && m->speaker->kind != KCNA_SPEAKER_MEDIA &&
			    (at->speaker = kcna_mention_speaker(doc, m))) {
				at->frame = FRAME_ACCORDING_TO;
				return;
			}
			continue;
		}
		const mention *m = kcna_subject_before(doc, from, i);
		if (role == CUE_QUOTE_AS) {
			const mention *who = kcna_mention_after(doc, i, open_tok, 4);
			if (m && m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA)
				at->source = m->speaker;
			if (who)
				m = who;
		}
		if (m && (at->speaker = kcna_mention_speaker(doc, m))) {
			if (at->speaker->kind == KCNA_SPEAKER_MEDIA && m->speaker == at->source)
				at->source = NULL;
			at->cue = base;
			at->frame = role == CUE_QUOTE_AS ? FRAME_QUOTE_AS : FRAME_SAY;
			return;
		}
	}
}

/* The candidate after the quote ('"...," X said' / '"...," said X' /
 * 'quoted X as'): the first the cues there give, in at (speaker NULL if
 * none); at also gathers the channel named around the quote. */
static void collect_after(const kcna_doc *doc, const kcna_quote *q, const quote_context *qc, attribution *at)
{
	const token *toks = doc->seg.toks.items;
	uint32_t to = qc->to;
	memset(at, 0, sizeof *at);
	take_source(doc, at, qc->from, to);
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
			const mention *m = kcna_mention_after(doc, i, to, 3);
			if (m && m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA) {
				at->source = m->speaker;
				at->source_cued = 1;
				continue;
			}
			if (m && (at->speaker = kcna_mention_speaker(doc, m))) {
				at->frame = FRAME_ACCORDING_TO;
				return;
			}
			continue;
		}
		if (role == CUE_QUOTE_AS) {
			const mention *m = kcna_mention_after(doc, i, to, 4);
			const mention *src = kcna_subject_before(doc, after, i);
			if (src && src->speaker && src->speaker->kind == KCNA_SPEAKER_MEDIA)
				at->source = src->speaker;
			if (m && (at->speaker = kcna_mention_speaker(doc, m))) {
				at->cue = base;
				at->frame = FRAME_QUOTE_AS;
				return;
			}
			continue;
		}
		const mention *m = kcna_subject_before(doc, after, i);
		if (!m)
			m = kcna_mention_after(doc, i, to, 4);
		if (m && (at->speaker = kcna_mention_speaker(doc, m))) {
			at->cue = base;
			at->frame = FRAME_SAY;
			if (at->speaker->kind == KCNA_SPEAKER_MEDIA)
				break; /* '..., KCNA said' may only carry a person's words: look before */
			return;
		}
	}
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
	const mention *m = kcna_subject_before(doc, qc.from, qc.open_tok);
	return m ? kcna_mention_speaker(doc, m) : NULL;
}

/* Where a candidate speaker was found. */
enum side { SIDE_AFTER, SIDE_BEFORE, SIDE_CONTEXT };

/* A candidate for a quote's speaker: who, found how, and its score. The
 * choice is the best score; score_candidate holds the hand ranking that a
 * learned scorer is to replace (it then needs every candidate, where the
 * hand ranking lets collect_candidates stop at a winner). */
typedef struct candidate {
	attribution at; /* speaker, cue, frame and the channel as found with it */
	int side;       /* enum side */
	int score;
} candidate;

enum { MAX_CANDIDATES = 8 };
typedef struct candidates {
	candidate items[MAX_CANDIDATES];
	size_t count;
} candidates;

/* The hand ranking: a cue's speaker after the quote unless it is a medium
 * ('..., KCNA said' carries a person's words when one is named before);
 * then one before; then the channel's own words ("..., according to
 * KCNA"), the author of a work the quote names, the previous quote's
 * speaker. */
static int score_candidate(const candidate *c)
{
	int media = c->at.speaker->kind == KCNA_SPEAKER_MEDIA;
	switch (c->at.frame) {
	case FRAME_SOURCE: return 20;
	case FRAME_WORK: return 10;
	case FRAME_PREVIOUS: return 5;
	default: break;
	}
	if (c->side == SIDE_AFTER) /* a medium quoting or cited is final, as a person is */
		return media && c->at.frame == FRAME_SAY ? 40 : 60;
	return media ? 30 : 50;
}

static void add_candidate(candidates *cs, const attribution *at, int side)
{
	if (!at->speaker || cs->count == MAX_CANDIDATES)
		return;
	candidate *c = &cs->items[cs->count++];
	c->at = *at;
	c->side = side;
	c->score = score_candidate(c);
}

static const candidate *best_candidate(const candidates *cs)
{
	const candidate *best = NULL;
	for (size_t k = 0; k < cs->count; k++)
		if (!best || cs->items[k].score > best->score)
			best = &cs->items[k];
	return best;
}

/* The candidates for quote q; *state is the attribution that holds when
 * none wins (its channel). */
static void collect_candidates(const kcna_doc *doc, const kcna_quote *q, kcna_speaker *previous, candidates *cs,
                               attribution *state)
{
	quote_context qc = context_of(doc, q);
	attribution after;
	collect_after(doc, q, &qc, &after);
	add_candidate(cs, &after, SIDE_AFTER);
	const candidate *best = best_candidate(cs);
	*state = after;
	if (best && best->score >= 60)
		return; /* nothing outranks a person named after the quote */
	attribution before = after;
	before.speaker = NULL;
	before.cue = NULL;
	attribute_before(doc, qc.from, qc.open_tok, &before);
	if (after.speaker)
		before.source = after.speaker; /* a medium after the quote carried the words */
	else
		*state = before;
	add_candidate(cs, &before, SIDE_BEFORE);
	if (cs->count)
		return;
	attribution fallback = *state;
	if (state->source && state->source_cued) {
		fallback.speaker = state->source; /* "..., according to KCNA": the agency's own words */
		fallback.frame = FRAME_SOURCE;
		add_candidate(cs, &fallback, SIDE_CONTEXT);
	}
	if (!cs->count && (fallback.speaker = work_author(doc, q))) {
		fallback.frame = FRAME_WORK;
		add_candidate(cs, &fallback, SIDE_CONTEXT);
	}
	if (!cs->count && (fallback.speaker = previous)) {
		fallback.frame = FRAME_PREVIOUS; /* a follow-on quote keeps its speaker */
		add_candidate(cs, &fallback, SIDE_CONTEXT);
	}
}

int kcna_attribute_quotes(kcna_doc *doc)
{
	const token *toks = doc->seg.toks.items;
	kcna_speaker *last = NULL;
	uint32_t last_para = UINT32_MAX;
	kcna_quote *parent = NULL;
	for (size_t k = 0; k < doc->qt.found.count; k++) {
		kcna_quote *q = &doc->qt.found.items[k];
		uint32_t para = q->first_tok < doc->seg.toks.count ? toks[q->first_tok].para : last_para;
		attribution at;
		if (q->depth > 0 && parent && q->start >= parent->start && q->end <= parent->end) {
			/* a quote inside a quote: the words of the outer speaker */
			q->speaker = parent->speaker;
			q->source = parent->source;
			q->kind = KCNA_QUOTE_TERM;
			q->frame = FRAME_NAMES[FRAME_OUTER];
			continue;
		}
		parent = q;
		candidates cs;
		cs.count = 0;
		collect_candidates(doc, q, last && (para == last_para || para == last_para + 1) ? last : NULL, &cs, &at);
		const candidate *best = best_candidate(&cs);
		if (best)
			at = best->at;
		q->speaker = at.speaker;
		q->frame = at.speaker ? FRAME_NAMES[at.frame] : NULL;
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
