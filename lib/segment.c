/* Segmentation stage: paragraphs (line breaks), sentences (one ICU sentence
 * pass over a UTF-8 UText, no conversion) and tokens (a hand-written scanner
 * with an ASCII fast path; each word is looked up in the lexicon once). */
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>
#include "internal.h"

static int is_letter_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	utf8proc_category_t c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME);
}

static int is_space_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f';
	if (cp == 0xFEFF || cp == 0x200B)
		return 1; /* BOM, zero-width space */
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static int is_upper_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int is_lower_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int push_token(kcna_doc *doc, uint32_t start, uint32_t end, uint8_t kind, uint16_t flags, int32_t cp,
                      uint32_t para)
{
	token t;
	memset(&t, 0, sizeof t);
	t.start = start;
	t.end = end;
	t.kind = kind;
	t.flags = flags;
	t.cp = (uint32_t)cp;
	t.para = para;
	return VEC_PUSH(&doc->mem, &doc->seg.toks, t);
}

/* A word token; hash is its lexicon_hash, computed while scanning. */
static int push_word(kcna_doc *doc, uint32_t start, uint32_t end, uint16_t flags, uint32_t hash, uint32_t para)
{
	if (!push_token(doc, start, end, TK_WORD, flags, 0, para))
		return 0;
	token *t = &doc->seg.toks.items[doc->seg.toks.count - 1];
	t->hash = hash;
	t->lex = lexicon_word(doc->parser->lex, doc->txt.buf + start, end - start, hash);
	return 1;
}

static int tokenize(kcna_doc *doc)
{
	const char *s = doc->txt.buf;
	uint32_t len = doc->txt.len;
	uint32_t i = 0, para = 0;
	uint16_t pending = TF_SPACE_BEFORE | TF_PARA_START;
	uint32_t para_start = 0;
	int para_has_text = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp;
		uint32_t next = i;
		if (c < 0x80) {
			cp = c;
			next = i + 1;
		} else {
			cp = utf8_next(s, len, &next);
		}
		if (cp == '\n') {
			if (para_has_text) {
				span p = {para_start, i};
				if (!VEC_PUSH(&doc->mem, &doc->seg.paras, p))
					return 0;
				para++;
			}
			para_has_text = 0;
			pending |= TF_SPACE_BEFORE | TF_PARA_START;
			i = next;
			continue;
		}
		if (is_space_cp(cp)) {
			pending |= TF_SPACE_BEFORE;
			i = next;
			continue;
		}
		if (!para_has_text) {
			para_has_text = 1;
			para_start = i;
		}
		uint32_t start = i;
		if (is_letter_cp(cp)) {
			uint16_t flags = pending;
			int all_upper = !is_lower_cp(cp);
			if (is_upper_cp(cp))
				flags |= TF_CAP;
			int32_t prev = cp;
			uint32_t j = next;
			uint32_t hash = FNV_OFFSET;
			for (uint32_t b = start; b < next; b++)
				hash = fnv_step(hash, (unsigned char)s[b]);
			while (j < len) {
				unsigned char b = (unsigned char)s[j];
				if (b < 0x80) { /* ASCII fast path: no decoding, no property look-up */
					int lower = b >= 'a' && b <= 'z', upper = b >= 'A' && b <= 'Z';
					if (!lower && !upper)
						break;
					/* a scraper glued two words: "ComradeKim" -> "Comrade" "Kim" */
					if (upper && is_lower_cp(prev) && j - start >= 3)
						break;
					all_upper &= upper;
					hash = fnv_step(hash, b);
					prev = b;
					j++;
					continue;
				}
				uint32_t k = j;
				int32_t d = utf8_next(s, len, &k);
				if (!is_letter_cp(d) || (is_upper_cp(d) && is_lower_cp(prev) && j - start >= 3))
					break;
				if (is_lower_cp(d))
					all_upper = 0;
				for (; j < k; j++)
					hash = fnv_step(hash, (unsigned char)s[j]);
				prev = d;
			}
			if (all_upper && j - start > 1)
				flags |= TF_UPPER;
			if (!push_word(doc, start, j, flags, hash, para))
				return 0;
			i = j;
		} else if (cp >= '0' && cp <= '9') {
			uint32_t j = i + 1;
			while (j < len && s[j] >= '0' && s[j] <= '9')
				j++;
			if (!push_token(doc, start, j, TK_NUM, pending, 0, para))
				return 0;
			i = j;
		} else {
			if (!push_token(doc, start, next, TK_PUNCT, pending, cp, para))
				return 0;
			i = next;
		}
		pending = 0;
	}
	if (para_has_text) {
		span p = {para_start, len};
		if (!VEC_PUSH(&doc->mem, &doc->seg.paras, p))
			return 0;
	}
	return 1;
}

/* Sentence boundaries from ICU; on any ICU failure each paragraph is one
 * sentence, so a missing data file degrades results, never the API. */
static int sentences(kcna_doc *doc)
{
	segmentation *sg = &doc->seg;
	UErrorCode err = U_ZERO_ERROR;
	UBreakIterator *bi = NULL;
	UText *ut = NULL;
	if (doc->parser->sentence_template && doc->txt.len > 0) {
		bi = ubrk_clone(doc->parser->sentence_template, &err);
		if (U_SUCCESS(err))
			ut = utext_openUTF8(NULL, doc->txt.buf, doc->txt.len, &err);
		if (U_SUCCESS(err))
			ubrk_setUText(bi, ut, &err);
		if (U_FAILURE(err)) {
			if (ut)
				utext_close(ut);
			if (bi)
				ubrk_close(bi);
			bi = NULL;
			ut = NULL;
		}
	}
	uint32_t sent = 0;
	size_t ti = 0;
	int32_t boundary = bi ? ubrk_first(bi) : 0;
	if (bi)
		boundary = ubrk_next(bi);
	uint32_t prev_para = UINT32_MAX;
	for (; ti < sg->toks.count; ti++) {
		token *t = &sg->toks.items[ti];
		int new_sent = (ti == 0);
		if (bi) {
			while (boundary != UBRK_DONE && (uint32_t)boundary <= t->start) {
				new_sent = 1;
				boundary = ubrk_next(bi);
			}
		}
		if (t->para != prev_para)
			new_sent = 1;
		prev_para = t->para;
		if (new_sent) {
			if (ti != 0)
				sent++;
			t->flags |= TF_SENT_START;
			if (!VEC_PUSH(&doc->mem, &sg->sent_first_tok, (uint32_t)ti))
				goto fail;
		}
		t->sent = sent;
	}
	if (ut)
		utext_close(ut);
	if (bi)
		ubrk_close(bi);
	return 1;
fail:
	if (ut)
		utext_close(ut);
	if (bi)
		ubrk_close(bi);
	return 0;
}

int segment_text(kcna_doc *doc)
{
	return tokenize(doc) && sentences(doc);
}
