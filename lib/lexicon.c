/* Lexicon stage: word tables as data (lib/data/), looked up by hashing the
 * lowercased token. The table is built once per parser and never written afterwards, so
 * parses on many threads share it without locks. */
#include <string.h>
#include "lexicon.h"

/* The tables (WORDS, KNOWN) are data: lib/data/words.tsv and
 * lib/data/known.tsv, generated into this include by tools/gen_tables.py.
 * A cue verb, a title, a holiday word or a known figure is one row there. */
#include "lexicon_tables.inc"
_Static_assert(sizeof WORDS / sizeof WORDS[0] < 65536, "a word id is 16 bits");

const known_entity *kcna_known_entities(size_t *count)
{
	*count = sizeof KNOWN / sizeof KNOWN[0];
	return KNOWN;
}

static uint64_t lexicon_hash_step(uint64_t h, uint64_t w)
{
	return lexicon_hash_mix(h, w | (bytes_in_range(w, 'A', 'Z') >> 2)); /* >> 2: the 0x20 case bit */
}

uint32_t kcna_lexicon_hash(const char *s, size_t n)
{
	uint64_t h = LEXICON_HASH_K; /* not seeded by n: the tokenizer hashes a word before it knows its end */
	for (; n >= 8; s += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = lexicon_hash_step(h, w);
	}
	if (n) { /* zero-filled, as the tokenizer masks the last block of a word */
		uint64_t w = 0;
		memcpy(&w, s, n);
		h = lexicon_hash_step(h, w);
	}
	return (uint32_t)h;
}

/* Puts word id in one of its two slots, moving the words in its way to
 * their other slot; 0 if that does not settle in a bounded number of moves. */
static int cuckoo_insert(lexicon *lx, uint16_t id)
{
	size_t h = lexicon_slot_a(kcna_lexicon_hash(WORDS[id - 1].word, lx->keys[id].len));
	for (int moves = 0; moves < 64; moves++) {
		uint16_t evicted = lx->slots[h];
		lx->slots[h] = id;
		if (!evicted)
			return 1;
		id = evicted;
		uint32_t eh = kcna_lexicon_hash(WORDS[id - 1].word, lx->keys[id].len);
		h = h == lexicon_slot_a(eh) ? lexicon_slot_b(eh) : lexicon_slot_a(eh);
	}
	return 0;
}

lexicon *kcna_lexicon_new(const kcna_allocator *a)
{
	size_t n = sizeof WORDS / sizeof WORDS[0];
	size_t size = sizeof(lexicon) + (n + 1) * sizeof(lex_key); /* keys by id, 0 unused */
	lexicon *lx = kcna_alloc_(a, size);
	if (!lx)
		return NULL;
	memset(lx, 0, size);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(WORDS[i].word);
		char padded[LEXICON_MAX_WORD + 8] = {0};
		uint32_t cls;
		if (len > LEXICON_MAX_WORD || kcna_lexicon_find_string(lx, WORDS[i].word, len, &cls))
			continue; /* no token is looked up at that length; the first entry for a word wins */
		memcpy(padded, WORDS[i].word, len);
		lx->keys[i + 1] = (lex_key){lowercase_head(padded, len), WORDS[i].cls, (uint8_t)len};
		if (!cuckoo_insert(lx, (uint16_t)(i + 1))) {
			/* the word list is fixed: lexicon tests fail before this can ship */
			kcna_dealloc_(a, lx);
			return NULL;
		}
	}
	return lx;
}

const lex_entry *kcna_lexicon_entry(uint16_t id)
{
	return id ? &WORDS[id - 1] : NULL;
}

void kcna_lexicon_free(lexicon *lx, const kcna_allocator *a)
{
	if (!lx)
		return;
	kcna_dealloc_(a, lx);
}

uint16_t kcna_lexicon_find_string(const lexicon *lx, const char *s, size_t n, uint32_t *cls)
{
	char padded[LEXICON_MAX_WORD + 8] = {0}; /* lexicon_find reads whole 8-byte blocks */
	*cls = 0;
	if (n == 0 || n > LEXICON_MAX_WORD)
		return 0;
	memcpy(padded, s, n);
	return lexicon_find(lx, padded, n, kcna_lexicon_hash(s, n), lowercase_head(padded, n), cls);
}

int kcna_lexicon_tail_is(uint16_t id, const char *s, size_t n)
{
	return eq_lower(s + 8, n - 8, WORDS[id - 1].word + 8);
}
