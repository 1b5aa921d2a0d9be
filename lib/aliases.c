/* Names the parser knows: the entities (built-in figures and the caller's)
 * indexed by canonical name, and their aliases, appended in O(1) while the
 * parser is configured and sorted, deduplicated and indexed by first word
 * once, when it freezes. The mentions stage looks aliases up through
 * kcna_alias_range_for. */
#include <stdlib.h>
#include <string.h>
#include "parser.h"

/* The lowercased first word of an alias ("kim's sister" -> "kim"), any
 * length, in the parser's arena. */
static char *first_word_lower(arena *mem, const char *text)
{
	size_t n = 0;
	while (text[n] && text[n] != ' ' && text[n] != '-' && text[n] != '\'' && text[n] != '.')
		n++;
	char *out = kcna_arena_strndup(mem, text, n);
	if (out)
		for (size_t i = 0; i < n; i++)
			out[i] = ascii_lower(out[i]);
	return out;
}

/* Orders aliases so that two match the same text exactly when they compare
 * equal: case aside, and a run of spaces and hyphens as one separator (as
 * match_alias reads them). */
static int alias_text_cmp(const char *a, const char *b)
{
	for (;;) {
		int sep_a = *a == ' ' || *a == '-', sep_b = *b == ' ' || *b == '-';
		if (sep_a && sep_b) {
			while (*a == ' ' || *a == '-')
				a++;
			while (*b == ' ' || *b == '-')
				b++;
			continue;
		}
		unsigned char ca = sep_a ? ' ' : (unsigned char)ascii_lower(*a);
		unsigned char cb = sep_b ? ' ' : (unsigned char)ascii_lower(*b);
		if (ca != cb)
			return ca < cb ? -1 : 1;
		if (!ca)
			return 0;
		a++;
		b++;
	}
}

/* Appends an alias; sorting, deduplication and the index wait for the
 * freeze, so that adding is amortised O(1). */
int kcna_alias_add(kcna_parser *p, uint32_t entity, const char *text, size_t len, int is_description)
{
	alias_def a;
	memset(&a, 0, sizeof a);
	a.text = kcna_arena_strndup(&p->mem, text, len);
	if (!a.text || !(a.first = first_word_lower(&p->mem, a.text)))
		return 0;
	size_t fl = strlen(a.first);
	const char *w = a.text + fl;
	while (*w && *w != ' ' && *w != '-')
		w++; /* past a possessive's "'s" */
	if (*w == ' ' || *w == '-') { /* a prefilter for the look-up */
		while (*w == ' ' || *w == '-')
			w++;
		for (; a.second_len < 8 && ((*w | 32) >= 'a' && (*w | 32) <= 'z'); w++, a.second_len++)
			a.second_key |= (uint64_t)(unsigned char)(*w | 32) << (8 * a.second_len);
	}
	a.entity = entity;
	a.is_description = is_description;
	a.order = (uint32_t)p->aliases.count;
	a.is_acronym = len >= 2;
	for (size_t i = 0; i < len && a.is_acronym; i++)
		a.is_acronym = a.text[i] >= 'A' && a.text[i] <= 'Z';
	return VEC_PUSH(&p->mem, &p->aliases, a);
}

static int alias_identity_cmp(const void *x, const void *y)
{
	const alias_def *a = x, *b = y;
	int c = strcmp(a->first, b->first);
	if (c)
		return c;
	if (a->entity != b->entity)
		return a->entity < b->entity ? -1 : 1;
	if (a->is_description != b->is_description)
		return a->is_description < b->is_description ? -1 : 1;
	if ((c = alias_text_cmp(a->text, b->text)))
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

static int alias_lookup_cmp(const void *x, const void *y)
{
	const alias_def *a = x, *b = y;
	int c = strcmp(a->first, b->first);
	return c ? c : (a->order < b->order ? -1 : a->order > b->order);
}

/* At the freeze: drops later copies of an alias ("Kim Jong-un" and "Kim
 * Jong-Un" match the same text), sorts by first word (then by when each
 * was added) and builds the first-word index. O(n log n), once. */
int kcna_aliases_index(kcna_parser *p)
{
	alias_def *v = p->aliases.items;
	size_t n = p->aliases.count, kept = 0;
	if (n)
		qsort(v, n, sizeof *v, alias_identity_cmp);
	for (size_t i = 0; i < n; i++) {
		const alias_def *prev = kept ? &v[kept - 1] : NULL;
		if (prev && prev->entity == v[i].entity && prev->is_description == v[i].is_description &&
		    strcmp(prev->first, v[i].first) == 0 && alias_text_cmp(prev->text, v[i].text) == 0)
			continue;
		v[kept++] = v[i];
	}
	p->aliases.count = n = kept;
	if (n)
		qsort(v, n, sizeof *v, alias_lookup_cmp);
	size_t cap = 16;
	while (cap < n * 4)
		cap <<= 1;
	p->alias_index = kcna_arena_alloc(&p->mem, cap * sizeof *p->alias_index);
	if (!p->alias_index)
		return 0;
	memset(p->alias_first_bits, 0, sizeof p->alias_first_bits);
	p->alias_index_mask = cap - 1;
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && strcmp(v[j].first, v[i].first) == 0)
			j++;
		uint32_t h = kcna_lexicon_hash(v[i].first, strlen(v[i].first));
		size_t slot = h & p->alias_index_mask;
		while (p->alias_index[slot].hi)
			slot = (slot + 1) & p->alias_index_mask;
		p->alias_index[slot] = (alias_range){h, (uint32_t)i, (uint32_t)j};
		word_filter_add(p->alias_first_bits, ALIAS_FILTER_WORDS, h);
		i = j;
	}
	return 1;
}

const alias_range *kcna_alias_range_for(const kcna_parser *p, uint32_t hash)
{
	for (size_t slot = hash & p->alias_index_mask; p->alias_index[slot].hi;
	     slot = (slot + 1) & p->alias_index_mask)
		if (p->alias_index[slot].hash == hash)
			return &p->alias_index[slot];
	return NULL;
}

static uint32_t name_hash(const char *k)
{
	uint32_t h = 2166136261u;
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h;
}

/* The entity named exactly name, or UINT32_MAX. */
uint32_t kcna_entity_find(const kcna_parser *p, const char *name)
{
	if (!p->entity_slots_cap)
		return UINT32_MAX;
	size_t mask = p->entity_slots_cap - 1;
	for (size_t h = name_hash(name) & mask; p->entity_slots[h] != UINT32_MAX; h = (h + 1) & mask)
		if (strcmp(p->entities.items[p->entity_slots[h]].name, name) == 0)
			return p->entity_slots[h];
	return UINT32_MAX;
}

static void put_entity_slot(kcna_parser *p, uint32_t id)
{
	size_t mask = p->entity_slots_cap - 1;
	size_t h = name_hash(p->entities.items[id].name) & mask;
	while (p->entity_slots[h] != UINT32_MAX && strcmp(p->entities.items[p->entity_slots[h]].name,
	                                                  p->entities.items[id].name) != 0)
		h = (h + 1) & mask;
	p->entity_slots[h] = id; /* a later entity of the same name wins, as a lookup by name expects */
}

/* Adds an entity and indexes it by name (the table doubles when half full). */
int kcna_entity_add(kcna_parser *p, entity_def e)
{
	if (!VEC_PUSH(&p->mem, &p->entities, e))
		return 0;
	if (p->entities.count * 2 > p->entity_slots_cap) {
		size_t cap = p->entity_slots_cap ? p->entity_slots_cap * 2 : 256;
		uint32_t *slots = kcna_arena_alloc_raw(&p->mem, cap * sizeof *slots);
		if (!slots)
			return 0;
		memset(slots, 0xFF, cap * sizeof *slots);
		p->entity_slots = slots;
		p->entity_slots_cap = cap;
		for (size_t i = 0; i + 1 < p->entities.count; i++)
			put_entity_slot(p, (uint32_t)i);
	}
	put_entity_slot(p, (uint32_t)(p->entities.count - 1));
	return 1;
}

int kcna_alias_add_list(kcna_parser *p, uint32_t entity, const char *list, int is_description)
{
	while (list && *list) {
		const char *bar = strchr(list, '|');
		size_t n = bar ? (size_t)(bar - list) : strlen(list);
		if (n && !kcna_alias_add(p, entity, list, n, is_description))
			return 0;
		list = bar ? bar + 1 : NULL;
	}
	return 1;
}

