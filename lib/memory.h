/* Memory: the caller's allocator hooks, the per-document arena, growable vectors. Not installed. */
#ifndef KCNA_MEMORY_H
#define KCNA_MEMORY_H

#include <stddef.h>
#include <stdint.h>
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
