/* Lexicon: word classes, the tables' row types and the inline look-up. Not installed. */
#ifndef KCNA_LEXICON_H
#define KCNA_LEXICON_H

#include <string.h>
#include "text.h"

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
	LX_EVENT = 1u << 25,    /* war, games, strip, law ...: a capitalised run ending in one names an event, a place or a document, no person */
	LX_MESSAGE = 1u << 26,  /* letter, message, greetings ...: nouns that name a message (messages.c) */
	LX_MEASURE = 1u << 27,  /* kilometer, ton, dollar ...: a number before one is a quantity */
	LX_GLUE = 1u << 28,     /* frequent words a scraper glues to a name before them ("Unreceived") */
	LX_PREPOSITION = 1u << 29, /* of, to, with ...: its object is no subject (clause.c) */
	LX_WORK = 1u << 30      /* book, film, song ...: a capitalised run right after one is a title, no person */
};

/* Words at which dates.c tries its patterns; any other word is skipped at once. */
#define LX_DATE_TRIGGER (LX_MONTH | LX_WEEKDAY | LX_RELDAY | LX_SEASON | LX_MODIFIER | LX_DIRECTION | LX_VAGUE | \
                         LX_NUMWORD | LX_DATEWORD | LX_UNIT | LX_HOLIDAY | LX_DAYPART)

/* What a reporting verb's neighbours are to the words it reports (a cue's
 * lex_entry.val), read by every attribution check, before and after a
 * quote alike:
 *   CUE_SAY          the subject speaks ("X said", "said X")
 *   CUE_QUOTE_AS     the object speaks, the subject carried it ("KCNA quoted
 *                    / cited X (as saying)")
 *   CUE_ACCORDING_TO the object is the speaker, or the channel if a medium
 *   CUE_SEND         the subject sent words ("sent a message"): a quote's
 *                    speaker as CUE_SAY's, but it reports no clause */
enum cue_role { CUE_SAY = 0, CUE_QUOTE_AS, CUE_ACCORDING_TO, CUE_SEND };

enum unit_id { UNIT_DAY = 1, UNIT_WEEK, UNIT_MONTH, UNIT_YEAR, UNIT_DECADE, UNIT_CENTURY, UNIT_HOUR, UNIT_MINUTE, UNIT_SECOND };
enum vague_id { VAGUE_PRESENT = 1, VAGUE_PAST, VAGUE_FUTURE };
/* A body word's value: 1 when it names a body only after a name or alone
 * ("the Trump campaign", not "the smear campaign"); 2 when, a press word
 * too, it ends a medium's name only beside another press word ("Korean
 * Central News Agency", not "Atomic Energy Agency"). */
enum { ORGWORD_NEEDS_NAME = 1, ORGWORD_PRESS_ONLY_BESIDE_PRESS = 2 };

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
/* Lexicon entries by a small id (1-based), so a token stays 24 bytes. */
const lex_entry *kcna_lexicon_entry(uint16_t id);

#endif
