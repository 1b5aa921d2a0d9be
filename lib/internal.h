/* Private declarations shared by the pipeline stages. Not installed.
 *
 * Pipeline (one file per stage, each owning its data):
 *   text.c      UTF-8 validation and repair, the working copy of the input
 *   unwrap.c    hard-wrapped lines joined into paragraphs
 *   segment.c   paragraphs, sentences (ICU), tokens
 *   lexicon.c   word tables (cue verbs, titles, months ...), known figures
 *   mentions.c  person/organisation/media/country mentions -> speakers
 *   quotes.c    quote marks paired into quotes
 *   clause.c    subject and object of a reporting cue (clause.h)
 *   attribution.c  the speaker, cue and channel of each quote
 *   statements.c   reported speech without quotation marks, the author
 *   messages.c     letters, greetings and replies between parties
 *   dates.c     cited dates found, normalised and resolved
 *   calendar.c  civil calendar and date values (calendar.h)
 *   json.c      output format v1
 *   aliases.c   the parser's entities and aliases, indexed at the freeze
 *   api.c       public handles and accessors
 *   batch.c     many documents on the library's own threads
 *
 * Private headers, each included by what needs it:
 *   memory.h   arena, vectors, allocator hooks
 *   text.h     the working copy, UTF-8 and ASCII helpers
 *   lexicon.h  word classes and the look-up
 *   parser.h   the parser: entities, aliases, freeze
 *   segment.h  tokens and cue lists
 *   clause.h, calendar.h  attribution's and the dates stage's own helpers
 * This file: the document every stage writes its part of, the stages'
 * entry points, and the token helpers they share.
 */
#ifndef KCNA_INTERNAL_H
#define KCNA_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "segment.h"

/* ---------- results ---------- */
struct kcna_speaker {
	size_t id;
	const char *name;
	kcna_speaker_kind kind;
	const char *title;
	VEC(const char *) aliases;
	VEC(span) mentions;
	const struct entity_def *known; /* a parser entity, or NULL */
	const char *key;     /* normalised canonical name for clustering */
	const char *surname; /* normalised surname key, or NULL */
	int quoted;          /* credited with a quote by the hand ranking (attribution.c) */
	int gender;          /* 1 male, 2 female where a title shows it ("Mr.", "spokeswoman"); 0 unknown */
};

/* A mention in the text: a span and the speaker it belongs to. */
typedef struct mention {
	uint32_t start, end;
	uint32_t first_tok, last_tok; /* token range (last inclusive) */
	kcna_speaker *speaker;
	int is_pronoun;
	int is_description; /* "the North Korean leader", "the minister" */
	uint32_t role_tok;  /* generic description: its title word's token */
	int role_is_body;   /* "the ministry": refers to an organisation, not a person */
	int has_antecedent; /* a pronoun resolved once, after the quotes are marked (kcna_resolve_pronouns) */
	kcna_speaker *antecedent;
	const char *rule;   /* the rule that read it (mentions.c), for the spec tests */
} mention;

/* Words and names: helpers mentions.c shares with quotes.c. */
int kcna_is_name_word(const token *t);
kcna_speaker *kcna_speaker_for_name(kcna_doc *doc, uint32_t start, uint32_t end, kcna_speaker_kind kind);
/* The speaker a mention names, resolving pronouns and descriptions back
 * through the mentions before it (mentions.c). */
struct kcna_doc;
kcna_speaker *kcna_mention_speaker(const struct kcna_doc *doc, const mention *m);
/* The medium named last before token tok, outside the dateline: what "the
 * paper" or "an article" refers to (mentions.c). */
kcna_speaker *kcna_medium_before(const struct kcna_doc *doc, uint32_t tok);

struct kcna_quote {
	uint32_t start, end; /* content, without marks */
	uint32_t open_at, close_at; /* mark offsets; close_at = end when unclosed */
	const char *text;
	kcna_speaker *speaker;
	const char *cue;
	const char *source;
	kcna_quote_kind kind;
	int depth; /* 0 = outermost */
	int continued; /* runs on into the next paragraph */
	const char *frame; /* how its speaker was found (attribution.c), for the spec tests */
	double confidence; /* the learned ranker's probability for the speaker, 0 with none */
	uint32_t first_tok, end_tok; /* tokens inside: [first_tok, end_tok) */
};

struct kcna_date {
	uint32_t start, end;
	const char *text;
	kcna_date_type type;
	const char *value;
	const char *end_value;
	int year, month, day;
	kcna_date_mod mod;
	int has_anchor;
	uint32_t anchor_start, anchor_end;
	const char *pattern; /* the date pattern that read it (dates.c PATTERNS), for the spec tests */
};

/* Each stage writes its own part of the document; the others read it. */
typedef struct date_stage { /* dates.c */
	kcna_date *dateline;
	uint32_t dateline_tok_end; /* tokens before this belong to the dateline */
	VEC(kcna_date) found;
} date_stage;

typedef struct mention_stage { /* mentions.c */
	VEC(kcna_speaker *) speakers;
	kcna_speaker **entity_speaker; /* per parser entity: its speaker, once mentioned */
	kcna_speaker **speaker_slots; /* hash of unknown speakers by key */
	size_t speaker_slots_cap, speaker_slots_used;
	VEC(mention) mentions; /* in text order (first_tok ascending): attribution searches them */
	int32_t *tok_mention; /* per token: index of the mention it starts, or -1 */
	int first_para_headline; /* kcna_is_headline of the first paragraph: -1 until asked */
} mention_stage;

struct kcna_statement {
	uint32_t start, end; /* the reported content */
	uint32_t first_tok, last_tok;
	const char *text;
	kcna_speaker *speaker;
	const char *cue;
	kcna_statement_kind kind;
	double confidence; /* the ranker's probability for the speaker (attribution.c) */
	kcna_speaker *rule_speaker; /* the statement stage's own choice, a feature for the ranker */
	int rule_named; /* that choice is a name the cue's subject gives: not ranked */
};

typedef struct statement_stage { /* statements.c */
	VEC(kcna_statement) found;
	kcna_speaker *author; /* the document's own voice, or NULL */
	int author_known;     /* author is set (kcna_document_author) */
	kcna_speaker *last;   /* the speaker of the latest statement, and its paragraph */
	uint32_t last_para;
} statement_stage;

struct kcna_message {
	uint32_t start, end; /* the naming noun phrase */
	const char *text;
	kcna_message_kind kind;
	VEC(kcna_speaker *) senders;
	VEC(kcna_speaker *) recipients;
	kcna_date *date;
	int has_occasion;
	uint32_t occasion_start, occasion_end;
	VEC(size_t) statements; /* indices into the document's statements */
	const struct kcna_doc *doc;
};

typedef struct message_stage { /* messages.c */
	VEC(kcna_message) found;
} message_stage;

typedef struct quote_stage { /* quotes.c pairs, attribution.c attributes */
	VEC(kcna_quote) found;
	/* attribution.c's index of the runs of quoted tokens ([start, end)
	 * pairs of the outermost quotes), in text order, built on first need */
	int indexed;
	VEC(uint32_t) quoted_runs;
	int32_t *cue_subject; /* per seg.speech_cues entry: its subject's mention index, -1 none, -2 not yet read */
	uint8_t *mention_facts; /* per mention: what it is to its clause (attribution.c MF_*), 0 not yet read */
	struct kcna_speaker **mention_speakers; /* per mention: kcna_mention_speaker, once read (MF_SPEAKER) */
} quote_stage;

struct kcna_doc {
	arena mem;
	kcna_parser *parser; /* a reference held until kcna_doc_free */
	text txt;        /* text.c, unwrap.c */
	segmentation seg; /* segment.c */
	int has_ref;     /* the reference date (api.c; dates.c when the dateline gives it) */
	int ref_y, ref_m, ref_d;
	char ref_str[16];
	date_stage dt;
	mention_stage mn;
	quote_stage qt;
	statement_stage st;
	message_stage msg;
};

/* The dates stage's answer to the others: tokens before this belong to the
 * heading's dateline, whose agency carries no one's words. */
static inline uint32_t kcna_dateline_end(const struct kcna_doc *doc)
{
	return doc->dt.dateline_tok_end;
}
int kcna_find_mentions(kcna_doc *doc);
/* The name of mention rule r ("known", "pronoun", "person" ...), NULL past the last. */
const char *kcna_mention_rule_name(size_t r);
/* Whether the paragraph of token ti is a headline (mentions.c): one
 * sentence of four or more words, four in five capitalised, reporting no
 * speech. It says little about which capitalised words are names, and its
 * quotes repeat the body's (quotes.c). */
int kcna_is_headline(kcna_doc *doc, uint32_t ti);
int kcna_find_quotes(kcna_doc *doc);
/* Every pronoun's antecedent (mentions.c), once the quotes are marked. */
int kcna_resolve_pronouns(kcna_doc *doc);
int kcna_attribute_quotes(kcna_doc *doc);
/* Indirect statements' speakers by the quotes' ranker (after kcna_find_statements). */
int kcna_attribute_statements(kcna_doc *doc);
/* The name of attribution frame f ("say", "quote-as" ...), NULL past the last. */
const char *kcna_attribution_frame_name(size_t f);
int kcna_find_dates(kcna_doc *doc);
int kcna_find_statements(kcna_doc *doc);
/* The document's own voice (a press statement's writer), from its heading
 * paragraph; NULL for an ordinary report. Read by attribution too. */
kcna_speaker *kcna_document_author(kcna_doc *doc);
int kcna_find_messages(kcna_doc *doc);
/* The name of date pattern p in order of precedence, NULL past the last
 * (the spec tests check each is exercised). */
const char *kcna_date_pattern_name(size_t p);

/* Token helpers */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif
/* Whether token t is the word lower (any case). Inlined with a literal, the
 * length and the word's bytes are constants: most tokens are turned away by
 * their length, and the rest take one 64-bit compare. */
static ALWAYS_INLINE int tok_is(const kcna_doc *d, const token *t, const char *lower)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (__builtin_constant_p(strlen(lower))) {
		size_t n = strlen(lower);
		if (t->end - t->start != n)
			return 0;
		if (n <= 8) {
			uint64_t word = 0;
			memcpy(&word, lower, n);
			return lowercase_head(d->txt.buf + t->start, n) == word;
		}
	}
#endif
	/* a word from a table: compared byte by byte, no strlen first */
	return eq_lower(d->txt.buf + t->start, t->end - t->start, lower);
}
/* The paragraph of token t (an index into seg.paras): its sentence's, as
 * no sentence spans two. Valid once the sentences are numbered. */
static inline uint32_t tok_para(const kcna_doc *d, const token *t)
{
	return d->seg.sent_para.items[t->sent];
}

/* Whether tokens a and b lie in one paragraph (most often: in one sentence). */
static inline int same_para(const kcna_doc *d, const token *a, const token *b)
{
	return a->sent == b->sent || tok_para(d, a) == tok_para(d, b);
}

static inline int tok_punct(const token *t, uint32_t cp)
{
	return t->kind == TK_PUNCT && t->cp == cp;
}
/* An apostrophe, straight or curly (an HTML one is tokenized as straight). */
static inline int tok_apostrophe(const token *t)
{
	return tok_punct(t, '\'') || tok_punct(t, 0x2019);
}
/* Whether tokens k, k+1 are a possessive's "'s" glued to the word before. */
static inline int tok_possessive_s(const kcna_doc *d, uint32_t k)
{
	const token *t = &d->seg.toks.items[k];
	return k + 1 < d->seg.toks.count && tok_apostrophe(t) && !(t->flags & TF_SPACE_BEFORE) && tok_is(d, t + 1, "s") &&
	       !(t[1].flags & TF_SPACE_BEFORE);
}
/* "the", "a", "an". */
static inline int tok_article(const kcna_doc *d, const token *t)
{
	return tok_is(d, t, "the") || tok_is(d, t, "a") || tok_is(d, t, "an");
}
/* Whether token t is one of the n words (lowercase) of a table. */
static inline int tok_in(const kcna_doc *d, const token *t, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (tok_is(d, t, words[k]))
			return 1;
	return 0;
}
/* A double quotation mark: " or a curly or guillemet one. */
static inline int tok_is_double_quote(const token *t)
{
	return t->kind == TK_PUNCT && (t->cp == '"' || t->cp == 0x201C || t->cp == 0x201D || t->cp == 0x201E ||
	                               t->cp == 0xAB || t->cp == 0xBB);
}


int kcna_json_write_doc(const kcna_doc *doc, unsigned flags, char **out, size_t *len);
/* The same into *out, a buffer of capacity *cap that an earlier call
 * returned (or NULL, 0), grown as needed: a batch worker reuses one. On
 * failure the buffer is freed and *out is NULL. */
int kcna_json_rewrite_doc(const kcna_doc *doc, unsigned flags, char **out, size_t *cap, size_t *len);

#endif
