/* Segmentation stage: paragraphs (line breaks), sentences (one ICU sentence
 * pass over a UTF-8 UText, no conversion) and tokens (a hand-written scanner
 * with an ASCII fast path; each word is looked up in the lexicon once). */
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utext.h>
#include <utf8proc.h>
#include "internal.h"

/* Byte classes for the ASCII fast path (most news text is ASCII). */
enum { LO = 1, UP = 2, DG = 4, SP = 8, NL = 16 };
static const uint8_t ASCII_CLASS[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, SP, NL, SP, SP, SP, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	SP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, 0, 0, 0, 0, 0, 0,
	0, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, 0, 0, 0, 0, 0,
	0, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, 0, 0, 0, 0, 0,
};

static int is_letter_cp(int32_t cp)
{
	if (cp < 0x80)
		return (ASCII_CLASS[cp] & (LO | UP)) != 0;
	utf8proc_category_t c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

static int is_space_cp(int32_t cp)
{
	if (cp < 0x80)
		return (ASCII_CLASS[cp] & (SP | NL)) != 0;
	if (cp == 0xFEFF || cp == 0x200B || cp == 0x85)
		return 1; /* BOM, zero-width space, next line */
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static int is_upper_cp(int32_t cp)
{
	if (cp < 0x80)
		return ASCII_CLASS[cp] == UP;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int is_lower_cp(int32_t cp)
{
	if (cp < 0x80)
		return ASCII_CLASS[cp] == LO;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* The token is written in place: building it on the stack and copying it
 * stalls on store forwarding, once per token. */
static token *push_token(kcna_doc *doc, uint32_t start, uint32_t end, uint8_t kind, uint8_t flags, int32_t cp)
{
	segmentation *sg = &doc->seg;
	if (sg->toks.count == sg->toks.cap &&
	    !kcna_vec_grow_(&doc->mem, (void **)&sg->toks.items, &sg->toks.cap, sizeof(token)))
		return NULL;
	token *t = &sg->toks.items[sg->toks.count++];
	t->start = start;
	t->end = end;
	t->sent = 0;
	t->cls = 0;
	t->lex = 0;
	t->cp = (uint32_t)cp;
	t->flags = flags;
	t->kind = kind;
	return t;
}

/* The word starting with code point cp at [start, next): its end, its case
 * flags and its kcna_lexicon_hash. A scraper's glued words split at a
 * lowercase-uppercase step three or more bytes in: "ComradeKim" -> "Comrade"
 * "Kim". ASCII runs are scanned eight bytes at a time through the padded
 * text, hashed as they go; other letters one by one, and such a word is
 * hashed afterwards. *head: the word's lowercase_head. */
static uint32_t scan_word(const char *s, uint32_t len, uint32_t start, uint32_t next, int32_t cp, uint8_t *flags,
                          uint32_t *hash, uint64_t *head)
{
	int all_upper = !is_lower_cp(cp), prev_lower = !all_upper;
	if (is_upper_cp(cp))
		*flags |= TF_CAP;
	int settled = 0; /* the word's end is known, and its hash is h */
	uint64_t h = LEXICON_HASH_K;
	uint32_t j = next;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (cp < 0x80)
		j = start; /* whole blocks from the word's start, as kcna_lexicon_hash takes them */
	while (j < len) { /* the text is padded with zeros: a block may run past its end */
		uint64_t w = load_le64_padded(s + j); /* byte k of the text is byte k of w */
		/* letters by one range test on the case-folded bytes; the case bit
		 * (0x20, shifted to 0x80) then splits them */
		uint64_t letters = bytes_in_range(w | 0x2020202020202020ull, 'a', 'z');
		uint64_t lower = letters & (w << 2), upper = letters & ~(w << 2);
		uint64_t split = upper & ((lower << 8) | (prev_lower ? 0x80u : 0u));
		if (j - start < 3)
			split &= ~0ull << (8 * (3 - (j - start)));
		uint64_t stop = (~(lower | upper) & 0x8080808080808080ull) | split;
		uint64_t lowered = w | (upper >> 2);
		if (!stop) {
			all_upper &= !lower;
			prev_lower = (int)(lower >> 63);
			h = lexicon_hash_mix(h, lowered);
			if (j == start)
				*head = lowered;
			j += 8;
			continue;
		}
		unsigned k = (unsigned)__builtin_ctzll(stop) / 8; /* bytes before the stop */
		if (k) {
			uint64_t before = ~0ull >> (64 - 8 * k);
			all_upper &= !(lower & before);
			prev_lower = (int)((lower >> (8 * k - 1)) & 1);
			h = lexicon_hash_mix(h, lowered & before);
			if (j == start)
				*head = lowered & before;
		}
		j += k;
		/* an ASCII stop (a non-letter, a glued capital or the text's end)
		 * ends the word; a word that began with a non-ASCII letter was not
		 * hashed from its start */
		settled = (unsigned char)s[j] < 0x80 && cp < 0x80;
		break;
	}
#endif
	if (!settled) {
		while (j < len) { /* non-ASCII letters */
			unsigned char b = (unsigned char)s[j];
			uint32_t k = j;
			int32_t d = b < 0x80 ? (k++, b) : kcna_utf8_next(s, len, &k);
			int lower = is_lower_cp(d);
			if (!is_letter_cp(d) || (prev_lower && j - start >= 3 && is_upper_cp(d)))
				break;
			all_upper &= !lower;
			prev_lower = lower;
			j = k;
		}
		h = kcna_lexicon_hash(s + start, j - start);
		*head = lowercase_head(s + start, j - start);
	}
	if (all_upper && j - start > 1)
		*flags |= TF_UPPER;
	*hash = (uint32_t)h;
	return j;
}

static int is_terminator(int32_t cp)
{
	if (cp < 0x80)
		return cp == '.' || cp == '!' || cp == '?';
	int32_t sb = u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK);
	return sb == U_SB_ATERM || sb == U_SB_STERM;
}

/* The test hook kcna_parser.cue_every_token: each later pass visits every
 * token instead of the tokenizer's list. */
static int cue_every_token(kcna_doc *doc)
{
	segmentation *sg = &doc->seg;
	sg->date_cues.count = sg->mention_cues.count = sg->quote_cues.count = 0;
	for (uint32_t ti = 0; ti < sg->toks.count; ti++)
		if (!VEC_PUSH(&doc->mem, &sg->date_cues, ti) || !VEC_PUSH(&doc->mem, &sg->mention_cues, ti) ||
		    !VEC_PUSH(&doc->mem, &sg->quote_cues, ti))
			return 0;
	return 1;
}

static int has_vowel(const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strchr("aeiouAEIOU", s[k]))
			return 1;
	return 0;
}

/* A scraper glues the last part of a Korean name to the next word ("Kim
 * Jong Unreceived", "Choe Son Huisaid"): after a surname written first and
 * one more capitalised part, a capitalised word of two to four letters
 * followed by a frequent word (lexicon class GLUE: "who", "received"). Returns
 * where the name part ends, or 0. Only such words are looked at twice. */
static uint32_t glued_name_part(const kcna_doc *doc, const lexicon *lex, uint32_t start, uint32_t end)
{
	const token *toks = doc->seg.toks.items;
	size_t ti = doc->seg.toks.count;
	const char *s = doc->txt.buf;
	if (end - start < 4 || !(toks[ti - 2].cls & LX_ASIAN_SURNAME) || toks[ti - 1].kind != TK_WORD ||
	    !(toks[ti - 1].flags & TF_CAP) || (toks[ti - 1].flags & TF_PARA_START))
		return 0;
	for (uint32_t k = start + 1; k < end; k++)
		if (s[k] < 'a' || s[k] > 'z')
			return 0; /* ASCII lowercase after the capital, as the romanised names are */
	for (uint32_t k = start + 2; k <= start + 4 && k + 2 <= end; k++) {
		uint32_t cls = 0;
		if (!has_vowel(s + start, k - start))
			continue; /* a romanised syllable has a vowel: "Hwan" is no "Hw" + "an" */
		if (lexicon_find(lex, s + k, end - k, kcna_lexicon_hash(s + k, end - k), lowercase_head(s + k, end - k), &cls) &&
		    (cls & LX_GLUE))
			return k;
	}
	return 0;
}

/* A two-letter word glued to a capitalised one ("toKim", "ofPutin"); the
 * scanner splits at a case change only three or more letters in, which
 * keeps "McDonald" and "DeSantis" whole. Only frequent words (GLUE) split. */
static uint32_t glued_short_word(const lexicon *lex, const char *s, uint32_t start)
{
	uint32_t cls = 0;
	if (s[start] < 'a' || s[start] > 'z' || s[start + 1] < 'a' || s[start + 1] > 'z')
		return 0;
	return lexicon_find(lex, s + start, 2, kcna_lexicon_hash(s + start, 2), lowercase_head(s + start, 2), &cls) &&
	               (cls & LX_GLUE)
	           ? start + 2
	           : 0;
}

/* The length of an HTML apostrophe at byte i of scraped text ("&#x27;",
 * "&#39;"), read as one apostrophe token; 0 if none or if entities are off. */
static uint32_t apostrophe_entity(const kcna_doc *doc, uint32_t i)
{
	const char *s = doc->txt.buf + i;
	size_t left = doc->txt.len - i;
	if (doc->parser->options & KCNA_OPT_NO_HTML_ENTITIES)
		return 0;
	if (left >= 6 && memcmp(s, "&#x27;", 6) == 0)
		return 6;
	if (left >= 5 && memcmp(s, "&#39;", 5) == 0)
		return 5;
	return 0;
}

static int tokenize(kcna_doc *doc)
{
	const char *s = doc->txt.buf;
	uint32_t len = doc->txt.len;
	const lexicon *lex = doc->parser->lex;
	uint32_t i = 0;
	uint8_t pending = TF_SPACE_BEFORE | TF_PARA_START;
	uint32_t para_start = 0;
	int para_has_text = 0;
	/* news text has about one token per six bytes, a mention cue per
	 * thirty, a date cue or a sentence per two hundred: reserve a little
	 * more of each */
	segmentation *sg = &doc->seg;
	if (!VEC_RESERVE(&doc->mem, &sg->toks, len / 4 + 16) || !VEC_RESERVE(&doc->mem, &sg->mention_cues, len / 24 + 16) ||
	    !VEC_RESERVE(&doc->mem, &sg->date_cues, len / 96 + 16) || !VEC_RESERVE(&doc->mem, &sg->sent_cues, len / 128 + 16))
		return 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp = c;
		uint32_t next = i + 1;
		uint8_t cl = c < 0x80 ? ASCII_CLASS[c] : 0;
		if (c >= 0x80) {
			next = i;
			cp = kcna_utf8_next(s, len, &next);
		}
		if (cl == NL) {
			if (para_has_text) {
				span p = {para_start, i};
				if (!VEC_PUSH(&doc->mem, &doc->seg.paras, p))
					return 0;
			}
			para_has_text = 0;
			pending |= TF_SPACE_BEFORE | TF_PARA_START;
			i = next;
			continue;
		}
		if (cl == SP || (c >= 0x80 && is_space_cp(cp))) {
			pending |= TF_SPACE_BEFORE;
			if (cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029)
				pending |= TF_LINE_SEP_BEFORE; /* ICU ends a sentence there */
			i = next;
			continue;
		}
		if (!para_has_text) {
			para_has_text = 1;
			para_start = i;
		}
		uint32_t start = i, ti = (uint32_t)doc->seg.toks.count; /* the token's index */
		if ((pending & (TF_PARA_START | TF_LINE_SEP_BEFORE)) && !VEC_PUSH(&doc->mem, &doc->seg.sent_cues, ti))
			return 0;
		if ((cl & (LO | UP)) || (c >= 0x80 && is_letter_cp(cp))) {
			uint8_t flags = pending;
			uint32_t hash;
			uint64_t head = 0;
			i = scan_word(s, len, start, next, cp, &flags, &hash, &head);
			uint32_t glued = 0;
			if ((flags & TF_CAP) && i - start >= 4 && ti >= 2 && (doc->seg.toks.items[ti - 2].cls & LX_ASIAN_SURNAME))
				glued = glued_name_part(doc, lex, start, i);
			/* one compare turns away almost every word (the text is padded) */
			if ((unsigned char)(s[start + 2] - 'A') < 26u && !(flags & TF_CAP) && i - start >= 4 && !glued)
				glued = glued_short_word(lex, s, start); /* "toKim": "to", then "Kim" */
			if (glued) { /* "Kim Jong Unreceived": "Un", then "received" */
				i = glued;
				hash = kcna_lexicon_hash(s + start, i - start);
				head = lowercase_head(s + start, i - start);
			}
			token *t = push_token(doc, start, i, TK_WORD, flags, 0);
			if (!t)
				return 0;
			t->hash = hash;
			t->lex = lexicon_find(lex, s + start, i - start, hash, head, &t->cls);
			if ((t->cls & LX_DATE_TRIGGER) && !VEC_PUSH(&doc->mem, &doc->seg.date_cues, ti))
				return 0;
			if ((t->cls & (LX_CUE | LX_MESSAGE)) && !VEC_PUSH(&doc->mem, &doc->seg.speech_cues, ti))
				return 0;
			if (((flags & TF_CAP) || (t->cls & (LX_PRONOUN | LX_TITLE | LX_ORGWORD | LX_MEDIAWORD)) ||
			     alias_may_start(doc->parser, hash)) &&
			    !VEC_PUSH(&doc->mem, &doc->seg.mention_cues, ti))
				return 0;
		} else if (cl == DG) {
			while (i < len && s[i] >= '0' && s[i] <= '9')
				i++;
			if (!push_token(doc, start, i, TK_NUM, pending, 0) || !VEC_PUSH(&doc->mem, &doc->seg.date_cues, ti))
				return 0;
		} else {
			uint32_t entity = c == '&' ? apostrophe_entity(doc, i) : 0;
			if (entity) { /* "Kim&#x27;s": one apostrophe, its bytes as written */
				next = i + entity;
				cp = '\'';
			}
			if (!push_token(doc, start, next, TK_PUNCT, pending, cp))
				return 0;
			if (is_terminator(cp) && !(pending & (TF_PARA_START | TF_LINE_SEP_BEFORE)) && /* else listed */
			    !VEC_PUSH(&doc->mem, &doc->seg.sent_cues, ti))
				return 0;
			if (may_be_quote_mark((uint32_t)cp) && !VEC_PUSH(&doc->mem, &doc->seg.quote_cues, ti))
				return 0;
			i = next;
		}
		pending = 0;
		if (s[i] == ' ') { /* the usual one space between tokens, without a trip round the loop */
			pending = TF_SPACE_BEFORE;
			i++;
		}
	}
	if (para_has_text) {
		span p = {para_start, len};
		if (!VEC_PUSH(&doc->mem, &doc->seg.paras, p))
			return 0;
	}
	return !doc->parser->cue_every_token || cue_every_token(doc);
}

/* ICU's sentence rules (UAX #29 plus the English suppressions "Mr.",
 * "U.S.", ...) break only after a terminator (. ! ? and kin) or a line
 * separator, and decide from a few characters around it. Two cases settle
 * most terminators without ICU: one before a line break (the paragraph or
 * line already starts a sentence) and "word. Capital" where the word is no
 * suppression. For the rest, ICU runs over a small window around the
 * terminator: the same boundaries as a whole-text pass at a fraction of the
 * cost. The suppression words come from ICU's own data. */
enum { WINDOW_BEFORE = 16, WINDOW_AFTER = 48, WINDOW_WORD = 16, ABBREV_MAX_LEN = 8, SKIP_TO_WORD = 16 };

/* ICU compares suppressions case-sensitively ("Mr." but not "mr."), so the
 * abbreviation filter hashes exact bytes. */
static const uint32_t EXACT_HASH_SEED = 2166136261u, EXACT_HASH_PRIME = 16777619u; /* FNV-1a */
static uint32_t exact_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * EXACT_HASH_PRIME;
}

int kcna_sentence_rules_init(kcna_parser *p)
{
	UErrorCode err = U_ZERO_ERROR;
	p->sentence_template = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &err);
	if (U_FAILURE(err)) {
		err = U_ZERO_ERROR;
		p->sentence_template = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &err);
		if (U_FAILURE(err)) {
			p->sentence_template = NULL;
			return 0;
		}
	}
	/* ICU matches a suppression against the text before a period, not a
	 * whole word: "K." also holds in "DPRK.". A word after a glued dot
	 * ("U.S.") always goes to ICU, so the filter keeps the one-part
	 * suppressions ("Mr.", "K."), and a word is checked by its endings. If
	 * the list cannot be read, every period goes to ICU: slower, still right. */
	err = U_ZERO_ERROR;
	UResourceBundle *rb = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &err);
	UResourceBundle *ex = ures_getByKey(rb, "exceptions", NULL, &err);
	UResourceBundle *list = ures_getByKey(ex, "SentenceBreak", NULL, &err);
	int loaded = 0;
	while (U_SUCCESS(err) && ures_hasNext(list)) {
		int32_t n = 0;
		const UChar *w = ures_getNextString(list, &n, NULL, &err);
		if (U_FAILURE(err) || n < 2 || w[n - 1] != '.')
			continue;
		int32_t dots = 0;
		for (int32_t i = 0; i < n; i++)
			dots += w[i] == '.';
		if (dots > 1)
			continue;
		if (n - 1 > ABBREV_MAX_LEN) {
			err = U_BUFFER_OVERFLOW_ERROR; /* a longer ending than we check */
			break;
		}
		uint32_t h = EXACT_HASH_SEED;
		for (int32_t i = 0; i < n - 1; i++)
			h = exact_hash_step(h, w[i] < 0x80 ? (unsigned char)w[i] : 0xFF);
		word_filter_add(p->abbrev_bits, ABBREV_FILTER_WORDS, h);
		loaded = 1;
	}
	if (U_FAILURE(err) || !loaded)
		memset(p->abbrev_bits, 0xFF, sizeof p->abbrev_bits);
	ures_close(list);
	ures_close(ex);
	ures_close(rb);
	return 1;
}

static int is_closing(const token *t)
{
	return t->kind == TK_PUNCT && (t->cp == '"' || t->cp == '\'' || t->cp == ')' || t->cp == ']' ||
	                               t->cp == 0x2019 || t->cp == 0x201D);
}

/* Sentence_Break=SContinue: a sentence goes on after "U.S." before these. */
static int is_continuation(const token *t)
{
	return t->kind == TK_PUNCT && (t->cp == ',' || t->cp == ':' || t->cp == '-');
}

static int is_opening(const token *t)
{
	return t->kind == TK_PUNCT && (t->cp == '"' || t->cp == '\'' || t->cp == '(' || t->cp == 0x2018 ||
	                               t->cp == 0x201C);
}

enum { BREAK_NONE, BREAK_AT, BREAK_ASK_ICU };

static int is_ascii_letter(char c)
{
	return (unsigned char)c < 0x80 && (ASCII_CLASS[(unsigned char)c] & (LO | UP));
}

/* Whether token u, a few tokens after t, still belongs to the line of t (no
 * paragraph or line separator between them): a line break already starts a
 * sentence. Runs before the sentences are numbered, so paragraph starts are
 * read off the flags. */
static int same_line(const token *t, const token *u)
{
	for (const token *k = t + 1; k <= u; k++)
		if (k->flags & TF_PARA_START)
			return 0;
	return !(u->flags & TF_LINE_SEP_BEFORE);
}

/* Whether some ending of the word may be a suppression. */
static int may_end_in_abbrev(const kcna_doc *doc, const token *w)
{
	const char *s = doc->txt.buf;
	for (uint32_t from = w->end; from > w->start && w->end - from < ABBREV_MAX_LEN;) {
		from--;
		uint32_t h = EXACT_HASH_SEED;
		for (uint32_t i = from; i < w->end; i++)
			h = exact_hash_step(h, (unsigned char)s[i] < 0x80 ? (unsigned char)s[i] : 0xFF);
		if (word_filter_may_have(doc->parser->abbrev_bits, ABBREV_FILTER_WORDS, h))
			return 1;
	}
	return 0;
}

static int is_ascii_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* Sentences a scraper glued together: "to dismiss.The", 'appears.“This':
 * a word of three or more letters ending in a lowercase letter, the
 * terminator, closing marks, then (past one opening mark) a capitalised
 * word whose second letter is lowercase, which starts the sentence (ICU
 * too puts a glued opening mark with the sentence before it). "U.S.",
 * "p.m.", "nknews.org" stay whole. ICU joins these; the library splits
 * them (the one place it departs from ICU's sentences). */
int kcna_entity_quote_open(const kcna_doc *doc, size_t ti)
{
	const token *toks = doc->seg.toks.items;
	return ti + 3 < doc->seg.toks.count && !(doc->parser->options & KCNA_OPT_NO_HTML_ENTITIES) &&
	       tok_punct(&toks[ti], '&') && tok_is(doc, &toks[ti + 1], "quot") && tok_punct(&toks[ti + 2], ';') &&
	       !(toks[ti + 1].flags & TF_SPACE_BEFORE) && !(toks[ti + 2].flags & TF_SPACE_BEFORE) &&
	       !(toks[ti + 3].flags & TF_SPACE_BEFORE);
}

int kcna_initial_period(const kcna_doc *doc, size_t ti)
{
	const token *toks = doc->seg.toks.items, *t = &toks[ti];
	if (ti == 0 || ti + 1 >= doc->seg.toks.count || !tok_punct(t, '.') || (t->flags & TF_SPACE_BEFORE))
		return 0;
	const token *letter = &toks[ti - 1], *next = &toks[ti + 1];
	return letter->kind == TK_WORD && letter->end - letter->start == 1 &&
	       (letter->flags & (TF_SPACE_BEFORE | TF_CAP)) == (TF_SPACE_BEFORE | TF_CAP) &&
	       doc->txt.buf[letter->start] != 'I' && next->kind == TK_WORD && (next->flags & TF_CAP) &&
	       (next->flags & TF_SPACE_BEFORE) && same_line(t, next);
}

uint32_t kcna_glued_sentence_start(const kcna_doc *doc, size_t ti)
{
	const token *toks = doc->seg.toks.items;
	size_t n = doc->seg.toks.count;
	const char *s = doc->txt.buf;
	const token *t = &toks[ti];
	/* most terminators have a space after them: one test */
	if (ti == 0 || ti + 1 >= n || (toks[ti + 1].flags & TF_SPACE_BEFORE) || t->kind != TK_PUNCT ||
	    !is_terminator((int32_t)t->cp) || (t->flags & TF_SPACE_BEFORE))
		return 0;
	const token *before = &toks[ti - 1];
	if (before->kind != TK_WORD || before->end - before->start < 3 || !is_ascii_lower(s[before->end - 1]) ||
	    may_end_in_abbrev(doc, before))
		return 0;
	size_t k = ti + 1;
	while (k < n && !(toks[k].flags & TF_SPACE_BEFORE) && is_closing(&toks[k]))
		k++;
	if (k >= n || (toks[k].flags & TF_SPACE_BEFORE) || !same_line(t, &toks[k]))
		return 0;
	size_t w = k;
	if (is_opening(&toks[w]) && w + 1 < n && !(toks[w + 1].flags & TF_SPACE_BEFORE))
		w++;
	/* a chronology's next entry: "sanctions.2020 -- North Korea ..." */
	if (toks[w].kind == TK_NUM && toks[w].end - toks[w].start == 4 && w + 2 < n && tok_punct(&toks[w + 1], '-') &&
	    (toks[w + 1].flags & TF_SPACE_BEFORE) && tok_punct(&toks[w + 2], '-') && !(toks[w + 2].flags & TF_SPACE_BEFORE))
		return (uint32_t)w;
	return w < n && toks[w].kind == TK_WORD && (toks[w].flags & TF_CAP) && toks[w].end - toks[w].start >= 2 &&
	               is_ascii_lower(s[toks[w].start + 1])
	           ? (uint32_t)w
	           : 0;
}

uint32_t kcna_entity_quote_close_start(const kcna_doc *doc, size_t ti)
{
	const token *toks = doc->seg.toks.items;
	size_t n = doc->seg.toks.count, k = ti + 1;
	if (ti == 0 || k + 3 >= n || (doc->parser->options & KCNA_OPT_NO_HTML_ENTITIES) || !tok_punct(&toks[k], '&') ||
	    toks[ti].kind != TK_PUNCT || !is_terminator((int32_t)toks[ti].cp) || (toks[ti].flags & TF_SPACE_BEFORE) ||
	    (toks[k].flags & TF_SPACE_BEFORE) || !tok_is(doc, &toks[k + 1], "quot") || !tok_punct(&toks[k + 2], ';') ||
	    (toks[k + 1].flags & TF_SPACE_BEFORE) || (toks[k + 2].flags & TF_SPACE_BEFORE))
		return 0;
	const token *before = &toks[ti - 1], *next = &toks[k + 3];
	if (before->kind != TK_WORD || before->end - before->start < 3 || (before->flags & TF_CAP) ||
	    may_end_in_abbrev(doc, before))
		return 0; /* "Mr.&quot; Kim": ICU decides */
	return next->kind == TK_WORD && (next->flags & (TF_SPACE_BEFORE | TF_CAP)) == (TF_SPACE_BEFORE | TF_CAP) &&
	               same_line(&toks[ti], next)
	           ? (uint32_t)(k + 3)
	           : 0;
}

int kcna_initialism_period(const kcna_doc *doc, size_t ti)
{
	const token *toks = doc->seg.toks.items;
	size_t n = doc->seg.toks.count;
	if (ti < 3 || ti + 1 >= n || !tok_punct(&toks[ti], '.') || (toks[ti].flags & TF_SPACE_BEFORE))
		return 0;
	const token *b = &toks[ti - 1], *dot = &toks[ti - 2], *a = &toks[ti - 3], *next = &toks[ti + 1];
	return b->kind == TK_WORD && b->end - b->start == 1 && (b->flags & TF_CAP) && !(b->flags & TF_SPACE_BEFORE) &&
	       tok_punct(dot, '.') && !(dot->flags & TF_SPACE_BEFORE) && a->kind == TK_WORD && a->end - a->start == 1 &&
	       (a->flags & TF_CAP) && next->kind == TK_WORD && (next->flags & (TF_SPACE_BEFORE | TF_CAP)) ==
	       (TF_SPACE_BEFORE | TF_CAP) && !(next->cls & (LX_STOP | LX_PRONOUN | LX_GLUE)) &&
	       next->start == toks[ti].end + 1 && doc->txt.buf[toks[ti].end] == ' '; /* one plain space */
}

/* Decides the terminator toks[ti] without ICU where that is certain: no
 * break needed (a line break follows), a break at *at ("said. The",
 * 'said." "We'), or ICU must look. */
static int plain_break(const kcna_doc *doc, size_t ti, uint32_t *at)
{
	const token *toks = doc->seg.toks.items;
	size_t n = doc->seg.toks.count;
	const token *t = &toks[ti];
	if (ti > 0 && !(t->flags & TF_SPACE_BEFORE) && toks[ti - 1].kind == TK_PUNCT &&
	    is_terminator((int32_t)toks[ti - 1].cp))
		return BREAK_ASK_ICU; /* "?!", "..." */
	uint32_t after_entity = kcna_entity_quote_close_start(doc, ti);
	if (after_entity) {
		*at = toks[after_entity].start;
		return BREAK_AT;
	}
	size_t k = ti + 1;
	while (k < n && !(toks[k].flags & TF_SPACE_BEFORE) && is_closing(&toks[k]))
		k++;
	if (k == n || !same_line(t, &toks[k]))
		return BREAK_NONE;
	const char *s = doc->txt.buf;
	if (is_continuation(&toks[k]))
		return BREAK_NONE; /* "the U.S., Japan", "U.S.-led" */
	if (!(toks[k].flags & TF_SPACE_BEFORE)) {
		/* "57.7", "U.S": a period between digits or between cased letters */
		if (t->cp == '.' && k == ti + 1 && ti > 0 && !(t->flags & TF_SPACE_BEFORE) &&
		    ((toks[k].kind == TK_NUM) ||
		     (toks[ti - 1].kind == TK_WORD && is_ascii_letter(s[toks[ti - 1].end - 1]) &&
		      toks[k].kind == TK_WORD && is_ascii_letter(s[toks[k].start]))))
			return BREAK_NONE;
		return BREAK_ASK_ICU;
	}
	for (uint32_t b = toks[k - 1].end; b < toks[k].start; b++)
		if (s[b] != ' ')
			return BREAK_ASK_ICU;
	/* "&quot;South ...": ICU reads the lowercase "quot" as no sentence start */
	int entity_quote = kcna_entity_quote_open(doc, k);
	if (t->cp == '.') { /* a lowercase word next, past digits and marks: "Nov. 28 when" */
		size_t w = entity_quote ? k + 3 : k;
		while (w < n && w < k + SKIP_TO_WORD && toks[w].kind != TK_WORD && same_line(t, &toks[w]) &&
		       !(toks[w].kind == TK_PUNCT && is_terminator((int32_t)toks[w].cp)))
			w++;
		if (w < n && toks[w].kind == TK_WORD && same_line(t, &toks[w]) &&
		    (unsigned char)s[toks[w].start] < 0x80 && is_lower_cp(s[toks[w].start]))
			return BREAK_NONE;
	}
	size_t w = k;
	if (entity_quote)
		w = k + 3;
	else
		while (w < n && w < k + 2 && is_opening(&toks[w]) && (w == k || !(toks[w].flags & TF_SPACE_BEFORE)))
			w++;
	if (w == n || toks[w].kind != TK_WORD || !(toks[w].flags & TF_CAP) ||
	    (w > k && (toks[w].flags & TF_SPACE_BEFORE)))
		return BREAK_ASK_ICU;
	if (t->cp == '.' && ti > 0) { /* a suppression ends in a period: "Mr. Kim" */
		const token *before = &toks[ti - 1];
		if (kcna_initial_period(doc, ti))
			return BREAK_NONE;
		if (kcna_initialism_period(doc, ti))
			return BREAK_NONE;
		/* ICU never breaks before "&quot;" (it reads the lowercase "quot"):
		 * there, a lowercase word of four letters or more is no suppression */
		int plain_word = before->kind == TK_WORD && !(before->flags & TF_CAP) && before->end - before->start >= 4;
		if (!(t->flags & TF_SPACE_BEFORE) && before->kind == TK_WORD && may_end_in_abbrev(doc, before) &&
		    !(plain_word && entity_quote))
			return BREAK_ASK_ICU;
		if (ti > 1 && !(before->flags & TF_SPACE_BEFORE) && toks[ti - 2].kind == TK_PUNCT)
			return BREAK_ASK_ICU; /* "Lt.Cdr." */
	}
	*at = toks[k].start;
	return BREAK_AT;
}

/* The window [lo, hi) ICU needs to decide the breaks after the terminator
 * at [at, after). */
static void window_around(const text *tx, uint32_t at, uint32_t after, uint32_t *lo, uint32_t *hi)
{
	const char *s = tx->buf;
	uint32_t a = at > WINDOW_BEFORE ? at - WINDOW_BEFORE : 0;
	for (uint32_t k = a; k < at; k++) /* start at a word if one begins in range */
		if (s[k] == ' ' || s[k] == '\n') {
			a = k + 1;
			break;
		}
	while (a > 0 && ((unsigned char)s[a] & 0xC0) == 0x80)
		a--;
	uint32_t b = after, cap = after + WINDOW_AFTER < tx->len ? after + WINDOW_AFTER : tx->len;
	while (b < cap) { /* up to the first letter ... */
		uint32_t k = b;
		int32_t cp = kcna_utf8_next(s, tx->len, &k);
		b = k;
		if (is_letter_cp(cp))
			break;
	}
	uint32_t word_cap = b + WINDOW_WORD < tx->len ? b + WINDOW_WORD : tx->len;
	while (b < word_cap && is_ascii_letter(s[b]))
		b++; /* ... and the rest of its word (suppressions like "U.S.A.") */
	*lo = a;
	*hi = b;
}

typedef VEC(uint32_t) offset_vec;

/* The sentence breaks after the terminator toks[ti], appended to breaks in
 * increasing order past *last. ICU's iterator is cloned on first need. */
static int breaks_after(kcna_doc *doc, size_t ti, offset_vec *breaks, uint32_t *last, UBreakIterator **bi,
                        UText **ut)
{
	const token *t = &doc->seg.toks.items[ti];
	uint32_t at;
	int plain = plain_break(doc, ti, &at);
	if (plain == BREAK_NONE)
		return 1;
	if (plain == BREAK_AT) {
		*last = at;
		return VEC_PUSH(&doc->mem, breaks, at);
	}
	UErrorCode err = U_ZERO_ERROR;
	if (!*bi) {
		*bi = ubrk_clone(doc->parser->sentence_template, &err);
		if (U_FAILURE(err)) {
			*bi = NULL;
			return 1; /* degraded: the paragraphs still break sentences */
		}
	}
	uint32_t lo, hi;
	window_around(&doc->txt, t->start, t->end, &lo, &hi);
	*ut = utext_openUTF8(*ut, doc->txt.buf + lo, hi - lo, &err);
	ubrk_setUText(*bi, *ut, &err);
	if (U_FAILURE(err))
		return 1;
	for (int32_t b = ubrk_following(*bi, (int32_t)(t->start - lo)); b != UBRK_DONE; b = ubrk_next(*bi)) {
		at = lo + (uint32_t)b;
		if (at >= hi && hi < doc->txt.len)
			break; /* the window's end, not the text's */
		if (at > *last) {
			if (!VEC_PUSH(&doc->mem, breaks, at))
				return 0;
			*last = at;
		}
	}
	return 1;
}

/* Sentences: a new one at each paragraph, line separator, ICU break and
 * glued sentence (kcna_glued_sentence_start).
 * Only the tokenizer's cues are visited; a terminator's breaks become the
 * first tokens at or past them. Line starts and break tokens each come in
 * increasing order, and one merge numbers the sentences. Without ICU's data,
 * paragraphs stand in for sentences, so a missing data file degrades
 * results, never the API. */
static int sentences(kcna_doc *doc)
{
	segmentation *sg = &doc->seg;
	token *toks = sg->toks.items;
	uint32_t n = (uint32_t)sg->toks.count;
	offset_vec breaks = {0};     /* byte offsets, from breaks_after */
	offset_vec break_toks = {0}; /* the first token at or past each */
	offset_vec glued_toks = {0}; /* the first token of each glued sentence */
	uint32_t last = 0;           /* the last break offset found */
	UBreakIterator *bi = NULL;
	UText *ut = NULL;
	int ok = 1;
	for (size_t c = 0; c < sg->sent_cues.count && ok && doc->parser->sentence_template; c++) {
		uint32_t ti = sg->sent_cues.items[c];
		const token *t = &toks[ti];
		if (t->kind != TK_PUNCT || !is_terminator((int32_t)t->cp))
			continue;
		uint32_t glued = kcna_glued_sentence_start(doc, ti);
		if (glued && !(ok = VEC_PUSH(&doc->mem, &glued_toks, glued)))
			break;
		if (t->end <= last)
			continue;
		size_t from = breaks.count;
		ok = breaks_after(doc, ti, &breaks, &last, &bi, &ut);
		uint32_t j = ti + 1; /* the breaks lie past the terminator */
		for (size_t b = from; ok && b < breaks.count; b++) {
			while (j < n && toks[j].start < breaks.items[b])
				j++;
			if (j < n && (!break_toks.count || j > break_toks.items[break_toks.count - 1]))
				ok = VEC_PUSH(&doc->mem, &break_toks, j);
		}
	}
	if (ut)
		utext_close(ut);
	if (bi)
		ubrk_close(bi);
	/* merge the line starts among the cues (token 0 is one) with the break tokens */
	size_t c = 0, b = 0, g = 0;
	while (ok) {
		while (c < sg->sent_cues.count && !(toks[sg->sent_cues.items[c]].flags & (TF_PARA_START | TF_LINE_SEP_BEFORE)))
			c++;
		uint32_t line = c < sg->sent_cues.count ? sg->sent_cues.items[c] : UINT32_MAX;
		uint32_t brk = b < break_toks.count ? break_toks.items[b] : UINT32_MAX;
		uint32_t glue = g < glued_toks.count ? glued_toks.items[g] : UINT32_MAX;
		uint32_t next = line < brk ? line : brk;
		next = glue < next ? glue : next;
		if (next == UINT32_MAX)
			break;
		c += line == next;
		b += brk == next;
		g += glue == next;
		if (sg->sent_first_tok.count && next <= sg->sent_first_tok.items[sg->sent_first_tok.count - 1])
			continue; /* already a start */
		ok = VEC_PUSH(&doc->mem, &sg->sent_first_tok, next);
	}
	if (!ok)
		return 0;
	/* number the runs between the starts; each lies in one paragraph */
	uint32_t para = 0;
	for (uint32_t s = 0; ok && s < sg->sent_first_tok.count; s++) {
		uint32_t from = sg->sent_first_tok.items[s];
		uint32_t to = s + 1 < sg->sent_first_tok.count ? sg->sent_first_tok.items[s + 1] : n;
		toks[from].flags |= TF_SENT_START;
		if (s > 0 && (toks[from].flags & TF_PARA_START))
			para++;
		ok = VEC_PUSH(&doc->mem, &sg->sent_para, para);
		for (uint32_t k = from; k < to; k++)
			toks[k].sent = s;
	}
	return ok;
}

int kcna_segment_text(kcna_doc *doc)
{
	return kcna_unwrap_lines(doc) && tokenize(doc) && sentences(doc);
}
