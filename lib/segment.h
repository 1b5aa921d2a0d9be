/* Segmentation: tokens, sentences, paragraphs and the cue lists of the later passes. Not installed. */
#ifndef KCNA_SEGMENT_H
#define KCNA_SEGMENT_H

#include "parser.h"

/* ---------- segmentation ---------- */
enum tok_kind { TK_WORD = 1, TK_NUM, TK_PUNCT };
enum tok_flag {
	TF_CAP = 1u << 0,      /* starts with an uppercase letter */
	TF_UPPER = 1u << 1,    /* all letters uppercase (acronym) */
	TF_SPACE_BEFORE = 1u << 2,
	TF_PARA_START = 1u << 3, /* first token of a paragraph */
	TF_SENT_START = 1u << 4, /* first token of a sentence */
	TF_IN_QUOTE = 1u << 5,   /* inside a quoted span (set by quotes.c) */
	TF_LINE_SEP_BEFORE = 1u << 6 /* after a CR or line/paragraph separator */
};

typedef struct token {
	uint32_t start, end;
	uint32_t sent; /* sentence index; its paragraph: tok_para (internal.h) */
	union {
		uint32_t hash; /* TK_WORD: kcna_lexicon_hash of its text */
		uint32_t cp;   /* TK_PUNCT: its code point */
	};
	uint32_t cls;  /* its lexicon entry's classes (LX_*), 0 if none: read per token, so kept here */
	uint16_t lex;  /* its lexicon entry's id (lexicon_find), 0 if none */
	uint8_t flags; /* tok_flag */
	uint8_t kind;
} token;
static inline const lex_entry *tok_lex(const token *t)
{
	return kcna_lexicon_entry(t->lex);
}
_Static_assert(sizeof(token) <= 24, "a token is 24 bytes: millions of them per large input");

typedef struct span {
	uint32_t start, end;
} span;

typedef struct segmentation {
	VEC(token) toks;
	VEC(uint32_t) sent_first_tok; /* first token of each sentence */
	VEC(uint32_t) sent_para;      /* paragraph of each sentence (none spans two) */
	VEC(span) paras;
	/* tokens where a sentence may start or end, in order: the first token
	 * of a paragraph or line, and terminators (. ! ?); the tokenizer lists
	 * them so that the sentence pass need not test every token */
	VEC(uint32_t) sent_cues;
	/* tokens where a date may start, in order: numbers and words of the
	 * classes in LX_DATE_TRIGGER */
	VEC(uint32_t) date_cues;
	/* words where a mention may start, in order: capitalised words,
	 * pronouns, titles, body words, and first words of known aliases */
	VEC(uint32_t) mention_cues;
	/* punctuation that may be a quote mark, in order: " ' & and non-ASCII */
	VEC(uint32_t) quote_cues;
	/* reporting verbs and nouns (lexicon class CUE) and the nouns that
	 * name a message (MESSAGE), in order: for attribution, statements and
	 * messages, which need not test every token */
	VEC(uint32_t) speech_cues;
} segmentation;

struct kcna_doc;
int kcna_segment_text(struct kcna_doc *doc);
/* Hard-wrapped text: line breaks inside a paragraph read as spaces (unwrap.c). */
int kcna_unwrap_lines(struct kcna_doc *doc);
/* The token that starts a sentence glued to the one ending at terminator
 * token ti ("dismiss.The"), or 0: one of the three rules by which
 * sentences depart from ICU's (segment.c; the segment tests allow for
 * each). */
uint32_t kcna_glued_sentence_start(const struct kcna_doc *doc, size_t ti);
/* Whether the period at token ti ends an initial before a name ("V. Putin",
 * not "I."): no sentence ends there, a departure from ICU. */
int kcna_initial_period(const struct kcna_doc *doc, size_t ti);
/* Whether token ti opens an HTML-entity quotation mark glued to a word
 * ("&quot;South"): after a full stop, a sentence starts there, where ICU
 * (reading the lowercase "quot") sees none; the third departure. */
int kcna_entity_quote_open(const struct kcna_doc *doc, size_t ti);
/* Whether the period at token ti ends an initialism before a name or a
 * title ("with U.S. President Donald Trump", "the U.N. Security Council"):
 * no sentence ends there, where ICU (which has no "U.S." suppression) sees
 * one; before a word that opens sentences ("the U.S. The talks") ICU
 * decides. The fourth departure. */
int kcna_initialism_period(const struct kcna_doc *doc, size_t ti);
/* The token that starts a sentence after terminator token ti closed by an
 * HTML-entity quotation mark ('the daughter.&quot; On Thursday'), or 0:
 * ICU reads the lowercase "quot" as a word and sees none; the fifth. */
uint32_t kcna_entity_quote_close_start(const struct kcna_doc *doc, size_t ti);
/* The parser's sentence-break template and abbreviation filter. */
int kcna_sentence_rules_init(struct kcna_parser *p);


/* Whether punctuation cp may be a quote mark (quotes.c's MARKS, and the
 * "&" of "&quot;"): the tokenizer lists these for the quote pass. */
static inline int may_be_quote_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '&' || cp >= 0x80;
}

#endif
