/* The parser: entities, aliases and their index (aliases.c), the freeze and the reference count (api.c). Not installed. */
#ifndef KCNA_PARSER_H
#define KCNA_PARSER_H

#include "lexicon.h"

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
	chunk_cache chunks; /* for its documents' arenas */
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
	/* tests and tools/kcna_candidates.c only: keep the tokens and the
	 * stages' indexes after the parse (kcna_parse frees them otherwise) */
	int keep_internals;
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

#endif
