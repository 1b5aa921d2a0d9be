/* Allocation: the caller's allocator hooks and the per-document arena.
 * Every result a document owns lives in its arena, so kcna_doc_free is one
 * walk over the chunk list, and a failed allocation anywhere leaks nothing. */
#include <stdlib.h>
#include <string.h>
#include "memory.h"

struct arena_chunk {
	arena_chunk *next;
	size_t used, cap;
	int own; /* holds one big block (kcna_arena_free_block may free it) */
	max_align_t data[];
};

void *kcna_alloc_(const kcna_allocator *a, size_t size)
{
	return a->malloc_fn(size ? size : 1, a->user);
}

void kcna_dealloc_(const kcna_allocator *a, void *p)
{
	if (p)
		a->free_fn(p, a->user);
}

void kcna_arena_init(arena *a, const kcna_allocator *alloc, chunk_cache *cache)
{
	a->alloc = *alloc;
	a->head = NULL;
	a->cache = cache;
	a->failed = 0;
}

/* A cache keeps at most this many chunks (4 MB): enough for the documents
 * a few threads have in flight at once. */
enum { CHUNK_DEFAULT = 64 * 1024, CHUNK_CACHE_MAX = 64 };

void kcna_chunk_cache_init(chunk_cache *c)
{
	pthread_mutex_init(&c->lock, NULL);
	c->free = NULL;
	c->count = 0;
}

void kcna_chunk_cache_release(chunk_cache *c, const kcna_allocator *alloc)
{
	while (c->free) {
		arena_chunk *next = c->free->next;
		kcna_dealloc_(alloc, c->free);
		c->free = next;
	}
	c->count = 0;
	pthread_mutex_destroy(&c->lock);
}

static arena_chunk *cached_chunk(chunk_cache *c)
{
	if (!c)
		return NULL;
	pthread_mutex_lock(&c->lock);
	arena_chunk *n = c->free;
	if (n) {
		c->free = n->next;
		c->count--;
	}
	pthread_mutex_unlock(&c->lock);
	return n;
}

/* A block of more than half a chunk gets a chunk of its own, so that a
 * growing vector can be reallocated in place (kcna_vec_grow_). */
static int is_big_block(size_t size)
{
	return size > CHUNK_DEFAULT / 2;
}

void *kcna_arena_alloc_raw(arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
	arena_chunk *c = a->head;
	if (!c || c->cap - c->used < size || is_big_block(size)) {
		size_t cap = is_big_block(size) ? size : CHUNK_DEFAULT;
		if (cap > SIZE_MAX - sizeof(arena_chunk)) {
			a->failed = 1;
			return NULL;
		}
		arena_chunk *n = is_big_block(size) ? NULL : cached_chunk(a->cache);
		if (!n)
			n = kcna_alloc_(&a->alloc, sizeof(arena_chunk) + cap);
		if (!n) {
			a->failed = 1;
			return NULL;
		}
		n->used = 0;
		n->cap = cap;
		n->own = is_big_block(size);
		if (c && is_big_block(size)) {
			/* a big block gets its own chunk behind the current one */
			n->next = c->next;
			c->next = n;
		} else {
			n->next = c;
			a->head = n;
		}
		c = n;
	}
	void *p = (char *)c->data + c->used;
	c->used += size;
	return p;
}

void *kcna_arena_alloc(arena *a, size_t size)
{
	void *p = kcna_arena_alloc_raw(a, size);
	if (p)
		memset(p, 0, size);
	return p;
}

char *kcna_arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = kcna_arena_alloc_raw(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

void kcna_arena_free_block(arena *a, void *block)
{
	for (arena_chunk **link = &a->head; block && *link; link = &(*link)->next) {
		arena_chunk *c = *link;
		if ((void *)c->data != block)
			continue;
		if (c->own) {
			*link = c->next;
			kcna_dealloc_(&a->alloc, c);
		}
		return;
	}
}

void kcna_arena_release(arena *a)
{
	arena_chunk *c = a->head, *keep = NULL, *keep_last = NULL;
	unsigned kept = 0;
	while (c) {
		arena_chunk *next = c->next;
		if (a->cache && !c->own && c->cap == CHUNK_DEFAULT && kept < CHUNK_CACHE_MAX) {
			c->next = keep; /* for the cache, handed over under one lock */
			if (!keep)
				keep_last = c;
			keep = c;
			kept++;
		} else {
			kcna_dealloc_(&a->alloc, c);
		}
		c = next;
	}
	a->head = NULL;
	if (!keep)
		return;
	chunk_cache *cache = a->cache;
	pthread_mutex_lock(&cache->lock);
	if (cache->count + kept <= CHUNK_CACHE_MAX) {
		keep_last->next = cache->free;
		cache->free = keep;
		cache->count += kept;
		keep = NULL;
	}
	pthread_mutex_unlock(&cache->lock);
	while (keep) { /* the cache is full */
		arena_chunk *next = keep->next;
		kcna_dealloc_(&a->alloc, keep);
		keep = next;
	}
}

/* Growing a big block reallocates its own chunk in place, so a vector of
 * millions of tokens is neither copied at each doubling nor held twice. */
static void *grow_own_chunk(arena *a, void *block, size_t size)
{
	arena_chunk **link = &a->head;
	while (*link && (void *)(*link)->data != block)
		link = &(*link)->next;
	if (!*link || size > SIZE_MAX - sizeof(arena_chunk)) {
		a->failed = 1; /* not an arena block: a bug, reported as a failure */
		return NULL;
	}
	arena_chunk *c = a->alloc.realloc_fn(*link, sizeof(arena_chunk) + size, a->alloc.user);
	if (!c) {
		a->failed = 1;
		return NULL;
	}
	c->used = c->cap = size;
	*link = c;
	return c->data;
}

int kcna_vec_grow_(arena *a, void **items, size_t *cap, size_t elem)
{
	size_t ncap = *cap ? *cap * 2 : 16;
	if (ncap > SIZE_MAX / elem / 2)
		return 0;
	void *n;
	if (*items && is_big_block(*cap * elem)) {
		n = grow_own_chunk(a, *items, ncap * elem);
		if (!n)
			return 0;
	} else {
		n = kcna_arena_alloc_raw(a, ncap * elem); /* every slot is written before it is read */
		if (!n)
			return 0;
		if (*items)
			memcpy(n, *items, *cap * elem);
	}
	*items = n;
	*cap = ncap;
	return 1;
}

int kcna_vec_reserve_(arena *a, void **items, size_t *cap, size_t n, size_t elem)
{
	if (*cap >= n)
		return 1;
	if (n > SIZE_MAX / elem)
		return 0;
	void *p = kcna_arena_alloc_raw(a, n * elem);
	if (!p)
		return 0;
	if (*items)
		memcpy(p, *items, *cap * elem);
	*items = p;
	*cap = n;
	return 1;
}

/* Buffers handed to the caller (kcna_doc_to_json) start with an
 * out_header (internal.h) holding the allocator that made them, so they go
 * back to it even after the parser and the document are gone. */
void kcna_free(void *ptr)
{
	if (!ptr)
		return;
	out_header *h = (out_header *)((char *)ptr - sizeof(out_header));
	kcna_allocator a = h->a;
	a.free_fn(h, a.user);
}
