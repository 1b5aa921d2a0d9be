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
 *   dates.c     cited dates found, normalised and resolved
 *   calendar.c  civil calendar and date values (calendar.h)
 *   json.c      output format v1
 *   aliases.c   the parser's entities and aliases, indexed at the freeze
 *   api.c       public handles and accessors
 */
#ifndef KCNA_INTERNAL_H
#define KCNA_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "kcnaparse/kcnaparse.h"

/* ---------- memory: one arena per document ---------- */
typedef struct arena_chunk arena_chunk;
typedef struct arena {
	kcna_allocator alloc;
	arena_chunk *head;
	int failed; /* sticky: an allocation failed */
} arena;

void kcna_arena_init(arena *a, const kcna_allocator *alloc);
void *kcna_arena_alloc(arena *a, size_t size); /* zeroed, 16-byte aligned; NULL on failure */
void *kcna_arena_alloc_raw(arena *a, size_t size); /* the same, not zeroed */
char *kcna_arena_strndup(arena *a, const char *s, size_t n);
void kcna_arena_release(arena *a);

/* A growable array in an arena (old blocks are left to the arena). */
#define VEC(T) struct { T *items; size_t count, cap; }
int kcna_vec_grow_(arena *a, void **items, size_t *cap, size_t elem);
#define VEC_PUSH(a, v, value)                                                              \
	(((v)->count < (v)->cap || kcna_vec_grow_((a), (void **)&(v)->items, &(v)->cap, sizeof *(v)->items)) \
	     ? ((v)->items[(v)->count++] = (value), 1)                                        \
	     : 0)

void *kcna_alloc_(const kcna_allocator *a, size_t size);
void kcna_dealloc_(const kcna_allocator *a, void *p);

/* The header of a buffer handed to the caller (json.c writes it,
 * kcna_free in memory.c reads it): the allocator that made the buffer, so
 * kcna_free returns it there even after the parser is gone. */
typedef union out_header {
	kcna_allocator a;
	max_align_t align;
} out_header;

/* ---------- text ---------- */
typedef struct text {
	const char *orig; /* the caller's bytes */
	char *buf;        /* same length; invalid bytes -> 0x1A, NUL -> ' ';
	                   * then TEXT_PADDING zero bytes, for 8-byte loads */
	uint32_t len;
	unsigned flags; /* KCNA_DOC_* */
	int joined_lines; /* unwrap.c turned line breaks in buf into spaces */
} text;

#define TEXT_PADDING 8
int kcna_text_init(text *t, arena *a, const char *utf8, size_t len);
/* Span as a NUL-terminated UTF-8 string; repaired bytes read as U+FFFD. */
char *kcna_text_span_string(const text *t, arena *a, uint32_t start, uint32_t end);
/* Decode one code point of valid UTF-8 at s[*i], advancing *i. */
int32_t kcna_utf8_next(const char *s, uint32_t len, uint32_t *i);
/* Whether n bytes at s are valid UTF-8 without NUL or other C0 controls
 * but tab (for names the caller hands in). */
int kcna_text_is_clean_utf8(const char *s, size_t n);

/* ---------- lexicon ---------- */
enum lex_class {
	LX_MONTH = 1u << 0,     /* val 1..12 */
	LX_WEEKDAY = 1u << 1,   /* val 0=Monday .. 6=Sunday */
	LX_CUE = 1u << 2,       /* reporting verb; base form in lex_entry.base */
	LX_TITLE = 1u << 3,     /* President, leader, Minister ... */
	LX_STOP = 1u << 4,      /* capitalised function words: not names */
	LX_ORGWORD = 1u << 5,   /* Ministry, Committee, Agency ... ends an organisation */
	LX_PLACE = 1u << 6,     /* country / demonym / place word: not a person name */
	LX_ASIAN_SURNAME = 1u << 7, /* surname written first */
	LX_PRONOUN = 1u << 8,   /* he, she, his, her */
	LX_NUMWORD = 1u << 9,   /* one..twelve, a, an; val = number */
	LX_UNIT = 1u << 10,     /* day, week, month, year, decade, century; val = unit id */
	LX_RELDAY = 1u << 11,   /* today(0) yesterday(-1) tomorrow(+1) */
	LX_DAYPART = 1u << 12,  /* morning, afternoon, evening, night */
	LX_SEASON = 1u << 13,   /* spring(1) summer(2) autumn/fall(3) winter(4) */
	LX_MODIFIER = 1u << 14, /* early, mid, late, end, beginning ... val = kcna_date_mod */
	LX_DIRECTION = 1u << 15,/* last(-1) this(0) next(+1) ... */
	LX_FUTURE = 1u << 16,   /* will, next, upcoming, scheduled: points ahead */
	LX_VAGUE = 1u << 17,    /* now, recently, future ...: val = vague kind */
	LX_SOURCEWORD = 1u << 18, /* message, letter, statement, speech ... */
	LX_MEDIAWORD = 1u << 19,  /* agency, media, newspaper, report */
	LX_GIVEN_NAME = 1u << 20, /* a common first name */
	LX_NAME_PARTICLE = 1u << 21, /* lowercase parts inside names: Jong-un's "un" */
	LX_DATEWORD = 1u << 22, /* other words that can start a date: juche, every, the ... */
	LX_PAST = 1u << 23,     /* past-tense verbs without -ed: was, were, had, met ... */
	LX_HOLIDAY = 1u << 24,  /* first words of holidays: victory (Day), new (Year) ...; capitalised only */
	LX_EVENT = 1u << 25     /* war, games, festival ...: a capitalised run with one names an event, no person */
};

/* Words at which dates.c tries its patterns; any other word is skipped at once. */
#define LX_DATE_TRIGGER (LX_MONTH | LX_WEEKDAY | LX_RELDAY | LX_SEASON | LX_MODIFIER | LX_DIRECTION | LX_VAGUE | \
                         LX_NUMWORD | LX_DATEWORD | LX_UNIT | LX_HOLIDAY)

/* What a reporting verb's neighbours are to the words it reports (a cue's
 * lex_entry.val), read by every attribution check, before and after a
 * quote alike:
 *   CUE_SAY          the subject speaks ("X said", "said X")
 *   CUE_QUOTE_AS     the object speaks, the subject carried it ("KCNA quoted
 *                    / cited X (as saying)")
 *   CUE_ACCORDING_TO the object is the speaker, or the channel if a medium */
enum cue_role { CUE_SAY = 0, CUE_QUOTE_AS, CUE_ACCORDING_TO };

enum unit_id { UNIT_DAY = 1, UNIT_WEEK, UNIT_MONTH, UNIT_YEAR, UNIT_DECADE, UNIT_CENTURY, UNIT_HOUR, UNIT_MINUTE, UNIT_SECOND };
enum vague_id { VAGUE_PRESENT = 1, VAGUE_PAST, VAGUE_FUTURE };

typedef struct lex_entry {
	const char *word; /* lowercase ASCII */
	uint32_t cls;
	int16_t val;
	const char *base; /* cue verbs: base form */
} lex_entry;

/* A frequently cited figure or body. */
typedef struct known_entity {
	const char *name;      /* canonical */
	kcna_speaker_kind kind;
	const char *title;     /* or NULL */
	const char *aliases;   /* '|'-separated full forms */
	const char *descriptions; /* '|'-separated descriptions: "north korean leader" */
} known_entity;

typedef struct lexicon lexicon;
lexicon *kcna_lexicon_new(const kcna_allocator *a);
void kcna_lexicon_free(lexicon *lx, const kcna_allocator *a);
/* Hash of a word's bytes with ASCII letters lowercased; tokens carry it.
 * Eight bytes per step: a word costs one or two multiplies. */
#define LEXICON_HASH_K 0x9E3779B97F4A7C15ull
/* Per byte of w, 0x80 where the byte is ASCII and within [lo, hi]: eight
 * bytes classified at once, without a branch per byte. */
static inline uint64_t bytes_in_range(uint64_t w, unsigned lo, unsigned hi)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t x = w & ~high; /* 7-bit bytes: the sums below carry into no neighbour */
	return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7F - hi)) & ~w & high;
}
/* One step over eight bytes already lowercased. */
static inline uint64_t lexicon_hash_mix(uint64_t h, uint64_t lowered)
{
	h = (h ^ lowered) * LEXICON_HASH_K;
	return h ^ (h >> 32);
}
uint32_t kcna_lexicon_hash(const char *s, size_t n);
/* Eight bytes of the padded text copy from s, byte k of the text as byte k
 * of the value. */
static inline uint64_t load_le64_padded(const char *s)
{
	uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&w, s, 8);
#else
	for (int k = 7; k >= 0; k--)
		w = (w << 8) | (unsigned char)s[k];
#endif
	return w;
}
/* The first eight bytes of a word in padded memory (n bytes readable, then
 * zeros or more text up to the next multiple of eight), ASCII letters
 * lowercased, bytes past the word zeroed. */
static inline uint64_t lowercase_head(const char *s, size_t n)
{
	uint64_t w = load_le64_padded(s);
	w |= bytes_in_range(w, 'A', 'Z') >> 2; /* the 0x20 case bit */
	return n >= 8 ? w : w & ~(~0ull << (8 * n));
}
enum { LEXICON_MAX_WORD = 24 };
/* Cuckoo hashing over 16-bit word ids: a word sits in one of two slots
 * chosen by its kcna_lexicon_hash, so a look-up reads both and picks the match
 * without a branch (whether a text word is in the lexicon is a coin toss,
 * which a probe loop mispredicts). Each word's first eight bytes, length and
 * classes sit in a dense array by id; a hit reads nothing else for a word of
 * eight letters or fewer (most words in a text), and both arrays together
 * stay in L1. Inline: the tokenizer calls it for every word. */
typedef struct lex_key {
	uint64_t head; /* the word's first eight bytes, zero-filled (lowercase_head) */
	uint32_t cls;
	uint8_t len; /* 0 for id 0, which matches no word */
} lex_key;
enum { LEX_SLOT_BITS = 12 }; /* 4096 slots for ~700 words: cuckoo inserts settle at once */
struct lexicon {
	uint16_t slots[1u << LEX_SLOT_BITS]; /* word id; 0 = empty */
	lex_key keys[];                      /* by word id */
};
static inline size_t lexicon_slot_a(uint32_t hash)
{
	return hash & ((1u << LEX_SLOT_BITS) - 1);
}
static inline size_t lexicon_slot_b(uint32_t hash)
{
	return lexicon_slot_a(hash) ^ ((hash >> (32 - LEX_SLOT_BITS)) | 1); /* | 1: never slot a itself */
}
/* Whether bytes 8..n of s are those of word id. */
int kcna_lexicon_tail_is(uint16_t id, const char *s, size_t n);
/* The lexicon id of a word (any case) in padded memory given its
 * kcna_lexicon_hash and lowercase_head, with its classes in *cls; 0 if it is no
 * lexicon word. */
static inline uint16_t lexicon_find(const lexicon *lx, const char *s, size_t n, uint32_t hash, uint64_t head,
                                    uint32_t *cls)
{
	uint16_t ia = lx->slots[lexicon_slot_a(hash)], ib = lx->slots[lexicon_slot_b(hash)];
	const lex_key *ka = &lx->keys[ia], *kb = &lx->keys[ib];
	/* selected, not branched on; a length of 0 (id 0) or above
	 * LEXICON_MAX_WORD matches no key */
	uint16_t id = (ka->head == head && ka->len == n) ? ia : 0;
	id = (kb->head == head && kb->len == n) ? ib : id;
	if ((id != 0) & (n > 8) && !kcna_lexicon_tail_is(id, s, n))
		id = 0;
	*cls = lx->keys[id].cls;
	return id;
}
/* lexicon_find for a word anywhere in memory (copied to a padded buffer). */
uint16_t kcna_lexicon_find_string(const lexicon *lx, const char *s, size_t n, uint32_t *cls);
const known_entity *kcna_known_entities(size_t *count);
/* Lexicon entries by a small id (1-based), so a token stays 32 bytes. */
const lex_entry *kcna_lexicon_entry(uint16_t id);

/* ---------- parser ---------- */
/* An entity the parser knows by name: the built-in figures, then the
 * caller's additions. */
typedef struct entity_def {
	const char *name;
	kcna_speaker_kind kind;
	const char *title;
	const char *descriptions;
} entity_def;

/* One written form of an entity ("Kim Jong-un"), or a description of it
 * ("north korean leader"); sorted by first word for look-up. */
typedef struct alias_def {
	const char *text;
	const char *first;   /* lowercased first word (any length) */
	uint32_t order;      /* when it was added: ties among aliases go to the earlier */
	uint64_t second_key; /* the second word's first letters, lowercased, little-endian */
	uint8_t second_len;  /* how many (up to 8); 0 = no second word to check */
	uint32_t entity;
	int is_description;
	int is_acronym; /* "US", "ROK": matches capitals only ("Follow Us" is no US) */
} alias_def;

/* The aliases sharing a first word: [lo, hi) in the sorted table. */
typedef struct alias_range {
	uint32_t hash; /* kcna_lexicon_hash of the first word */
	uint32_t lo, hi;
} alias_range;

struct UBreakIterator;
#define ABBREV_FILTER_WORDS 512 /* 32768 bits: few false alarms */
#define ALIAS_FILTER_WORDS 64   /* 4096 bits, in L1: most words start no alias */

/* A parser is configured, then frozen by its first parse: the alias index
 * is built once then, and configuring a frozen parser gives KCNA_E_STATE. */
enum parser_state { PARSER_CONFIGURING = 0, PARSER_FREEZING, PARSER_FROZEN };

struct kcna_parser {
	kcna_allocator alloc;
	/* The caller's handle and each live document hold one reference; the
	 * last release frees the parser, so a document outlives
	 * kcna_parser_free. Atomic: documents are freed on any thread. */
	_Atomic unsigned refs;
	_Atomic int state; /* enum parser_state */
	arena mem; /* entities, aliases and their strings */
	lexicon *lex;
	struct UBreakIterator *sentence_template; /* cloned per parse, never used directly */
	VEC(entity_def) entities;
	/* entity ids by canonical name (open addressing; UINT32_MAX = empty) */
	uint32_t *entity_slots;
	size_t entity_slots_cap;
	/* appended while configuring; sorted by first word and deduplicated
	 * when the parser freezes */
	VEC(alias_def) aliases;
	/* Open-addressed by first-word hash: a token finds the aliases it may
	 * start with one probe, almost always an empty slot. */
	alias_range *alias_index;
	size_t alias_index_mask;
	uint64_t alias_first_bits[ALIAS_FILTER_WORDS]; /* first-word hashes, checked before the index */
	/* Words of ICU's sentence-break suppressions ("Mr", "U", "S" of "U.S."):
	 * a period after one is left to ICU (segment.c). */
	uint64_t abbrev_bits[ABBREV_FILTER_WORDS];
	unsigned options;
	/* tests only (test_segment): every token is a date, mention and quote
	 * cue, so that a run with the tokenizer's cue lists can be compared
	 * with a run that visits everything */
	int cue_every_token;
	size_t max_input;
	int has_ref;
	int ref_y, ref_m, ref_d;
};

int kcna_parse_iso_date(const char *s, int *y, int *m, int *d);
/* Freezes p on its first parse (building the alias index) and takes a
 * reference for a document; kcna_parser_release drops it. 0 on failure. */
int kcna_parser_acquire(struct kcna_parser *p);
void kcna_parser_release(struct kcna_parser *p);

/* A word filter keyed by a hash: a set bit means "maybe in the set". */
static inline void word_filter_add(uint64_t *bits, size_t words, uint32_t hash)
{
	bits[(hash >> 6) % words] |= 1ull << (hash & 63);
}
static inline int word_filter_may_have(const uint64_t *bits, size_t words, uint32_t hash)
{
	return (bits[(hash >> 6) % words] >> (hash & 63)) & 1;
}
const alias_range *kcna_alias_range_for(const struct kcna_parser *p, uint32_t hash);
/* aliases.c: the parser's names while it is configured, and the freeze. */
int kcna_alias_add(struct kcna_parser *p, uint32_t entity, const char *text, size_t len, int is_description);
int kcna_alias_add_list(struct kcna_parser *p, uint32_t entity, const char *list, int is_description); /* '|'-separated */
int kcna_aliases_index(struct kcna_parser *p); /* sort, deduplicate, index: once, at the freeze */
uint32_t kcna_entity_find(const struct kcna_parser *p, const char *name); /* UINT32_MAX if none */
int kcna_entity_add(struct kcna_parser *p, entity_def e);
/* Whether a word of this kcna_lexicon_hash may start an alias: one bit turns
 * away most words. */
static inline int alias_may_start(const struct kcna_parser *p, uint32_t hash)
{
	return word_filter_may_have(p->alias_first_bits, ALIAS_FILTER_WORDS, hash);
}

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
	uint32_t sent; /* sentence index */
	uint32_t para; /* paragraph index */
	union {
		uint32_t hash; /* TK_WORD: kcna_lexicon_hash of its text */
		uint32_t cp;   /* TK_PUNCT: its code point */
	};
	uint32_t cls;  /* its lexicon entry's classes (LX_*), 0 if none: read per token, so kept here */
	uint16_t lex;  /* its lexicon entry's id (lexicon_find), 0 if none */
	uint16_t flags;
	uint8_t kind;
} token;
static inline const lex_entry *tok_lex(const token *t)
{
	return kcna_lexicon_entry(t->lex);
}
_Static_assert(sizeof(token) <= 32, "a token is 32 bytes: millions of them per large input");

typedef struct span {
	uint32_t start, end;
} span;

typedef struct segmentation {
	VEC(token) toks;
	VEC(uint32_t) sent_first_tok; /* first token of each sentence */
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
} segmentation;

struct kcna_doc;
int kcna_segment_text(struct kcna_doc *doc);
/* Hard-wrapped text: line breaks inside a paragraph read as spaces (unwrap.c). */
int kcna_unwrap_lines(struct kcna_doc *doc);
/* The parser's sentence-break template and abbreviation filter. */
int kcna_sentence_rules_init(struct kcna_parser *p);

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
	int quoted;          /* credited with at least one quote */
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
	const char *rule;   /* the rule that read it (mentions.c), for the spec tests */
} mention;

/* Words and names: helpers mentions.c shares with quotes.c. */
int kcna_is_name_word(const token *t);
kcna_speaker *kcna_speaker_for_name(kcna_doc *doc, uint32_t start, uint32_t end, kcna_speaker_kind kind);
/* The speaker a mention names, resolving pronouns and descriptions back
 * through the mentions before it (mentions.c). */
struct kcna_doc;
kcna_speaker *kcna_mention_speaker(const struct kcna_doc *doc, const mention *m);

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
	VEC(mention) mentions;
	int32_t *tok_mention; /* per token: index of the mention it starts, or -1 */
} mention_stage;

typedef struct quote_stage { /* quotes.c pairs, attribution.c attributes */
	VEC(kcna_quote) found;
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
int kcna_find_quotes(kcna_doc *doc);
int kcna_attribute_quotes(kcna_doc *doc);
/* The name of attribution frame f ("say", "quote-as" ...), NULL past the last. */
const char *kcna_attribution_frame_name(size_t f);
int kcna_find_dates(kcna_doc *doc);
/* The name of date pattern p in order of precedence, NULL past the last
 * (the spec tests check each is exercised). */
const char *kcna_date_pattern_name(size_t p);

/* ASCII case folding, the only folding the look-ups need. */
static inline char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* Whether the n bytes at s, capitals lowercased, are the string lower. */
static inline int eq_lower(const char *s, size_t n, const char *lower)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_lower(s[i]) != lower[i])
			return 0;
	return lower[n] == 0;
}

/* Whether punctuation cp may be a quote mark (quotes.c's MARKS, and the
 * "&" of "&quot;"): the tokenizer lists these for the quote pass. */
static inline int may_be_quote_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '&' || cp >= 0x80;
}

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
static inline int tok_punct(const token *t, uint32_t cp)
{
	return t->kind == TK_PUNCT && t->cp == cp;
}


int kcna_json_write_doc(const kcna_doc *doc, unsigned flags, char **out, size_t *len);

#endif
