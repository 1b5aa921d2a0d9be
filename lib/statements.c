/* Statements stage: reported speech without quotation marks (GUIDELINES
 * "Statements"), after attribution.
 *  - indirect: a speech cue heads a clause: "Kim said (that) ...", "Putin
 *    told Kim that ...", and the inverted "..., the message noted."; the
 *    content runs to the end of its clause, without a trailing attribution
 *    or the final period; "said that A and that B" is two statements.
 *  - block: a paragraph that ends "X said:" introduces the paragraphs that
 *    reproduce the words, until narration resumes (a paragraph naming the
 *    speaker in the third person, a dateline, "-0-", a quotation).
 * The speaker is found as a quote's is (clause.c, kcna_mention_speaker).
 * Also the document's author: the voice of a commentary or a statement
 * whose heading names it. Every pass visits each token a bounded number of
 * times: cues are tried in order, and a content never re-scans past its
 * sentence. */
#include <string.h>
#include "internal.h"
#include "clause.h"

/* A content, and the look-back for its speaker, stay within WINDOW tokens
 * of the cue: a sentence of megabytes must not make the stage quadratic. */
enum { MIN_CONTENT_WORDS = 3, THAT_WINDOW = 10, BLOCK_PARAGRAPHS_MAX = 64, WINDOW = 120, ADDRESSEE_WORDS = 6 };

static int is_terminal(const token *t)
{
	return t->kind == TK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?');
}

static uint32_t sentence_last(const kcna_doc *doc, uint32_t i)
{
	return kcna_sentence_last(doc, i, WINDOW);
}

static uint32_t sentence_first(const kcna_doc *doc, uint32_t i)
{
	return kcna_sentence_first(doc, i, WINDOW);
}

static uint32_t words_in(const kcna_doc *doc, uint32_t a, uint32_t b)
{
	uint32_t w = 0;
	for (uint32_t k = a; k <= b && k < doc->seg.toks.count; k++)
		w += doc->seg.toks.items[k].kind == TK_WORD;
	return w;
}

/* named: the speaker is a name the cue's subject gives, not a pronoun's or
 * a description's reading (the ranker re-reads only those). */
static int add_statement(kcna_doc *doc, uint32_t first, uint32_t last, kcna_speaker *speaker, const char *cue,
                         kcna_statement_kind kind, int named)
{
	const token *toks = doc->seg.toks.items;
	while (last > first && (is_terminal(&toks[last]) || tok_punct(&toks[last], ',') || tok_punct(&toks[last], ';') ||
	                        tok_punct(&toks[last], ':')))
		last--; /* without the final period */
	if (words_in(doc, first, last) < MIN_CONTENT_WORDS)
		return 1;
	kcna_statement st;
	memset(&st, 0, sizeof st);
	st.start = toks[first].start;
	st.end = toks[last].end;
	st.first_tok = first;
	st.last_tok = last;
	st.speaker = st.rule_speaker = speaker;
	st.rule_named = named && speaker;
	st.cue = cue;
	st.kind = kind;
	st.text = kcna_text_span_string(&doc->txt, &doc->mem, st.start, st.end);
	if (speaker) {
		doc->st.last = speaker;
		doc->st.last_para = tok_para(doc, &toks[last]);
	}
	return st.text && VEC_PUSH(&doc->mem, &doc->st.found, st);
}

/* The speaker a cue's subject names. A pronoun ("He continued:", "he
 * said that") goes to the previous statement's speaker when that is in the
 * same or the previous paragraph: narration names the writer first. */
static kcna_speaker *subject_speaker(const kcna_doc *doc, const mention *subject, uint32_t c)
{
	if (!subject)
		return NULL;
	uint32_t para = tok_para(doc, &doc->seg.toks.items[c]);
	if (subject->is_pronoun && doc->st.last && para <= doc->st.last_para + 1)
		return doc->st.last;
	return kcna_mention_speaker(doc, subject);
}

/* Where a trailing attribution begins in [a, b]: ", the message noted" /
 * ", KCNA said" (a comma, at most five words, a cue, then the end). */
static uint32_t trailing_attribution(const kcna_doc *doc, uint32_t a, uint32_t b)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t k = b; k > a && k + 8 > b; k--)
		if (tok_punct(&toks[k], ',')) {
			for (uint32_t c = k + 1; c <= b; c++)
				if (is_cue(&toks[c]))
					return k;
			return UINT32_MAX;
		}
	return UINT32_MAX;
}

/* An unnamed speaker by the words that describe it, right before cue c
 * ("Federal and state officials said", "Many lawmakers said", "the
 * researchers said"): at most DESCRIPTION_WORDS words back to a mark, a
 * sentence start or a word that opens a clause; NULL if none. */
enum { DESCRIPTION_WORDS = 5 };

static int word_or_number(const token *t)
{
	return t->kind == TK_WORD || t->kind == TK_NUM;
}

static kcna_speaker *described_subject(kcna_doc *doc, uint32_t c)
{
	static const char *const CLAUSE_WORDS[] = {"that", "which", "who", "as", "when", "while", "because", "if",
	                                           "but", "though", "although", "where", "after", "before", "since"};
	const token *toks = doc->seg.toks.items;
	uint32_t k = c;
	while (k > 0 && c - k < DESCRIPTION_WORDS && word_or_number(&toks[k - 1]) &&
	       !(toks[k - 1].cls & LX_CUE) && /* "Another 19 percent said" */
	       !(toks[k - 1].flags & TF_IN_QUOTE) &&
	       !tok_in(doc, &toks[k - 1], CLAUSE_WORDS, sizeof CLAUSE_WORDS / sizeof CLAUSE_WORDS[0])) {
		k--;
		if (toks[k].flags & TF_SENT_START)
			break;
	}
	if (k == c || (k > 0 && word_or_number(&toks[k - 1]) && !(toks[k].flags & TF_SENT_START) &&
	               !tok_in(doc, &toks[k - 1], CLAUSE_WORDS, sizeof CLAUSE_WORDS / sizeof CLAUSE_WORDS[0])))
		return NULL; /* no description, or one cut off mid-phrase */
	if (k > 0 && tok_apostrophe(&toks[k - 1]))
		return NULL; /* "doesn't say", "Connecticut's ...": a word's tail */
	uint32_t e = c - 1;
	while (e > k && toks[e].end - toks[e].start > 3 && memcmp(doc->txt.buf + toks[e].end - 2, "ly", 2) == 0 &&
	       !tok_article(doc, &toks[e - 1]))
		e--; /* "the experts generally said", not "the family said" */
	const token *head = &toks[e];
	size_t len = head->end - head->start;
	if ((head->cls & (LX_STOP | LX_PREPOSITION | LX_NUMWORD)) ||
	    (len > 4 && memcmp(doc->txt.buf + head->end - 3, "ing", 3) == 0))
		return NULL; /* a noun must end it: not "to", "seven", "including" */
	return kcna_speaker_for_name(doc, toks[k].start, head->end, KCNA_SPEAKER_ORGANIZATION);
}

/* Where the subject of cue c ends: before the auxiliaries and adverbs of
 * its verb ("Authorities have said", "Officials also said", "The group has
 * repeatedly said"). */
static uint32_t verb_group_start(const kcna_doc *doc, uint32_t c)
{
	static const char *const AUXILIARIES[] = {"has", "have", "had", "will", "would", "also", "later", "previously",
	                                          "repeatedly", "often", "again", "earlier", "already", "long"};
	uint32_t k = c;
	while (k > 0 && c - k < 3 && doc->seg.toks.items[k - 1].kind == TK_WORD &&
	       !(doc->seg.toks.items[k - 1].flags & (TF_CAP | TF_IN_QUOTE)) &&
	       tok_in(doc, &doc->seg.toks.items[k - 1], AUXILIARIES, sizeof AUXILIARIES / sizeof AUXILIARIES[0]))
		k--;
	return k;
}

/* Whether the word before verb group g is a plural pronoun ("They argue
 * that", "..., they say."): no mention, a subject for the ranker. */
static int plural_pronoun_before(const kcna_doc *doc, uint32_t g)
{
	return g > 0 && (tok_is(doc, &doc->seg.toks.items[g - 1], "they") || tok_is(doc, &doc->seg.toks.items[g - 1], "we"));
}

/* Whether the words before cue c name an unnamed speaker ("experts said",
 * "Experts said" opening a sentence, "some observers said", "..., claiming
 * that") rather than hearsay ("it is said") or a verb's auxiliary. */
static int unnamed_subject(const kcna_doc *doc, uint32_t c)
{
	static const char *const NOT_SPEAKERS[] = {"it", "is", "was", "be", "been", "being", "are", "were", "has",
	                                           "had", "have", "which", "that", "this", "what", "who", "also",
	                                           "not", "then", "and", "or"};
	if (c == 0)
		return 0;
	const token *w = &doc->seg.toks.items[c - 1], *cue = w + 1;
	size_t n = cue->end - cue->start;
	int participle = n > 4 && memcmp(doc->txt.buf + cue->end - 3, "ing", 3) == 0;
	if (tok_punct(w, ',') && participle)
		return 1; /* "..., claiming that": the clause's subject, whoever it is */
	if (participle && w->kind == TK_WORD && !(w->flags & TF_CAP))
		return 0; /* "content praising the regime": a noun's modifier, no speaker */
	/* a capital only opening the sentence or in an acronym no name was read
	 * for ("The IMF had warned"), and no function word ("When asked ...") */
	int opening = (w->flags & TF_SENT_START) && !(w->flags & TF_UPPER) && !(w->cls & (LX_STOP | LX_PREPOSITION));
	int acronym = (w->flags & TF_UPPER) && w->end - w->start >= 2 && !(w->flags & TF_SENT_START);
	return w->kind == TK_WORD && (!(w->flags & TF_CAP) || opening || acronym) && !(w->cls & (LX_CUE | LX_PRONOUN)) &&
	       !tok_in(doc, w, NOT_SPEAKERS, sizeof NOT_SPEAKERS / sizeof NOT_SPEAKERS[0]);
}

/* An unnamed source by the words that name it after "according to" ("a
 * campaign aide", "the poll", "federal statistics"): the phrase [first,
 * last], at most OBJECT_TOKENS tokens of words (and the marks inside
 * names: "AFL-CIO", "N.Y."), ending in a noun; NULL if it is no such
 * phrase (a clause, a quotation, a cue). */
enum { OBJECT_TOKENS = 10 };

static kcna_speaker *described_object(kcna_doc *doc, uint32_t first, uint32_t last)
{
	static const char *const CLAUSE_WORDS[] = {"that", "which", "who", "whom", "as", "when", "while", "because", "if"};
	/* what a thing is done "according to" is no source of words */
	static const char *const NOT_SOURCES[] = {"plan",      "plans",  "schedule", "decision", "decisions", "law",
	                                          "laws",      "rule",   "rules",    "agreement", "principle", "principles",
	                                          "project",   "order",  "orders",   "instructions", "tradition", "custom",
	                                          "standard",  "standards", "procedure", "procedures", "design", "needs"};
	const token *toks = doc->seg.toks.items;
	if (first > last || last - first >= OBJECT_TOKENS)
		return NULL;
	/* the phrase ends before what only dates or qualifies it: "figures
	 * released on Friday", "the MBC on Tuesday", "data available" */
	for (uint32_t k = first + 1; k <= last; k++) {
		const token *t = &toks[k];
		size_t len = t->end - t->start;
		int participle = t->kind == TK_WORD && !(t->flags & TF_CAP) && len > 4 &&
		                 (memcmp(doc->txt.buf + t->end - 2, "ed", 2) == 0 || tok_is(doc, t, "available"));
		if (participle || t->kind == TK_NUM || (t->cls & (LX_WEEKDAY | LX_MONTH | LX_RELDAY)) ||
		    ((t->cls & LX_PREPOSITION) && !tok_is(doc, t, "of") && !tok_is(doc, t, "by") && !tok_is(doc, t, "for"))) {
			last = k - 1;
			break;
		}
	}
	for (uint32_t k = first; k <= last; k++) {
		const token *t = &toks[k];
		if ((t->flags & TF_IN_QUOTE) || tok_is_double_quote(t) || (t->kind == TK_WORD && (t->cls & LX_CUE)) ||
		    (t->kind == TK_WORD && tok_in(doc, t, CLAUSE_WORDS, sizeof CLAUSE_WORDS / sizeof CLAUSE_WORDS[0])))
			return NULL;
		if (t->kind != TK_WORD && t->kind != TK_NUM && !tok_punct(t, '-') && !tok_punct(t, '.') &&
		    !tok_punct(t, '/') && !tok_punct(t, '&') && !tok_apostrophe(t))
			return NULL;
	}
	const token *head = &toks[last];
	if (head->kind != TK_WORD || (head->cls & (LX_STOP | LX_PREPOSITION | LX_NUMWORD)) ||
	    tok_in(doc, head, NOT_SOURCES, sizeof NOT_SOURCES / sizeof NOT_SOURCES[0]))
		return NULL;
	return kcna_speaker_for_name(doc, toks[first].start, head->end, KCNA_SPEAKER_ORGANIZATION);
}

/* A group or a person named by someone's relation to them, right before
 * cue c ("his aides said", "Pagliano's lawyer has said", "Clinton's
 * campaign says"): the words from the possessor to the noun, as written;
 * NULL if the words before c are no such phrase, or name the possessor's
 * own words ("his letter said": the letter's writer speaks) or channel. */
enum { POSSESSED_WORDS = 3 };

static kcna_speaker *possessed_subject(kcna_doc *doc, uint32_t c)
{
	static const char *const POSSESSIVES[] = {"his", "her", "their", "its", "our"};
	const token *toks = doc->seg.toks.items;
	uint32_t k = c;
	while (k > 0 && c - k < POSSESSED_WORDS && !(k >= 3 && tok_possessive_s(doc, k - 2)) &&
	       toks[k - 1].kind == TK_WORD && !(toks[k - 1].flags & (TF_CAP | TF_IN_QUOTE)) &&
	       !(toks[k - 1].cls & (LX_STOP | LX_PREPOSITION | LX_CUE | LX_PRONOUN | LX_NUMWORD)))
		k--;
	/* the noun names people (a title, a body, a group of them), not the
	 * possessor's words or channel ("his speeches", "its website") */
	static const char *const PEOPLE[] = {"aides", "aide", "advisers", "adviser", "advisors", "campaign", "team",
	                                     "family", "staff", "allies", "supporters", "relatives", "wife", "husband",
	                                     "son", "daughter", "sister", "brother", "father", "mother", "friends",
	                                     "friend", "critics", "opponents", "officials", "administration", "lawyers",
	                                     "attorneys", "people", "members", "colleagues", "associates", "surrogates",
	                                     "defenders", "backers", "doctor", "doctors", "partner", "partners",
	                                     "government", "military", "army", "police", "authorities"};
	if (k == c || !((toks[c - 1].cls & (LX_TITLE | LX_ORGWORD)) ||
	                tok_in(doc, &toks[c - 1], PEOPLE, sizeof PEOPLE / sizeof PEOPLE[0])))
		return NULL;
	uint32_t from;
	if (k >= 1 && tok_in(doc, &toks[k - 1], POSSESSIVES, sizeof POSSESSIVES / sizeof POSSESSIVES[0]))
		from = k - 1;
	else if (k >= 3 && tok_possessive_s(doc, k - 2)) {
		const mention *m = mention_at(doc, k - 3);
		if (m && !m->is_pronoun && m->last_tok == k - 3)
			from = m->first_tok;
		else { /* a name no mention read: its capitalised words */
			from = k - 2;
			while (from > 0 && k - 2 - from < POSSESSED_WORDS && toks[from - 1].kind == TK_WORD &&
			       (toks[from - 1].flags & TF_CAP) && !(toks[from - 1].cls & (LX_STOP | LX_CUE)))
				from--;
			if (from == k - 2)
				return NULL;
		}
	} else
		return NULL;
	return kcna_speaker_for_name(doc, toks[from].start, toks[c - 1].end, KCNA_SPEAKER_ORGANIZATION);
}

static kcna_speaker *message_author(const kcna_doc *doc, uint32_t c);

/* A message as the subject of a speech cue: "The message said that ..." is
 * its author's; "It also noted that ..." is the message or statement just
 * reported (the same or the previous paragraph), so the previous
 * statement's speaker's. NULL otherwise ("it is said" has a verb between). */
static kcna_speaker *message_referred(const kcna_doc *doc, uint32_t c)
{
	const token *toks = doc->seg.toks.items;
	uint32_t w = c;
	while (w > 0 && (tok_is(doc, &toks[w - 1], "also") || tok_is(doc, &toks[w - 1], "further") ||
	                 tok_is(doc, &toks[w - 1], "then")))
		w--;
	if (w >= 2 && (toks[w - 1].cls & LX_MESSAGE) && tok_is(doc, &toks[w - 2], "the"))
		return message_author(doc, c);
	if (w >= 2 && (toks[w - 1].cls & LX_SOURCEWORD) && !(toks[w - 1].flags & TF_CAP) &&
	    (tok_is(doc, &toks[w - 2], "an") || tok_is(doc, &toks[w - 2], "a") || tok_is(doc, &toks[w - 2], "its")))
		return kcna_medium_before(doc, c); /* a press review's "An article says that ..." */
	if (w == 0 || !tok_is(doc, &toks[w - 1], "it") || !doc->st.last || tok_para(doc, &toks[c]) > doc->st.last_para + 1)
		return NULL;
	return doc->st.last;
}

/* "Saying that ..., he ...": a sentence that opens with a speech cue's
 * participle and "that"; the content runs to the comma before the main
 * clause's subject, whose words they are. */
static int participle_first(kcna_doc *doc, uint32_t c, uint32_t *resume)
{
	const token *toks = doc->seg.toks.items;
	uint32_t last = sentence_last(doc, c);
	size_t len = toks[c].end - toks[c].start;
	if (!(toks[c].flags & TF_SENT_START) || len < 5 || memcmp(doc->txt.buf + toks[c].end - 3, "ing", 3) != 0 ||
	    c + 2 > last || !tok_is(doc, &toks[c + 1], "that") || cue_role(&toks[c]) != CUE_SAY)
		return 1;
	for (uint32_t k = c + 3; k < last && k < c + WINDOW; k++) {
		if (toks[k].flags & TF_IN_QUOTE)
			return 1;
		if (!tok_punct(&toks[k], ','))
			continue;
		const mention *m = mention_at(doc, k + 1);
		if (!m || m->first_tok != k + 1)
			continue;
		kcna_speaker *speaker = subject_speaker(doc, m, c);
		if (!speaker)
			return 1;
		*resume = k + 1;
		return add_statement(doc, c + 2, k - 1, speaker, tok_lex(&toks[c])->base, KCNA_STATEMENT_INDIRECT,
		                     !m->is_pronoun && !m->is_description);
	}
	return 1;
}

/* "According to X, ...": a sentence that opens with the channel; the
 * content is the rest of the sentence after the comma, X's (a mention, or
 * the words that name a source: "According to the data, ..."). Not when
 * the content reports someone's speech itself ("According to KCNA, Kim
 * said that ..."): the channel carried those words. */
static int according_first(kcna_doc *doc, uint32_t c, uint32_t *resume)
{
	const token *toks = doc->seg.toks.items;
	uint32_t last = sentence_last(doc, c), comma = c + 2;
	if (!(toks[c].flags & TF_SENT_START) || cue_role(&toks[c]) != CUE_ACCORDING_TO || c + 3 > last)
		return 1;
	while (comma < last && comma < c + 2 + OBJECT_TOKENS && !tok_punct(&toks[comma], ','))
		comma++;
	if (!tok_punct(&toks[comma], ',') || comma == c + 2 || words_in(doc, comma + 1, last) < MIN_CONTENT_WORDS ||
	    tok_is_double_quote(&toks[comma + 1]) || (toks[comma + 1].flags & TF_IN_QUOTE))
		return 1;
	for (uint32_t k = comma + 1; k <= last; k++)
		if (is_cue(&toks[k]) && cue_role(&toks[k]) == CUE_SAY)
			return 1;
	const mention *m = kcna_mention_after(doc, c + 1, comma, OBJECT_TOKENS);
	kcna_speaker *speaker = m ? kcna_mention_speaker(doc, m) : NULL;
	if (!speaker && (!m || m->is_description)) /* a description that names no one met before */
		speaker = described_object(doc, c + 2, comma - 1), m = NULL;
	if (!speaker)
		return !doc->mem.failed;
	*resume = last + 1;
	return add_statement(doc, comma + 1, last, speaker, tok_lex(&toks[c])->base, KCNA_STATEMENT_INDIRECT,
	                     !m || (!m->is_pronoun && !m->is_description));
}

/* "Kim said (that) ...", "told Kim that ...": the content after cue c, and
 * the next token to try. */
static int indirect_after(kcna_doc *doc, uint32_t c, uint32_t *resume)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, last = sentence_last(doc, c);
	*resume = c + 1;
	if (c + 1 > last)
		return 1;
	/* "the said agreement": an adjective; "according to": a channel */
	if ((c > 0 && tok_is(doc, &toks[c - 1], "the")) || cue_role(&toks[c]) != CUE_SAY)
		return 1;
	/* "that" opens the content after the cue and its object or adjunct
	 * ("told Kim that", "said in a speech that"), not after a verb of the
	 * content's own ("said the test could change that") */
	static const char *const FINITE[] = {"could", "would", "will", "can", "may", "might", "should", "must", "is",
	                                     "was", "are", "were", "has", "have", "had"};
	uint32_t start = c + 1;
	int that = 0;
	for (uint32_t k = c + 1; k <= last && k <= c + THAT_WINDOW; k++) {
		if (toks[k].flags & TF_IN_QUOTE || is_terminal(&toks[k]) ||
		    tok_in(doc, &toks[k], FINITE, sizeof FINITE / sizeof FINITE[0]))
			break;
		if (tok_is(doc, &toks[k], "that")) {
			if (words_in(doc, k + 1, last) >= MIN_CONTENT_WORDS) {
				start = k + 1;
				that = 1;
			}
			break;
		}
	}
	if (!that) {
		/* the clause right after the cue: not a colon (a block or a quote),
		 * a preposition ("said in a statement") or an object then nothing;
		 * but "called for X", "calling on X to": the content follows */
		static const char *const NO_CONTENT[] = {"in", "on", "at", "to", "of", "by", "with", "for", "as", "after",
		                                         "before", "during", "while", "when", "since", "until"};
		/* the day it was said ("said Friday the plan failed", "said this
		 * week"): an adjunct, the content after it */
		while (start < last && start < c + 4 && !tok_possessive_s(doc, start + 1) && /* not "Friday's decision" */
		       ((toks[start].cls & (LX_WEEKDAY | LX_RELDAY | LX_DAYPART)) ||
		        ((toks[start].cls & LX_DIRECTION) && (toks[start + 1].cls & (LX_UNIT | LX_WEEKDAY | LX_DAYPART)))))
			start += (toks[start].cls & LX_DIRECTION) ? 2 : 1;
		/* a promise's or a threat's words are what is to be done: "vowed to
		 * bring back jobs" (not "said to reporters") */
		static const char *const COMMISSIVES[] = {"vowed", "pledged", "promised", "threatened"};
		const token *nx = &toks[start];
		const token *after = start + 1 <= last ? &toks[start + 1] : NULL;
		int infinitive = tok_is(doc, nx, "to") && after && after->kind == TK_WORD && !(after->flags & TF_CAP) &&
		                 !(after->cls & (LX_STOP | LX_NUMWORD | LX_PRONOUN)) &&
		                 tok_in(doc, &toks[c], COMMISSIVES, sizeof COMMISSIVES / sizeof COMMISSIVES[0]);
		if ((tok_is(doc, nx, "for") || tok_is(doc, nx, "on")) && strcmp(tok_lex(&toks[c])->base, "called") == 0)
			start++;
		else if (!infinitive &&
		         (nx->kind != TK_WORD || tok_in(doc, nx, NO_CONTENT, sizeof NO_CONTENT / sizeof NO_CONTENT[0])))
			return 1;
		/* "told / asked X" with a short adjunct names the one addressed, no
		 * words ("told The Hill on Thursday"); "told X to ...", "asked
		 * whether ..." and a clause after the addressee do */
		const char *base = tok_lex(&toks[c])->base;
		if ((strcmp(base, "told") == 0 || strcmp(base, "asked") == 0) && words_in(doc, start, last) <= ADDRESSEE_WORDS) {
			uint32_t k = start;
			while (k <= last && !tok_is(doc, &toks[k], "to") && !tok_is(doc, &toks[k], "whether") &&
			       !tok_is(doc, &toks[k], "if"))
				k++;
			if (k > last)
				return 1;
		}
	}
	if (start > last || (toks[start].flags & TF_IN_QUOTE) || tok_is_double_quote(&toks[start]))
		return 1; /* a quotation follows: a quote, not a statement */
	const mention *subject = kcna_subject_before(doc, sentence_first(doc, c), c);
	kcna_speaker *speaker = subject_speaker(doc, subject, c);
	/* read_off: the speaker is read off the words, not a pronoun's or a
	 * description's reading, so the ranker leaves it. "The message said
	 * ...": its sender, as the messages stage reads it. */
	int read_off = 0;
	uint32_t group = verb_group_start(doc, c);
	kcna_speaker *possessed = possessed_subject(doc, group);
	if (possessed) /* "his aides said": not he */
		speaker = possessed, subject = NULL, read_off = 1;
	else if (doc->mem.failed)
		return 0;
	if (!speaker && !subject)
		read_off = (speaker = message_referred(doc, c)) != NULL;
	/* "They argue that ...": a plural pronoun, for the ranker */
	int plural = plural_pronoun_before(doc, group);
	if (!speaker && !plural && !unnamed_subject(doc, group))
		return 1; /* no one: hearsay ("it is said") or narration */
	/* no subject, or a description that names no one met before ("the NATO
	 * secretary general said"): its words name the speaker */
	if (!speaker && !plural && (!subject || (subject->is_description && !subject->is_pronoun))) {
		read_off = (speaker = described_subject(doc, group)) != NULL;
		if (!speaker && doc->mem.failed)
			return 0;
	}
	const char *cue = tok_lex(&toks[c])->base;
	/* "said that A and that B": one statement per clause */
	uint32_t a = start;
	for (uint32_t k = start; k <= last; k++) {
		/* the next clause starts after "and that", or after "and / but"
		 * and a second cue of the same speaker ("... but warns (that) ...") */
		uint32_t next = 0, next_cue = 0;
		if (k + 1 <= last && tok_is(doc, &toks[k], "and") && tok_is(doc, &toks[k + 1], "that"))
			next = k + 2;
		else if (k + 2 <= last && (tok_is(doc, &toks[k], "and") || tok_is(doc, &toks[k], "but")) &&
		         is_cue(&toks[k + 1]) && cue_role(&toks[k + 1]) == CUE_SAY)
			next_cue = k + 1, next = k + 2 + tok_is(doc, &toks[k + 2], "that");
		if (next || k == last) {
			uint32_t b = next ? k - 1 : last;
			while (next && b > a && tok_punct(&toks[b], ','))
				b--;
			uint32_t tail = trailing_attribution(doc, a, b);
			if (!add_statement(doc, a, tail == UINT32_MAX ? b : tail - 1, speaker, cue, KCNA_STATEMENT_INDIRECT,
			                   read_off || (subject && !subject->is_pronoun && !subject->is_description)))
				return 0;
			if (next_cue)
				cue = tok_lex(&toks[next_cue])->base;
			a = next;
			k = next ? next - 1 : k;
		}
	}
	*resume = last + 1 < n ? last + 1 : n;
	return 1;
}

/* When a trailing attribution goes on past a comma with an adjunct or an
 * appositive ("..., KCNA said, without disclosing ...", "..., he said,
 * adding that ...", "..., said John Smith, a spokesman for ..."): the token
 * before that comma (the attribution's end); 0 if none within reach. */
static uint32_t adjunct_after(const kcna_doc *doc, uint32_t c, uint32_t reach)
{
	static const char *const OPENERS[] = {"without", "a", "an", "the", "who", "citing", "adding", "saying", "and", "but"};
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	for (uint32_t k = c + 1; k + 1 < n && k <= c + reach + 1 && toks[k].sent == toks[c].sent; k++) {
		if (!tok_punct(&toks[k], ','))
			continue;
		const token *w = &toks[k + 1];
		size_t len = w->end - w->start;
		int participle = w->kind == TK_WORD && !(w->flags & TF_CAP) && len > 5 &&
		                 memcmp(doc->txt.buf + w->end - 3, "ing", 3) == 0 && !(w->cls & LX_CUE); /* not "according" */
		if (participle || (w->cls & LX_TITLE) || tok_in(doc, w, OPENERS, sizeof OPENERS / sizeof OPENERS[0]))
			return k - 1;
		return 0;
	}
	return 0;
}

/* Whether [first, comma) is an adverbial that opens its sentence ("During
 * his years in office", "After the talks"): no clause a cue could report. */
static int opens_with_adverbial(const kcna_doc *doc, uint32_t first, uint32_t comma)
{
	static const char *const OPENERS[] = {"during", "in", "after", "before", "since", "when", "while", "if",
	                                      "although", "though", "as", "for", "at", "on", "by", "with",
	                                      "without", "despite", "unlike", "like", "under", "over", "throughout"};
	const token *toks = doc->seg.toks.items;
	if (!tok_in(doc, &toks[first], OPENERS, sizeof OPENERS / sizeof OPENERS[0]))
		return 0;
	for (uint32_t k = first + 1; k < comma; k++)
		if (tok_punct(&toks[k], ','))
			return 0;
	return 1;
}

/* "..., the message noted." / "..., Kim said." / "..., according to KCNA.":
 * the cue near the end of its sentence, its content the sentence before
 * the comma. */
static int indirect_before(kcna_doc *doc, uint32_t c, int *taken)
{
	const token *toks = doc->seg.toks.items;
	*taken = 0;
	int role = cue_role(&toks[c]);
	if (role != CUE_SAY && role != CUE_ACCORDING_TO)
		return 1;
	/* the sentence ends within four tokens of the cue (looked at no
	 * further), eight for "..., according to the news agency." */
	uint32_t n = (uint32_t)doc->seg.toks.count, last = c, reach = role == CUE_ACCORDING_TO ? 8 : 4;
	while (last + 1 < n && last < c + reach + 1 && toks[last + 1].sent == toks[c].sent &&
	       same_para(doc, &toks[last + 1], &toks[c]))
		last++;
	int adjunct = last > c + reach; /* the sentence goes on past the attribution */
	if (adjunct && !(last = adjunct_after(doc, c, reach)))
		return 1;
	uint32_t first = sentence_first(doc, c);
	if ((toks[first].cls & LX_CUE) && (toks[first].flags & TF_CAP) && first + 1 < c && tok_is(doc, &toks[first + 1], "that"))
		return 1; /* "Saying that ..., he added": read by participle_first */
	uint32_t comma = c;
	while (comma > first && comma + 12 > c && !tok_punct(&toks[comma], ','))
		comma--;
	if (comma <= first || !tok_punct(&toks[comma], ',') || tok_is_double_quote(&toks[comma - 1]) ||
	    (toks[comma - 1].flags & TF_IN_QUOTE))
		return 1;
	if (adjunct && opens_with_adverbial(doc, first, comma))
		return 1; /* "During his years in office, Mr. Obama said, a majority ...": indirect_around's */
	if (role == CUE_ACCORDING_TO) /* "..., Putin said in his letter, according to KCNA": KCNA carried Putin's words */
		for (uint32_t k = comma > first + 8 ? comma - 8 : first; k < comma; k++)
			if (is_cue(&toks[k]) && cue_role(&toks[k]) == CUE_SAY) {
				uint32_t inner = k;
				while (inner > first && !tok_punct(&toks[inner], ','))
					inner--;
				if (inner <= first || tok_is_double_quote(&toks[inner - 1]) || (toks[inner - 1].flags & TF_IN_QUOTE))
					return 1;
				const mention *who = kcna_subject_before(doc, inner + 1, k);
				if (!who)
					who = kcna_mention_after(doc, k, comma, 4);
				kcna_speaker *s = who ? kcna_mention_speaker(doc, who) : NULL;
				if (!s)
					return 1;
				*taken = 1;
				return add_statement(doc, first, inner - 1, s, tok_lex(&toks[k])->base, KCNA_STATEMENT_INDIRECT,
				                     !who->is_pronoun && !who->is_description);
			}
	const mention *m = role == CUE_ACCORDING_TO ? NULL : kcna_subject_before(doc, comma + 1, c);
	if (!m) /* "..., said X", "..., according to X" */
		m = kcna_mention_after(doc, c, last + 1, role == CUE_ACCORDING_TO ? 6 : 4);
	kcna_speaker *speaker = m ? kcna_mention_speaker(doc, m) : NULL;
	uint32_t group = verb_group_start(doc, c); /* "..., authorities have said." */
	kcna_speaker *possessed = role == CUE_SAY ? possessed_subject(doc, group) : NULL;
	if (possessed) { /* "..., his aides said." */
		*taken = 1;
		return add_statement(doc, first, comma - 1, possessed, tok_lex(&toks[c])->base, KCNA_STATEMENT_INDIRECT, 1);
	}
	if (doc->mem.failed)
		return 0;
	if (!m && role == CUE_SAY)
		speaker = message_referred(doc, c); /* "..., the message noted." */
	int read_off = 0;
	if (!speaker && !m && role == CUE_ACCORDING_TO && c + 2 <= last) { /* "..., according to the poll." */
		uint32_t end = last;
		while (end > c + 2 && toks[end].kind == TK_PUNCT && !tok_punct(&toks[end], '.'))
			end--;
		if (is_terminal(&toks[end]) && end > c + 2)
			end--;
		read_off = (speaker = described_object(doc, c + 2, end)) != NULL;
		if (!speaker && doc->mem.failed)
			return 0;
	}
	if (!speaker && (!m || (m->is_description && !m->is_pronoun)) && role == CUE_SAY && unnamed_subject(doc, group) &&
	    !(c + 1 < n && tok_is_double_quote(&toks[c + 1]))) { /* not hearsay: "it is said" */
		read_off = (speaker = described_subject(doc, group)) != NULL; /* "..., a source said." */
		if (!speaker && doc->mem.failed)
			return 0;
	}
	/* a pronoun no one was found for ("..., he said.", "..., they say.")
	 * still reports speech: the ranker looks for its speaker */
	int plural = !m && group == comma + 2 && plural_pronoun_before(doc, group);
	if (!speaker && !(m && m->is_pronoun) && !plural)
		return 1;
	*taken = 1;
	return add_statement(doc, first, comma - 1, speaker, tok_lex(&toks[c])->base, KCNA_STATEMENT_INDIRECT,
	                     read_off || (m && !m->is_pronoun && !m->is_description));
}

/* "The museum, Mr. Obama said, would ...": an attribution (a subject and
 * a cue) set between commas inside the sentence it reports; the content
 * is the whole sentence, the attribution within it (one span: the words
 * on both sides are one clause). The words between the commas are the
 * speaker alone. Not a quote's
 * attribution, not an adjunct after a trailing one (", he said, adding
 * that ...": indirect_before), not a list ("A, B said, and C"). */
enum { ASIDE_WORDS = 5 };

static int indirect_around(kcna_doc *doc, uint32_t c, int *taken)
{
	static const char *const NOT_CLAUSE[] = {"and", "or", "but", "adding", "saying", "citing", "without", "who",
	                                         "which", "according", "as", "in", "on", "at", "after", "before"};
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	*taken = 0;
	if (cue_role(&toks[c]) != CUE_SAY || c + 2 >= n || !tok_punct(&toks[c + 1], ',') ||
	    toks[c + 2].kind != TK_WORD || (toks[c + 2].cls & LX_TITLE) ||
	    tok_in(doc, &toks[c + 2], NOT_CLAUSE, sizeof NOT_CLAUSE / sizeof NOT_CLAUSE[0]))
		return 1;
	uint32_t first = sentence_first(doc, c), last = sentence_last(doc, c), dateline_end = kcna_dateline_end(doc);
	if (first < dateline_end)
		first = dateline_end;
	uint32_t open = c; /* the comma before the attribution */
	while (open > first && open + ASIDE_WORDS + 1 > c && !tok_punct(&toks[open], ','))
		open--;
	if (open <= first + 1 || !tok_punct(&toks[open], ',') || words_in(doc, c + 2, last) < MIN_CONTENT_WORDS)
		return 1;
	for (uint32_t k = first; k <= last; k++)
		if ((toks[k].flags & TF_IN_QUOTE) || tok_is_double_quote(&toks[k]))
			return 1; /* quotation marks: a quote's attribution */
	const mention *m = kcna_subject_before(doc, open + 1, c);
	if (!m || m->last_tok + 1 != c)
		return 1; /* the words between the commas must be the speaker alone, */
	for (uint32_t k = open + 1; k < m->first_tok; k++)
		if (toks[k].kind != TK_WORD && !tok_punct(&toks[k], '.'))
			return 1; /* with any title before the name ("Mr. Obama") */
	kcna_speaker *speaker = kcna_mention_speaker(doc, m);
	if (!speaker && !m->is_pronoun)
		return 1;
	*taken = 1;
	return add_statement(doc, first, last, speaker, tok_lex(&toks[c])->base, KCNA_STATEMENT_INDIRECT,
	                     !m->is_pronoun && !m->is_description);
}

/* Whether paragraph p speaks of the speaker in the third person (narration
 * resumes), starts a quotation, or is the end of a story. */
static int ends_block(const kcna_doc *doc, uint32_t p_first, const kcna_speaker *speaker)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, para = tok_para(doc, &toks[p_first]);
	if (tok_is_double_quote(&toks[p_first]) || tok_punct(&toks[p_first], '-'))
		return 1;
	for (uint32_t k = p_first; k < n && tok_para(doc, &toks[k]) == para; k++) {
		const mention *m = mention_at(doc, k);
		/* the speaker named (not described: a letter's "the General
		 * Secretary" is its addressee), or "He ..." opening the paragraph
		 * (a letter's own "he" and "his" are about others) */
		if (m && m->first_tok == k && !(toks[k].flags & TF_IN_QUOTE) &&
		    ((m->speaker == speaker && !m->is_description) ||
		     (k == p_first && m->is_pronoun && (tok_is(doc, &toks[k], "he") || tok_is(doc, &toks[k], "she")))))
			return 1;
	}
	return 0;
}

/* The author of "The message said:": the sender the text names ("a message
 * from X"), else the first person or body the story names. */
static kcna_speaker *message_author(const kcna_doc *doc, uint32_t c)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t k = c; k-- > 0 && k + 400 > c;)
		if (tok_is(doc, &toks[k], "from")) {
			const mention *m = kcna_mention_after(doc, k, c, 3);
			if (m && m->speaker && m->speaker->kind != KCNA_SPEAKER_MEDIA)
				return m->speaker;
		}
	for (size_t i = 0; i < doc->mn.mentions.count && i < 64; i++) {
		kcna_speaker *s = doc->mn.mentions.items[i].speaker;
		if (s && (s->kind == KCNA_SPEAKER_PERSON || s->kind == KCNA_SPEAKER_ORGANIZATION))
			return s;
	}
	return NULL;
}

/* "X said:" ending a paragraph: each following paragraph that reproduces
 * the words is a block statement. Returns the token after the block. */
static int block_after(kcna_doc *doc, uint32_t c, uint32_t *resume)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, para = tok_para(doc, &toks[c]);
	*resume = c + 1;
	uint32_t k = c + 1;
	while (k < n && tok_para(doc, &toks[k]) == para && (toks[k].kind != TK_PUNCT || tok_punct(&toks[k], ',')) && k < c + 3)
		k++; /* "noted, adding:" */
	if (k >= n || !tok_punct(&toks[k], ':') || (k + 1 < n && tok_para(doc, &toks[k + 1]) == para))
		return 1; /* the colon must end the paragraph */
	const mention *subject = kcna_subject_before(doc, sentence_first(doc, c), c);
	kcna_speaker *speaker = subject_speaker(doc, subject, c);
	if (!subject && c > 0 && (toks[c - 1].cls & LX_SOURCEWORD))
		speaker = message_author(doc, c); /* "The message said:" */
	else if (c > 0 && tok_is(doc, &toks[c - 1], "it")) { /* "..., it said, adding:": the message just reported */
		kcna_speaker *referred = message_referred(doc, c);
		speaker = referred ? referred : speaker;
	}
	if (!speaker)
		return 1;
	const char *cue = tok_lex(&toks[c])->base;
	uint32_t p = k + 1;
	for (int count = 0; p < n && count < BLOCK_PARAGRAPHS_MAX; count++) {
		if (ends_block(doc, p, speaker) || p < kcna_dateline_end(doc))
			break;
		uint32_t q = p;
		while (q + 1 < n && same_para(doc, &toks[q + 1], &toks[p]))
			q++;
		uint32_t last = q;
		while (last > p && (tok_punct(&toks[last], '-') || tok_is(doc, &toks[last], "0")))
			last--; /* without a trailing "-0-" */
		if (!add_statement(doc, p, last, speaker, cue, KCNA_STATEMENT_BLOCK, 1))
			return 0;
		p = q + 1;
	}
	*resume = p;
	return 1;
}

/* The document's own voice: the writer of what a dateline's paragraph
 * introduces as "X released / issued / made public the following (press)
 * statement / article / commentary / message", or the medium of "The
 * following is the KCNA commentary". NULL for an ordinary report. */
static kcna_speaker *find_document_author(const kcna_doc *doc)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, from = kcna_dateline_end(doc);
	if (from >= n)
		return NULL;
	uint32_t para = tok_para(doc, &toks[from]);
	for (uint32_t k = from; k < n && k < from + 60 && tok_para(doc, &toks[k]) == para; k++) {
		if (!tok_is(doc, &toks[k], "following"))
			continue;
		uint32_t w = k + 1;
		while (w < n && w < k + 8 && !(toks[w].cls & LX_SOURCEWORD))
			w++;
		if (w >= n || !(toks[w].cls & LX_SOURCEWORD))
			return NULL;
		const mention *m = kcna_subject_before(doc, from, k);
		if (!m && w > k + 1) /* "the following is the KCNA commentary" */
			m = kcna_mention_after(doc, k, w, 4);
		/* "Following is the full text of an article ... issued by X" */
		for (uint32_t b = w + 1; !m && b + 1 < n && b < w + 40 && tok_para(doc, &toks[b]) == para; b++)
			if (tok_is(doc, &toks[b], "by") && !(toks[b].flags & TF_IN_QUOTE))
				m = kcna_mention_after(doc, b, b + 4, 4);
		return m ? kcna_mention_speaker(doc, m) : NULL;
	}
	return NULL;
}

kcna_speaker *kcna_document_author(kcna_doc *doc)
{
	if (!doc->st.author_known) { /* once: attribution asks first when there are quotes */
		doc->st.author = find_document_author(doc);
		doc->st.author_known = 1;
	}
	return doc->st.author;
}

int kcna_find_statements(kcna_doc *doc)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	kcna_document_author(doc);
	const uint32_t *cues = doc->seg.speech_cues.items;
	size_t ci = 0, cn = doc->seg.speech_cues.count;
	for (uint32_t i = kcna_dateline_end(doc); i < n;) {
		while (ci < cn && (cues[ci] < i || !(toks[cues[ci]].cls & LX_CUE))) /* the tokenizer's list */
			ci++;
		if (ci >= cn)
			break;
		i = cues[ci];
		if (!is_cue(&toks[i])) {
			i++;
			continue;
		}
		if (toks[i].flags & TF_CAP) { /* only "Saying that ..., he ..." and "According to X, ..." */
			uint32_t resume = i + 1;
			if (!participle_first(doc, i, &resume) || !according_first(doc, i, &resume))
				return 0;
			i = resume;
			continue;
		}
		uint32_t resume = i + 1;
		int taken = 0;
		if (!block_after(doc, i, &resume))
			return 0;
		if (resume == i + 1 && !indirect_before(doc, i, &taken))
			return 0;
		if (resume == i + 1 && !taken && !indirect_around(doc, i, &taken))
			return 0;
		if (resume == i + 1 && !taken && !indirect_after(doc, i, &resume))
			return 0;
		i = resume > i ? resume : i + 1;
	}
	return !doc->mem.failed;
}
