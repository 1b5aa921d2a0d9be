/* Memory: the caller's allocator hooks, the per-document arena, growable vectors. Not installed. */
#ifndef KCNA_MEMORY_H
#define KCNA_MEMORY_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include "kcnaparse/kcnaparse.h"

/* ---------- memory: one arena per document ---------- */
typedef struct arena_chunk arena_chunk;

/* Default-size chunks that freed documents leave for the next ones (a
 * parser's, shared by its threads): a parse reuses warm memory instead of
 * asking malloc, which hands a freed heap top back to the system and faults
 * it in again for the next document. */
typedef struct chunk_cache {
	pthread_mutex_t lock;
	arena_chunk *free; /* linked by next */
	unsigned count;
} chunk_cache;
void kcna_chunk_cache_init(chunk_cache *c);
void kcna_chunk_cache_release(chunk_cache *c, const kcna_allocator *alloc); /* frees what it holds */

typedef struct arena {
	kcna_allocator alloc;
	arena_chunk *head;
	chunk_cache *cache; /* may be NULL; its allocator is alloc */
	int failed;         /* sticky: an allocation failed */
} arena;

void kcna_arena_init(arena *a, const kcna_allocator *alloc, chunk_cache *cache);
void *kcna_arena_alloc(arena *a, size_t size); /* zeroed, 16-byte aligned; NULL on failure */
void *kcna_arena_alloc_raw(arena *a, size_t size); /* the same, not zeroed */
char *kcna_arena_strndup(arena *a, const char *s, size_t n);
void kcna_arena_release(arena *a);
/* Frees a block that has a chunk of its own (a big one, or a vector grown
 * past half a chunk) before the arena goes; any other block stays. */
void kcna_arena_free_block(arena *a, void *block);

/* A growable array in an arena (old blocks are left to the arena). */
#define VEC(T) struct { T *items; size_t count, cap; }
int kcna_vec_grow_(arena *a, void **items, size_t *cap, size_t elem);
#define VEC_PUSH(a, v, value)                                                              \
	(((v)->count < (v)->cap || kcna_vec_grow_((a), (void **)&(v)->items, &(v)->cap, sizeof *(v)->items)) \
	     ? ((v)->items[(v)->count++] = (value), 1)                                        \
	     : 0)

/* Room for n items, so that a pass whose item count the input's size
 * foretells does not grow its vector step by step. */
int kcna_vec_reserve_(arena *a, void **items, size_t *cap, size_t n, size_t elem);
#define VEC_RESERVE(a, v, n) kcna_vec_reserve_((a), (void **)&(v)->items, &(v)->cap, (n), sizeof *(v)->items)

void *kcna_alloc_(const kcna_allocator *a, size_t size);
void kcna_dealloc_(const kcna_allocator *a, void *p);

/* The header of a buffer handed to the caller (json.c writes it,
 * kcna_free in memory.c reads it): the allocator that made the buffer, so
 * kcna_free returns it there even after the parser is gone. */
typedef union out_header {
	kcna_allocator a;
	max_align_t align;
} out_header;

#endif
