/* Attribution stage: the speaker, cue and channel of each quote.
 *
 * The hand ranking finds a speaker by routes (frames): the reporting cue
 * next to the quote (after it, then before it), the channel's own words,
 * the work the quote names, the previous quote's speaker. The learned
 * ranker (the default) takes every mention near the quote as a candidate,
 * describes it by features (attribution.h: where it is, the cue next to
 * it, what it is, which hand routes found it) and scores it with weights
 * trained on annotated attributions (attribution_weights.inc, written by
 * tools/train_attribution.py); the best above the "no speaker" score
 * wins. KCNA_OPT_RULE_ATTRIBUTION selects the hand ranking alone. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "clause.h"
#include "attribution.h"
#include "attribution_weights.inc"

/* How a quote found its speaker: a cue of each role (the first values are
 * enum cue_role's), or no cue. The spec tests check each is exercised. */
enum frame { FRAME_SAY = CUE_SAY, FRAME_QUOTE_AS = CUE_QUOTE_AS, FRAME_ACCORDING_TO = CUE_ACCORDING_TO,
             FRAME_SOURCE, FRAME_WORK, FRAME_PREVIOUS, FRAME_OUTER, FRAME_NEARBY, FRAME_STATEMENT, FRAME_COUNT };
static const char *const FRAME_NAMES[FRAME_COUNT] = {"say",      "quote-as", "according-to", "source", "work",
                                                     "previous", "outer",    "nearby",       "statement"};

const char *kcna_attribution_frame_name(size_t f)
{
	return f < FRAME_COUNT ? FRAME_NAMES[f] : NULL;
}

typedef struct attribution {
	int frame; /* enum frame, when speaker is set */
	kcna_speaker *speaker;
	const mention *m; /* the mention that named the speaker, if one did */
	const char *cue;
	kcna_speaker *source;
	const mention *source_m; /* the mention that named the channel */
	int source_cued; /* the source was named by "according to" / "reported by", not merely nearby */
} attribution;

/* Where attribution looks for a quote: the opening mark's first token and
 * the token range of the sentence(s) around it, within its paragraph. */
typedef struct quote_context {
	uint32_t open_tok; /* first token of the opening mark */
	uint32_t sent;     /* the quote's sentence */
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
	/* ICU leaves an opening mark glued to a full stop ('said.“We') with
	 * the sentence before: the quote's sentence is its first word's */
	qc.sent = toks[qc.open_tok].sent;
	qc.from = doc->seg.sent_first_tok.items[qc.sent];
	if (q->first_tok < doc->seg.toks.count && toks[q->first_tok].sent == qc.sent + 1 && q->first_tok == qc.open_tok + 1) {
		qc.sent++;
		qc.from = qc.open_tok;
	}
	if (qc.open_tok - qc.from > CONTEXT_TOKENS)
		qc.from = qc.open_tok - CONTEXT_TOKENS;
	if (qc.from < kcna_dateline_end(doc) && kcna_dateline_end(doc) <= qc.open_tok)
		qc.from = kcna_dateline_end(doc);
	qc.to = q->end_tok < n ? q->end_tok : (uint32_t)n;
	if (qc.to < n && same_para(doc, &toks[qc.to], &toks[qc.open_tok])) /* to the sentence's end */
		qc.to = kcna_sentence_last(doc, qc.to, CONTEXT_TOKENS - 1) + 1;
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
			at->source_m = m;
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
			    (at->speaker = kcna_mention_speaker(doc, m)) && (at->m = m)) {
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
		if (m && (at->speaker = kcna_mention_speaker(doc, m)) && (at->m = m)) {
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
	/* '"useful," and Mr. Price agreed': a conjunction after the quote opens
	 * another clause, whose cue is not the quote's */
	static const char *const CLAUSE_JOINERS[] = {"and", "but", "while", "whereas", "although"};
	uint32_t first_word = after;
	while (first_word < to && toks[first_word].kind == TK_PUNCT)
		first_word++;
	if (first_word < to && tok_in(doc, &toks[first_word], CLAUSE_JOINERS, sizeof CLAUSE_JOINERS / sizeof CLAUSE_JOINERS[0]))
		return;
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
		if (i > after + 1 && kcna_is_participle_cue(doc, i) && role != CUE_ACCORDING_TO)
			break;
		if (role == CUE_ACCORDING_TO) {
			const mention *m = kcna_mention_after(doc, i, to, 3);
			if (m && m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA) {
				at->source = m->speaker;
				at->source_m = m;
				at->source_cued = 1;
				continue;
			}
			if (m && (at->speaker = kcna_mention_speaker(doc, m)) && (at->m = m)) {
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
			if (m && (at->speaker = kcna_mention_speaker(doc, m)) && (at->m = m)) {
				at->cue = base;
				at->frame = FRAME_QUOTE_AS;
				return;
			}
			continue;
		}
		const mention *m = kcna_subject_before(doc, after, i);
		if (!m)
			m = kcna_mention_after(doc, i, to, 4);
		if (m && (at->speaker = kcna_mention_speaker(doc, m)) && (at->m = m)) {
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
static const mention *work_author(const kcna_doc *doc, const kcna_quote *q)
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
	return m && kcna_mention_speaker(doc, m) ? m : NULL;
}


/* ---------- the hand ranking: routes, each finding at most one speaker ---------- */

/* Where a route found its speaker. */
enum side { SIDE_AFTER, SIDE_BEFORE, SIDE_CONTEXT };

typedef struct route {
	attribution at; /* speaker, cue, frame and the channel as found with it */
	int side;       /* enum side */
	int score;
} route;

enum { MAX_ROUTES = 5 };
typedef struct routes {
	route items[MAX_ROUTES];
	size_t count;
	attribution state; /* what holds when no route wins: its channel */
} routes;

/* The hand ranking: a cue's speaker after the quote unless it is a medium
 * ('..., KCNA said' carries a person's words when one is named before);
 * then one before; then the channel's own words ("..., according to
 * KCNA"), the author of a work the quote names, the previous quote's
 * speaker. */
static int score_route(const route *r)
{
	int media = r->at.speaker->kind == KCNA_SPEAKER_MEDIA;
	switch (r->at.frame) {
	case FRAME_SOURCE: return 20;
	case FRAME_WORK: return 10;
	case FRAME_PREVIOUS: return 5;
	default: break;
	}
	if (r->side == SIDE_AFTER) /* a medium quoting or cited is final, as a person is */
		return media && r->at.frame == FRAME_SAY ? 40 : 60;
	return media ? 30 : 50;
}

static void add_route(routes *rs, const attribution *at, int side)
{
	if (!at->speaker || rs->count == MAX_ROUTES)
		return;
	route *r = &rs->items[rs->count++];
	r->at = *at;
	r->side = side;
	r->score = score_route(r);
}

static const route *best_route(const routes *rs)
{
	const route *best = NULL;
	for (size_t k = 0; k < rs->count; k++)
		if (!best || rs->items[k].score > best->score)
			best = &rs->items[k];
	return best;
}

/* Every route for quote q (the learned ranker reads them all as features;
 * the hand ranking takes the best). */
static void find_routes(const kcna_doc *doc, const kcna_quote *q, const quote_context *qc, kcna_speaker *previous,
                        routes *rs)
{
	attribution after;
	rs->count = 0;
	collect_after(doc, q, qc, &after);
	add_route(rs, &after, SIDE_AFTER);
	rs->state = after;
	attribution before = after;
	before.speaker = NULL;
	before.m = NULL;
	before.cue = NULL;
	attribute_before(doc, qc->from, qc->open_tok, &before);
	if (after.speaker)
		before.source = after.speaker; /* a medium after the quote carried the words */
	else
		rs->state = before;
	add_route(rs, &before, SIDE_BEFORE);
	attribution fallback = rs->state;
	fallback.cue = NULL;
	if (rs->state.source && rs->state.source_cued) {
		fallback.speaker = rs->state.source; /* "..., according to KCNA": the agency's own words */
		fallback.m = rs->state.source_m;
		fallback.frame = FRAME_SOURCE;
		add_route(rs, &fallback, SIDE_CONTEXT);
	}
	if ((fallback.m = work_author(doc, q))) {
		fallback.speaker = kcna_mention_speaker(doc, fallback.m);
		fallback.frame = FRAME_WORK;
		add_route(rs, &fallback, SIDE_CONTEXT);
	}
	if ((fallback.speaker = previous)) {
		fallback.m = NULL;
		fallback.frame = FRAME_PREVIOUS; /* a follow-on quote keeps its speaker */
		add_route(rs, &fallback, SIDE_CONTEXT);
	}
}

/* ---------- the learned ranker: mentions near the quote, with features ---------- */

static const char *const FEATURE_NAMES[FEATURE_COUNT] = {
#define X(id, name) name,
	PLAIN_FEATURES(X)
#undef X
#define X(id, name) name "@before", name "@after", name "@other",
	ZONED_FEATURES(X)
#undef X
};

const char *kcna_attribution_feature_name(size_t f)
{
	return f < FEATURE_COUNT ? FEATURE_NAMES[f] : NULL;
}

static void add_feature(candidate_view *c, int f)
{
	uint64_t bit = 1ull << (f & 63);
	if ((c->seen[f >> 6] & bit) || c->feature_count == MAX_ACTIVE_FEATURES)
		return;
	c->seen[f >> 6] |= bit;
	c->features[c->feature_count++] = (uint8_t)f;
}

static int has_feature(const candidate_view *c, int f)
{
	return (c->seen[f >> 6] >> (f & 63)) & 1;
}

/* Zoned feature f (its _AT_BEFORE id) in the candidate's zone. */
static void add_zoned(candidate_view *c, int f)
{
	add_feature(c, f + c->zone);
}

/* Where candidates are looked for: the quote's sentence and its
 * neighbours in the paragraph, each bounded. */
enum { NEIGHBOUR_TOKENS = 60, CUE_REACH = 3, MAX_CUES = 16 };

typedef struct window {
	uint32_t from, to;        /* [from, to) */
	uint32_t quote_sent_first; /* sentence of the opening mark */
	uint32_t quote_sent_last;  /* sentence of the last token inside */
	uint32_t subjects[MAX_CUES]; /* the mention index of each cue's subject in the window */
	size_t subject_count;
	int lead_colon; /* the paragraph before the quote's ends in a colon */
} window;

static window window_of(const kcna_doc *doc, const kcna_quote *q, const quote_context *qc)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	window w;
	uint32_t para = tok_para(doc, &toks[qc->open_tok]);
	w.quote_sent_first = qc->sent;
	w.quote_sent_last = q->end_tok > 0 && q->end_tok - 1 < n ? toks[q->end_tok - 1].sent : w.quote_sent_first;
	w.from = qc->from;
	/* the previous sentence of the paragraph, or for a quote that opens its
	 * paragraph the last sentence of the one before ('Cruz continued:') */
	w.lead_colon = 0;
	if (w.from > 0 && w.from > kcna_dateline_end(doc) &&
	    (tok_para(doc, &toks[w.from - 1]) == para || (tok_para(doc, &toks[w.from - 1]) + 1 == para && qc->open_tok == w.from))) {
		w.lead_colon = tok_para(doc, &toks[w.from - 1]) != para && tok_punct(&toks[w.from - 1], ':');
		w.from = kcna_sentence_first(doc, w.from - 1, NEIGHBOUR_TOKENS);
	}
	if (w.from < kcna_dateline_end(doc) && kcna_dateline_end(doc) <= qc->open_tok)
		w.from = kcna_dateline_end(doc);
	w.to = qc->to;
	/* the next sentence of the paragraph */
	if (w.to < n && tok_para(doc, &toks[w.to]) == para)
		w.to = kcna_sentence_last(doc, w.to, NEIGHBOUR_TOKENS) + 1;
	w.subject_count = 0;
	return w;
}

/* The cue among the CUE_REACH words after the mention ("Kim said", "Kim
 * also told"), or before it ("said Kim"); -1 if none. */
static int32_t cue_after_mention(const kcna_doc *doc, const mention *m, uint32_t to)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t i = m->last_tok + 1; i < to && i <= m->last_tok + CUE_REACH; i++) {
		if ((toks[i].flags & TF_IN_QUOTE) || mention_at(doc, i))
			return -1; /* "According to KCNA, Kim said": Kim's cue */
		if (is_cue(&toks[i]))
			return (int32_t)i;
		if (toks[i].kind == TK_PUNCT && !tok_punct(&toks[i], ','))
			return -1;
	}
	return -1;
}

static int32_t cue_before_mention(const kcna_doc *doc, const mention *m, uint32_t from)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t i = m->first_tok, steps = 0; i-- > from && steps < CUE_REACH - 1; steps++) {
		if (is_cue(&toks[i]))
			return (int32_t)i;
		if (toks[i].kind != TK_WORD || (toks[i].flags & TF_IN_QUOTE))
			return -1;
	}
	return -1;
}

enum { APPOSITIVE_REACH = 12 };

/* Whether m lies in an appositive that describes a person named before it
 * ("Shin, a senior analyst at the Korea Defense and Security Forum"): a
 * comma then "a", "an" or "the" after the end of a person's mention, with
 * no cue or other punctuation between. */
static int in_appositive(const kcna_doc *doc, const mention *m)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t i = m->first_tok, steps = 0; i-- > 0 && steps < APPOSITIVE_REACH; steps++) {
		if (toks[i].flags & (TF_IN_QUOTE | TF_SENT_START) && !tok_punct(&toks[i], ','))
			return 0;
		if (is_cue(&toks[i]))
			return 0;
		if (toks[i].kind != TK_PUNCT)
			continue;
		if (!tok_punct(&toks[i], ',') || i == 0 || i + 1 >= m->first_tok)
			return 0;
		const token *det = &toks[i + 1];
		if (!tok_is(doc, det, "a") && !tok_is(doc, det, "an") && !tok_is(doc, det, "the"))
			return 0;
		const mention *before = mention_at(doc, i - 1);
		return before && before->last_tok == i - 1 && before->speaker && before->speaker->kind == KCNA_SPEAKER_PERSON;
	}
	return 0;
}

/* The first element of a sorted list at or past value v. */
static size_t lower_bound(const uint32_t *items, size_t count, uint32_t v)
{
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (items[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* What a mention is to its clause, read once per document (many quotes'
 * windows share a mention). */
enum { MF_READ = 1, MF_PREPOSITIONAL_OBJECT = 2, MF_POSSESSOR = 4, MF_APPOSITIVE = 8, MF_SPEAKER = 16 };

static unsigned mention_facts(const kcna_doc *doc, const mention *m)
{
	uint8_t *f = &doc->qt.mention_facts[m - doc->mn.mentions.items];
	if (!(*f & MF_READ))
		*f |= (uint8_t)(MF_READ | (kcna_is_prepositional_object(doc, m->first_tok) ? MF_PREPOSITIONAL_OBJECT : 0) |
		                (kcna_is_possessive(doc, m) ? MF_POSSESSOR : 0) | (in_appositive(doc, m) ? MF_APPOSITIVE : 0));
	return *f;
}

/* kcna_mention_speaker, once per mention (a pronoun's resolution looks back). */
static kcna_speaker *mention_speaker(const kcna_doc *doc, const mention *m)
{
	size_t k = (size_t)(m - doc->mn.mentions.items);
	if (!(doc->qt.mention_facts[k] & MF_SPEAKER)) {
		doc->qt.mention_speakers[k] = kcna_mention_speaker(doc, m);
		doc->qt.mention_facts[k] |= MF_SPEAKER;
	}
	return doc->qt.mention_speakers[k];
}

/* Whether a cue outside quotation marks, or a quoted token, lies in
 * [from, to): from the tokenizer's cue list and the quotes, in O(log n). */
static int indexed_cue_in(const kcna_doc *doc, uint32_t from, uint32_t to)
{
	const token *toks = doc->seg.toks.items;
	const uint32_t *cues = doc->seg.speech_cues.items;
	for (size_t k = lower_bound(cues, doc->seg.speech_cues.count, from);
	     k < doc->seg.speech_cues.count && cues[k] < to; k++)
		if (is_cue(&toks[cues[k]]))
			return 1;
	return 0;
}

static int indexed_quote_in(const kcna_doc *doc, uint32_t from, uint32_t to)
{
	/* the runs' ends are the odd entries: the first run ending past from */
	const uint32_t *r = doc->qt.quoted_runs.items;
	size_t pairs = doc->qt.quoted_runs.count / 2, lo = 0, hi = pairs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r[2 * mid + 1] <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < pairs && r[2 * lo] < to;
}

/* The document's index for attribution, once: the runs of quoted tokens
 * (the outermost quotes' tokens, which quotes.c flags TF_IN_QUOTE, in order
 * and disjoint) and the empty caches of mention facts, resolved speakers
 * and cue subjects. */
static int build_index(kcna_doc *doc)
{
	if (doc->qt.indexed)
		return 1;
	doc->qt.indexed = 1;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	size_t mentions = doc->mn.mentions.count;
	if (mentions && (!(doc->qt.mention_facts = kcna_arena_alloc(&doc->mem, mentions)) || /* zeroed: none read */
	                 !(doc->qt.mention_speakers = kcna_arena_alloc_raw(&doc->mem, mentions * sizeof(kcna_speaker *)))))
		return 0;
	size_t cues = doc->seg.speech_cues.count;
	if (cues) {
		doc->qt.cue_subject = kcna_arena_alloc_raw(&doc->mem, cues * sizeof *doc->qt.cue_subject);
		if (!doc->qt.cue_subject)
			return 0;
		for (size_t k = 0; k < cues; k++)
			doc->qt.cue_subject[k] = -2;
	}
	for (size_t k = 0; k < doc->qt.found.count; k++) {
		const kcna_quote *q = &doc->qt.found.items[k];
		uint32_t end = q->end_tok < n ? q->end_tok : n;
		if (q->depth || q->first_tok >= end)
			continue;
		if (!VEC_PUSH(&doc->mem, &doc->qt.quoted_runs, q->first_tok) ||
		    !VEC_PUSH(&doc->mem, &doc->qt.quoted_runs, end))
			return 0;
	}
	return 1;
}

/* Whether cue token c governs the quote: at most two words (and any
 * punctuation) between them ('Kim said: "...', '"...," said Kim',
 * 'Kim said that "...'). */
static int cue_next_to_quote(const kcna_doc *doc, const quote_context *qc, const kcna_quote *q, uint32_t c)
{
	const token *toks = doc->seg.toks.items;
	uint32_t lo = c < qc->open_tok ? c + 1 : q->end_tok, hi = c < qc->open_tok ? qc->open_tok : c;
	unsigned words = 0;
	for (uint32_t i = lo; i < hi; i++) {
		if (toks[i].flags & TF_IN_QUOTE)
			return 0;
		if (toks[i].kind == TK_WORD && ++words > 2)
			return 0;
	}
	return 1;
}

static int distance_feature(uint32_t d)
{
	return d <= 3 ? FEAT_DISTANCE_0_3_AT_BEFORE
	       : d <= 8 ? FEAT_DISTANCE_4_8_AT_BEFORE
	       : d <= 15 ? FEAT_DISTANCE_9_15_AT_BEFORE
	       : d <= 30 ? FEAT_DISTANCE_16_30_AT_BEFORE
	                 : FEAT_DISTANCE_OVER_30_AT_BEFORE;
}

static int kind_feature(const kcna_speaker *s)
{
	switch (s->kind) {
	case KCNA_SPEAKER_PERSON: return FEAT_KIND_PERSON_AT_BEFORE;
	case KCNA_SPEAKER_ORGANIZATION: return FEAT_KIND_ORGANIZATION_AT_BEFORE;
	case KCNA_SPEAKER_MEDIA: return FEAT_KIND_MEDIA_AT_BEFORE;
	case KCNA_SPEAKER_COUNTRY: return FEAT_KIND_COUNTRY_AT_BEFORE;
	default: return FEAT_KIND_OTHER_AT_BEFORE;
	}
}

/* Whether the quote opening at token open describes mention m, right
 * before it: "pounding Trump as a "con artist"", "called Trump a "..."",
 * "Sanders as "way off key"" (the one described, not the speaker). */
static int described_by_quote(const kcna_doc *doc, const mention *m, uint32_t open)
{
	const token *toks = doc->seg.toks.items;
	uint32_t k = m->last_tok + 1;
	int as = k < open && tok_is(doc, &toks[k], "as");
	k += as;
	int article = k < open && (tok_is(doc, &toks[k], "a") || tok_is(doc, &toks[k], "an") || tok_is(doc, &toks[k], "the"));
	k += article;
	return (as || article) && k == open;
}

/* The features of mention m for the quote in window w. */
static void mention_features(const kcna_doc *doc, const quote_context *qc, const kcna_quote *q, const window *w,
                             const mention *m, candidate_view *c)
{
	const token *toks = doc->seg.toks.items;
	uint32_t sent = toks[m->first_tok].sent;
	int before = m->first_tok < qc->open_tok;
	c->zone = ZONE_OTHER;
	if (!same_para(doc, &toks[m->first_tok], &toks[qc->open_tok])) {
		add_feature(c, FEAT_PREVIOUS_PARAGRAPH);
		if (w->lead_colon)
			add_feature(c, FEAT_LEADS_IN_WITH_COLON); /* "Cruz continued:" then the quote */
	}
	if (sent < w->quote_sent_first)
		add_feature(c, FEAT_PREVIOUS_SENTENCE);
	else if (sent > w->quote_sent_last)
		add_feature(c, FEAT_NEXT_SENTENCE);
	else {
		add_feature(c, before ? FEAT_SAME_SENTENCE_BEFORE : FEAT_SAME_SENTENCE_AFTER);
		c->zone = before ? ZONE_BEFORE : ZONE_AFTER;
	}
	uint32_t near = before ? qc->open_tok : q->end_tok;
	uint32_t d = before ? near - m->last_tok : m->first_tok - near;
	add_zoned(c, distance_feature(d));
	uint32_t lo = before ? m->last_tok + 1 : q->end_tok, hi = before ? qc->open_tok : m->first_tok;
	if (indexed_quote_in(doc, lo, hi))
		add_zoned(c, FEAT_QUOTE_BETWEEN_AT_BEFORE);
	if (indexed_cue_in(doc, lo, hi))
		add_zoned(c, FEAT_CUE_BETWEEN_AT_BEFORE);
	int32_t cue = cue_after_mention(doc, m, w->to);
	if (cue >= 0) {
		add_zoned(c, cue_role(&toks[cue]) == CUE_QUOTE_AS ? FEAT_CUE_AFTER_QUOTE_AS_AT_BEFORE : FEAT_CUE_AFTER_SAY_AT_BEFORE);
		if (cue_next_to_quote(doc, qc, q, (uint32_t)cue))
			add_zoned(c, FEAT_CUE_NEXT_TO_QUOTE_AT_BEFORE);
	}
	cue = cue_before_mention(doc, m, w->from);
	if (cue >= 0 && cue_next_to_quote(doc, qc, q, (uint32_t)cue))
		add_zoned(c, FEAT_CUE_NEXT_TO_QUOTE_AT_BEFORE);
	if (cue >= 0) {
		int role = cue_role(&toks[cue]);
		add_zoned(c, role == CUE_ACCORDING_TO ? FEAT_ACCORDING_TO_BEFORE_AT_BEFORE
		               : role == CUE_QUOTE_AS   ? FEAT_CUE_BEFORE_QUOTE_AS_AT_BEFORE
		                                        : FEAT_CUE_BEFORE_SAY_AT_BEFORE);
	}
	if (m->first_tok >= 2 && tok_is(doc, &toks[m->first_tok - 1], "to") && tok_is(doc, &toks[m->first_tok - 2], "according"))
		add_zoned(c, FEAT_ACCORDING_TO_BEFORE_AT_BEFORE);
	if (m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA && m->first_tok >= 1 &&
	    (tok_is(doc, &toks[m->first_tok - 1], "to") || tok_is(doc, &toks[m->first_tok - 1], "by") ||
	     (cue >= 0 && cue_role(&toks[cue]) == CUE_ACCORDING_TO))) {
		add_feature(c, FEAT_MEDIA_CHANNEL); /* "according to KCNA", "reported by Yonhap" */
		c->channel = 1;
	}
	cue = cue_after_mention(doc, m, w->to);
	if (m->speaker && m->speaker->kind == KCNA_SPEAKER_MEDIA && cue >= 0 && cue_role(&toks[cue]) == CUE_QUOTE_AS) {
		add_feature(c, FEAT_MEDIA_CHANNEL); /* "KCNA quoted Kim as saying" */
		c->channel = 1;
	}
	int32_t mi = (int32_t)(m - doc->mn.mentions.items);
	for (size_t k = 0; k < w->subject_count; k++)
		if ((int32_t)w->subjects[k] == mi)
			add_zoned(c, FEAT_SUBJECT_OF_CUE_AT_BEFORE);
	unsigned facts = mention_facts(doc, m);
	if (facts & MF_PREPOSITIONAL_OBJECT)
		add_zoned(c, FEAT_PREPOSITIONAL_OBJECT_AT_BEFORE);
	if (facts & MF_POSSESSOR)
		add_zoned(c, FEAT_POSSESSOR_AT_BEFORE);
	if (facts & MF_APPOSITIVE)
		add_zoned(c, FEAT_IN_APPOSITIVE_AT_BEFORE);
	if (toks[m->first_tok].flags & TF_SENT_START)
		add_zoned(c, FEAT_SENTENCE_START_AT_BEFORE);
	if (before && described_by_quote(doc, m, qc->open_tok))
		add_feature(c, FEAT_DESCRIBED_BY_QUOTE);
	if (m->is_pronoun)
		add_zoned(c, FEAT_PRONOUN_AT_BEFORE);
	if (m->is_description)
		add_zoned(c, FEAT_DESCRIPTION_AT_BEFORE);
}

/* The subjects of the window's cues (but "according to"). */
static void find_subjects(kcna_doc *doc, window *w)
{
	const token *toks = doc->seg.toks.items;
	const uint32_t *cues = doc->seg.speech_cues.items;
	for (size_t k = lower_bound(cues, doc->seg.speech_cues.count, w->from);
	     k < doc->seg.speech_cues.count && cues[k] < w->to && w->subject_count < MAX_CUES; k++) {
		uint32_t i = cues[k];
		if (!is_cue(&toks[i]) || cue_role(&toks[i]) == CUE_ACCORDING_TO)
			continue;
		uint32_t first = kcna_sentence_first(doc, i, NEIGHBOUR_TOKENS);
		int32_t subject;
		if (first < w->from) { /* a window that starts inside the sentence */
			const mention *m = kcna_subject_before(doc, w->from, i);
			subject = m ? (int32_t)(m - doc->mn.mentions.items) : -1;
		} else { /* the same for every quote near: read once */
			if (doc->qt.cue_subject[k] == -2) {
				const mention *m = kcna_subject_before(doc, first, i);
				doc->qt.cue_subject[k] = m ? (int32_t)(m - doc->mn.mentions.items) : -1;
			}
			subject = doc->qt.cue_subject[k];
		}
		if (subject >= 0)
			w->subjects[w->subject_count++] = (uint32_t)subject;
	}
}

/* The index of the first mention starting at or after token tok (binary
 * search: mentions are in text order). */
static size_t first_mention_from(const kcna_doc *doc, uint32_t tok)
{
	size_t lo = 0, hi = doc->mn.mentions.count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->mn.mentions.items[mid].first_tok < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static candidate_view *candidate_for(quote_candidates *cs, const mention *m, kcna_speaker *s)
{
	for (size_t k = 0; k < cs->count; k++)
		if (m ? cs->items[k].m == m : cs->items[k].speaker == s)
			return &cs->items[k];
	if (cs->count == MAX_CANDIDATES)
		return NULL;
	candidate_view *c = &cs->items[cs->count++];
	memset(c, 0, sizeof *c);
	c->m = m;
	c->speaker = s;
	c->zone = ZONE_OTHER;
	return c;
}

static void add_none_feature(quote_candidates *cs, int f)
{
	if (cs->none_feature_count < sizeof cs->none_features)
		cs->none_features[cs->none_feature_count++] = (uint8_t)f;
}

static float score_of(const float *weights, const uint8_t *features, size_t count)
{
	float s = 0;
	for (size_t k = 0; k < count; k++)
		s += weights[features[k]];
	return s;
}

/* The route feature of a hand route. */
static int route_feature(const route *r)
{
	switch (r->at.frame) {
	case FRAME_SOURCE: return FEAT_HAND_SOURCE;
	case FRAME_WORK: return FEAT_HAND_WORK;
	case FRAME_PREVIOUS: return FEAT_HAND_PREVIOUS;
	case FRAME_QUOTE_AS: return r->side == SIDE_AFTER ? FEAT_HAND_AFTER_QUOTE_AS : FEAT_HAND_BEFORE_QUOTE_AS;
	case FRAME_ACCORDING_TO:
		return r->side == SIDE_AFTER ? FEAT_HAND_AFTER_ACCORDING_TO : FEAT_HAND_BEFORE_ACCORDING_TO;
	default:
		if (r->side == SIDE_AFTER)
			return r->at.speaker->kind == KCNA_SPEAKER_MEDIA ? FEAT_HAND_AFTER_MEDIA_SAY : FEAT_HAND_AFTER_SAY;
		return FEAT_HAND_BEFORE_SAY;
	}
}

/* The candidates of quote q, scored: the mentions in its window (nearest
 * first when there are too many), the speakers the hand routes found, the
 * previous quote's speaker and the document's author. */
static void rank_candidates(kcna_doc *doc, const kcna_quote *q, const quote_context *qc, const routes *rs,
                            kcna_speaker *previous, kcna_speaker *author, int ranked, quote_candidates *cs)
{
	const token *toks = doc->seg.toks.items;
	window w = window_of(doc, q, qc);
	find_subjects(doc, &w);
	cs->count = 0;
	cs->none_feature_count = 0;
	/* mentions outward from the quote, nearest first (at equal distance
	 * the one before), so that the nearest are kept when there are more
	 * than MAX_CANDIDATES; mentions are in text order */
	const mention *ms = doc->mn.mentions.items;
	size_t before = first_mention_from(doc, qc->open_tok), after = first_mention_from(doc, q->end_tok);
	const mention *nearest_before = NULL, *nearest_after = NULL;
	while (cs->count < MAX_CANDIDATES) {
		int has_before = before > 0 && ms[before - 1].first_tok >= w.from;
		int has_after = after < doc->mn.mentions.count && ms[after].first_tok < w.to;
		if (!has_before && !has_after)
			break;
		int side = !has_before                                   ? 1
		           : !has_after                                  ? 0
		           : qc->open_tok - ms[before - 1].first_tok <= ms[after].first_tok - q->end_tok + 1 ? 0
		                                                          : 1;
		size_t k = side == 0 ? --before : after++;
		const mention *m = &ms[k];
		if ((toks[m->first_tok].flags & TF_IN_QUOTE) || doc->mn.tok_mention[m->first_tok] != (int32_t)k)
			continue;
		kcna_speaker *s = mention_speaker(doc, m);
		if (!s)
			continue;
		candidate_view *c = candidate_for(cs, m, s);
		if (!c)
			break;
		mention_features(doc, qc, q, &w, m, c);
		if (side == 0 && !nearest_before) {
			nearest_before = m;
			add_feature(c, FEAT_NEAREST_BEFORE);
		} else if (side == 1 && !nearest_after) {
			nearest_after = m;
			add_feature(c, FEAT_NEAREST_AFTER);
		}
	}
	const route *winner = best_route(rs);
	for (size_t k = 0; k < rs->count; k++) {
		const route *r = &rs->items[k];
		candidate_view *c = candidate_for(cs, r->at.m, r->at.speaker);
		if (!c)
			continue;
		if (r->at.m && !c->feature_count)
			mention_features(doc, qc, q, &w, r->at.m, c);
		add_feature(c, route_feature(r));
		if (r == winner)
			add_feature(c, FEAT_HAND_WINNER);
	}
	/* "Reid has gone after Trump as a "con artist"": the one who describes
	 * is the nearest other name before the one described, in its sentence */
	const mention *described = NULL;
	for (size_t k = 0; k < cs->count; k++)
		if (has_feature(&cs->items[k], FEAT_DESCRIBED_BY_QUOTE))
			described = cs->items[k].m;
	candidate_view *describer = NULL;
	for (size_t k = 0; described && k < cs->count; k++) {
		const mention *m = cs->items[k].m;
		if (m && m->last_tok < described->first_tok && toks[m->first_tok].sent == toks[described->first_tok].sent &&
		    cs->items[k].speaker != mention_speaker(doc, described) &&
		    (!describer || describer->m->last_tok < m->last_tok))
			describer = &cs->items[k];
	}
	if (describer)
		add_feature(describer, FEAT_DESCRIBER);
	int person_near = 0;
	for (size_t k = 0; k < cs->count; k++)
		if (cs->items[k].speaker->kind == KCNA_SPEAKER_PERSON && cs->items[k].m &&
		    toks[cs->items[k].m->first_tok].sent >= w.quote_sent_first &&
		    toks[cs->items[k].m->first_tok].sent <= w.quote_sent_last)
			person_near = 1;
	/* "X said ... "...," KCNA said": the medium after the quote carried the
	 * words of the cue's subject before it; so does one before that subject
	 * ("state media reports Kim called for "..."") */
	const mention *subject_before = NULL;
	for (size_t k = 0; k < cs->count; k++)
		if (cs->items[k].speaker->kind != KCNA_SPEAKER_MEDIA && cs->items[k].zone == ZONE_BEFORE && cs->items[k].m &&
		    has_feature(&cs->items[k], FEAT_SUBJECT_OF_CUE_AT_BEFORE) &&
		    (!subject_before || subject_before->first_tok < cs->items[k].m->first_tok))
			subject_before = cs->items[k].m;
	for (size_t k = 0; k < cs->count && subject_before; k++)
		if (cs->items[k].speaker->kind == KCNA_SPEAKER_MEDIA &&
		    (cs->items[k].zone == ZONE_AFTER ||
		     (cs->items[k].zone == ZONE_BEFORE && cs->items[k].m && cs->items[k].m->last_tok < subject_before->first_tok)))
			cs->items[k].channel = 1;
	int found_previous = 0, found_author = 0;
	int cued = indexed_cue_in(doc, qc->from, qc->to);
	for (size_t k = 0; k < cs->count; k++) {
		candidate_view *c = &cs->items[k];
		add_zoned(c, kind_feature(c->speaker));
		if (c->speaker->known)
			add_feature(c, FEAT_KNOWN_ENTITY);
		if (c->speaker->kind == KCNA_SPEAKER_MEDIA && person_near)
			add_feature(c, FEAT_MEDIA_WITH_PERSON_NEAR);
		if (c->speaker->quoted)
			add_feature(c, FEAT_ALREADY_QUOTED);
		if (previous && c->speaker == previous) {
			add_feature(c, c->m ? FEAT_PREVIOUS_SPEAKER : FEAT_PREVIOUS_SPEAKER_ONLY);
			if (!cued)
				add_feature(c, FEAT_PREVIOUS_SPEAKER_NO_CUE); /* a follow-on quote */
			found_previous = 1;
		}
		if (author && c->speaker == author) {
			add_feature(c, FEAT_DOCUMENT_AUTHOR);
			found_author = 1;
		}
	}
	candidate_view *c;
	if (previous && !found_previous && (c = candidate_for(cs, NULL, previous))) {
		add_feature(c, FEAT_PREVIOUS_SPEAKER_ONLY); /* no mention near: carried over */
		if (!cued)
			add_feature(c, FEAT_PREVIOUS_SPEAKER_NO_CUE);
		add_zoned(c, kind_feature(previous));
		if (author == previous) {
			add_feature(c, FEAT_DOCUMENT_AUTHOR);
			found_author = 1;
		}
	}
	if (author && !found_author && (c = candidate_for(cs, NULL, author))) {
		add_feature(c, FEAT_DOCUMENT_AUTHOR);
		add_zoned(c, kind_feature(author));
	}
	add_none_feature(cs, FEAT_NONE_BIAS);
	uint32_t words = 0;
	for (uint32_t t = q->first_tok; t < q->end_tok && t < doc->seg.toks.count && words < 4; t++)
		if (toks[t].kind == TK_WORD)
			words++;
	if (words <= 3)
		add_none_feature(cs, FEAT_NONE_SHORT_QUOTE);
	if (!cued)
		add_none_feature(cs, FEAT_NONE_NO_CUE);
	if (q->first_tok > 0 && q->first_tok - 1 < doc->seg.toks.count && (toks[q->first_tok - 1].flags & TF_SENT_START))
		add_none_feature(cs, FEAT_NONE_OPENS_SENTENCE);
	for (size_t k = 0; k < cs->count; k++)
		cs->items[k].score = score_of(ATTRIBUTION_WEIGHTS[ranked], cs->items[k].features, cs->items[k].feature_count);
	cs->none_score = score_of(ATTRIBUTION_WEIGHTS[ranked], cs->none_features, cs->none_feature_count);
}

/* The learned choice: the route whose speaker the best candidate is, or a
 * nearby frame for a mention no route found; NULL speaker when "no
 * speaker" scores higher. *confidence is the winner's share of the
 * softmax over all choices. */
static attribution choose(const kcna_doc *doc, const quote_candidates *cs, const routes *rs, double *confidence)
{
	attribution at = rs->state;
	at.speaker = NULL;
	at.m = NULL;
	at.cue = NULL;
	/* the channel speaks only when no one else does; one that quoted or
	 * cited someone ("KCNA cited Kim, ...") gives that one's words */
	const candidate_view *best = NULL, *cited = NULL;
	for (size_t k = 0; k < cs->count; k++) {
		const candidate_view *c = &cs->items[k];
		if (!c->channel && (!best || c->score > best->score))
			best = c;
		if (!c->channel && (has_feature(c, FEAT_HAND_AFTER_QUOTE_AS) || has_feature(c, FEAT_HAND_BEFORE_QUOTE_AS)))
			cited = c;
	}
	int forced = 0;
	if ((!best || best->score <= cs->none_score) && cited) {
		best = cited;
		forced = 1;
	} else if (!best || best->score <= cs->none_score) {
		best = NULL;
		for (size_t k = 0; k < cs->count; k++)
			if (cs->items[k].channel && (!best || cs->items[k].score > best->score))
				best = &cs->items[k];
	}
	float top = best && best->score > cs->none_score ? best->score : cs->none_score;
	double sum = exp((double)(cs->none_score - top));
	for (size_t k = 0; k < cs->count; k++)
		sum += exp((double)(cs->items[k].score - top));
	*confidence = (best ? exp((double)(best->score - top)) : 1.0) / sum; /* a forced choice may score below the top */
	if (!best || (best->score <= cs->none_score && !forced))
		return at;
	const route *same = NULL;
	for (size_t k = 0; k < rs->count && !same; k++)
		if (rs->items[k].at.speaker == best->speaker)
			same = &rs->items[k];
	if (same)
		return same->at;
	at.speaker = best->speaker;
	at.m = best->m;
	at.frame = FRAME_NEARBY;
	if (best->m) {
		const token *toks = doc->seg.toks.items;
		int32_t cue = cue_after_mention(doc, best->m, (uint32_t)doc->seg.toks.count);
		if (cue < 0)
			cue = cue_before_mention(doc, best->m, 0);
		if (cue >= 0 && cue_role(&toks[cue]) != CUE_ACCORDING_TO)
			at.cue = tok_lex(&toks[cue])->base;
	}
	if (at.source == at.speaker)
		at.source = NULL;
	return at;
}

/* ---------- the stage ---------- */

/* The previous quote's speaker and whether a speaker was quoted before
 * follow the hand ranking's choices in both modes, so that the learned
 * ranker's features never depend on its own weights (training reads the
 * same features whatever the table holds). */
static void attribute(kcna_doc *doc, candidate_visitor visit, void *ctx)
{
	const token *toks = doc->seg.toks.items;
	int learned = !(doc->parser->options & KCNA_OPT_RULE_ATTRIBUTION);
	if (learned && doc->qt.found.count && !build_index(doc))
		return;
	kcna_speaker *author = learned && doc->qt.found.count ? kcna_document_author(doc) : NULL;
	kcna_speaker *last = NULL; /* the hand ranking's latest speaker, and its paragraph */
	uint32_t last_para = UINT32_MAX;
	kcna_quote *parent = NULL;
	uint32_t last_quote_para = UINT32_MAX;
	for (size_t k = 0; k < doc->qt.found.count; k++) {
		kcna_quote *q = &doc->qt.found.items[k];
		uint32_t para = q->first_tok < doc->seg.toks.count ? tok_para(doc, &toks[q->first_tok]) : last_para;
		if (q->depth > 0 && parent && q->start >= parent->start && q->end <= parent->end) {
			/* a quote inside a quote: the words of the outer speaker */
			q->speaker = parent->speaker;
			q->source = parent->source;
			q->confidence = parent->confidence;
			q->kind = KCNA_QUOTE_TERM;
			q->frame = FRAME_NAMES[FRAME_OUTER];
			continue;
		}
		if (k > 0 && parent && parent->continued && parent->speaker && para == last_quote_para + 1) {
			/* a quote running over paragraphs: one speaker (GUIDELINES) */
			q->speaker = parent->speaker;
			q->source = parent->source;
			q->confidence = parent->confidence;
			q->cue = parent->cue;
			q->frame = FRAME_NAMES[FRAME_PREVIOUS];
			q->kind = parent->kind;
			parent = q;
			last_quote_para = para;
			continue;
		}
		parent = q;
		last_quote_para = para;
		quote_context qc = context_of(doc, q);
		kcna_speaker *previous = last && (para == last_para || para == last_para + 1) ? last : NULL;
		routes rs;
		find_routes(doc, q, &qc, previous, &rs);
		const route *hand = best_route(&rs);
		attribution at = hand ? hand->at : rs.state;
		double confidence = 1.0;
		if (learned) {
			quote_candidates cs;
			rank_candidates(doc, q, &qc, &rs, previous, author, RANKED_QUOTE, &cs);
			if (visit)
				visit(ctx, doc, q, &cs, 0);
			at = choose(doc, &cs, &rs, &confidence);
		}
		if (hand) {
			hand->at.speaker->quoted = 1;
			last = hand->at.speaker;
			last_para = para;
		}
		q->speaker = at.speaker;
		q->confidence = at.speaker ? confidence : 0.0;
		q->frame = at.speaker ? FRAME_NAMES[at.frame] : NULL;
		q->cue = at.cue;
		q->source = at.source ? at.source->name : NULL;
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
}

int kcna_attribute_quotes(kcna_doc *doc)
{
	attribute(doc, NULL, NULL);
	return !doc->mem.failed;
}

/* ---------- statements: the same ranker ---------- */

/* An indirect statement's speaker, from the same candidates and features
 * as a quote's (its content stands for the quote) with the statements'
 * weight table; the statement stage's own choice (its cue's subject) is
 * one more feature, and stays when the ranker finds no one. */
static void rank_statement(kcna_doc *doc, kcna_statement *st, kcna_speaker *previous, kcna_speaker *author,
                           candidate_visitor visit, void *ctx)
{
	kcna_quote q;
	memset(&q, 0, sizeof q);
	q.start = q.open_at = st->start;
	q.end = q.close_at = st->end;
	q.first_tok = st->first_tok;
	q.end_tok = st->last_tok + 1;
	quote_context qc = context_of(doc, &q);
	routes rs; /* the hand routes read quotation marks: none for a statement */
	memset(&rs, 0, sizeof rs);
	quote_candidates cs;
	rank_candidates(doc, &q, &qc, &rs, previous, author, RANKED_STATEMENT, &cs);
	const float *weights = ATTRIBUTION_WEIGHTS[RANKED_STATEMENT];
	/* the stage's choice is a mention of the cue's sentence: its candidate
	 * there, not a later pronoun's that resolves to the same speaker */
	candidate_view *own = NULL;
	for (size_t k = 0; k < cs.count && st->rule_speaker && !own; k++)
		if (cs.items[k].speaker == st->rule_speaker && cs.items[k].zone != ZONE_OTHER)
			own = &cs.items[k];
	if (!own && st->rule_speaker)
		own = candidate_for(&cs, NULL, st->rule_speaker);
	if (own) {
		add_feature(own, FEAT_STATEMENT_SUBJECT);
		if (!own->m)
			add_zoned(own, kind_feature(own->speaker));
		own->score = score_of(weights, own->features, own->feature_count);
	}
	add_none_feature(&cs, FEAT_NONE_STATEMENT);
	cs.none_score = score_of(weights, cs.none_features, cs.none_feature_count);
	if (visit)
		visit(ctx, doc, &q, &cs, 1);
	double confidence;
	attribution at = choose(doc, &cs, &rs, &confidence);
	st->speaker = at.speaker ? at.speaker : st->rule_speaker; /* a doubted choice is kept, flagged */
	st->confidence = at.speaker ? confidence : 0.0;
}

static void attribute_statements(kcna_doc *doc, candidate_visitor visit, void *ctx)
{
	const token *toks = doc->seg.toks.items;
	kcna_speaker *author = doc->st.author; /* the statements stage found it */
	if (doc->st.found.count && !build_index(doc))
		return;
	kcna_speaker *last = NULL;
	uint32_t last_para = UINT32_MAX;
	for (size_t k = 0; k < doc->st.found.count; k++) {
		kcna_statement *st = &doc->st.found.items[k];
		uint32_t para = tok_para(doc, &toks[st->first_tok]);
		kcna_speaker *own = st->rule_speaker;
		st->confidence = own ? 1.0 : 0.0;
		if (st->kind == KCNA_STATEMENT_INDIRECT && !st->rule_named)
			rank_statement(doc, st, last && (para == last_para || para == last_para + 1) ? last : NULL, author,
			               visit, ctx);
		if (own) { /* the chain follows the stage's choices, as quotes' follows the hand ranking's */
			last = own;
			last_para = para;
		}
	}
}

static int statement_start_cmp(const void *a, const void *b)
{
	const kcna_statement *x = *(const kcna_statement *const *)a, *y = *(const kcna_statement *const *)b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Statements whose content a statement before them may still hold: the
 * contents of one sentence overlap (an outer "X announced that ..." and an
 * inner "... and called for ..."), never many. */
enum { HOLDING_LOOK_BACK = 4 };

/* A quote that no one is credited with, inside the content of a reported
 * statement ("they asserted that the bloodshed is caused by someone's
 * "intervention"", "X spouted such rubbish that "defiance" is ..."), is
 * the statement's speaker's words: a partial quote inside reported speech
 * is part of it (GUIDELINES). The innermost statement holding it wins. */
static void speak_quotes_in_statements(kcna_doc *doc)
{
	size_t ns = doc->st.found.count;
	if (!ns || !doc->qt.found.count)
		return;
	const kcna_statement **by_start = kcna_arena_alloc_raw(&doc->mem, ns * sizeof *by_start);
	if (!by_start)
		return;
	for (size_t k = 0; k < ns; k++)
		by_start[k] = &doc->st.found.items[k];
	qsort(by_start, ns, sizeof *by_start, statement_start_cmp); /* nearly sorted: cues come in text order */
	size_t next = 0; /* the first statement starting after the quote */
	for (size_t k = 0; k < doc->qt.found.count; k++) {
		kcna_quote *q = &doc->qt.found.items[k];
		while (next < ns && by_start[next]->start <= q->open_at)
			next++;
		if (q->speaker)
			continue;
		for (size_t j = next, seen = 0; j > 0 && seen < HOLDING_LOOK_BACK; j--, seen++) {
			const kcna_statement *st = by_start[j - 1];
			if (st->end >= q->close_at && st->speaker) {
				q->speaker = st->speaker;
				q->confidence = st->confidence;
				q->cue = st->cue;
				q->frame = FRAME_NAMES[FRAME_STATEMENT];
				break;
			}
		}
	}
}

int kcna_attribute_statements(kcna_doc *doc)
{
	if (!(doc->parser->options & KCNA_OPT_RULE_ATTRIBUTION))
		attribute_statements(doc, NULL, NULL);
	else
		for (size_t k = 0; k < doc->st.found.count; k++)
			doc->st.found.items[k].confidence = doc->st.found.items[k].speaker ? 1.0 : 0.0;
	speak_quotes_in_statements(doc);
	return !doc->mem.failed;
}

void kcna_attribution_visit(kcna_doc *doc, candidate_visitor visit, void *ctx)
{
	for (size_t k = 0; k < doc->mn.speakers.count; k++)
		doc->mn.speakers.items[k]->quoted = 0;
	attribute(doc, visit, ctx);
	attribute_statements(doc, visit, ctx);
}
