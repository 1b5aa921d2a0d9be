/* Batches: many documents parsed on threads of the library's own.
 *
 * Workers take documents in input order from a shared counter, parse each
 * (and export it as JSON when asked) and mark it done; kcna_batch_result
 * waits for one document. A caller that consumes results while the next
 * batch is parsed (the Python binding's parse_many and iter_jsonl) thus
 * keeps every core busy without taking a lock of its own: a thread of the
 * caller's only ever waits, never parses.
 *
 * A worker writes each export into one scratch buffer it reuses, then
 * copies it into an arena of its own that lives as long as the batch: its
 * chunks come from the parser's cache, so a long run of batches neither
 * asks malloc for the exports nor faults their pages in again. */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include "internal.h"
#include "parser.h"
#include "memory.h"

enum { MAX_BATCH_THREADS = 64 };

typedef struct batch_item {
	kcna_doc *doc;      /* until the caller takes it */
	char *json;         /* in its worker's arena, or NULL */
	size_t json_len;
	unsigned doc_flags; /* kcna_doc_flags, kept when the document is not */
	kcna_status status; /* of the parse, else of the export */
	int done;           /* under the batch's lock */
} batch_item;

struct kcna_batch {
	kcna_parser *parser; /* a reference held until kcna_batch_free */
	kcna_allocator alloc;
	const char *const *texts; /* the caller's, borrowed until kcna_batch_free */
	const size_t *lengths;
	const char *const *reference_dates;
	size_t count;
	unsigned flags;
	atomic_size_t next;   /* the next document a worker takes */
	atomic_int cancelled; /* kcna_batch_free: take no more */
	batch_item *items;
	pthread_mutex_t lock;
	pthread_cond_t item_done;
	unsigned waiters;  /* callers in kcna_batch_result, under the lock */
	struct worker {
		struct kcna_batch *batch;
		pthread_t thread;
		arena exports; /* the JSON of the documents this worker parsed */
		char *scratch; /* kcna_json_rewrite_doc's buffer */
		size_t scratch_cap;
	} workers[MAX_BATCH_THREADS];
	unsigned nthreads; /* started */
};

static void parse_item(struct worker *w, size_t i)
{
	kcna_batch *b = w->batch;
	batch_item *it = &b->items[i];
	const char *ref = b->reference_dates ? b->reference_dates[i] : NULL;
	kcna_doc *doc = NULL;
	kcna_status st = kcna_parse_dated(b->parser, b->texts[i], b->lengths[i], ref, &doc);
	char *json = NULL;
	size_t json_len = 0;
	unsigned doc_flags = kcna_doc_flags(doc);
	if (st == KCNA_OK && (b->flags & KCNA_BATCH_JSON)) {
		if (!kcna_json_rewrite_doc(doc, b->flags & KCNA_JSON_PRETTY, &w->scratch, &w->scratch_cap, &json_len) ||
		    !(json = kcna_arena_alloc_raw(&w->exports, json_len + 1)))
			st = KCNA_E_NOMEM;
		else
			memcpy(json, w->scratch, json_len + 1);
	}
	if (b->flags & KCNA_BATCH_FREE_DOCS) {
		/* freed here, on the worker, right after its parse: the next parse
		 * reuses the memory while it is warm */
		kcna_doc_free(doc);
		doc = NULL;
	}
	pthread_mutex_lock(&b->lock);
	it->doc = doc;
	it->json = json;
	it->json_len = json_len;
	it->doc_flags = doc_flags;
	it->status = st;
	it->done = 1;
	if (b->waiters)
		pthread_cond_broadcast(&b->item_done);
	pthread_mutex_unlock(&b->lock);
}

static void *run_worker(void *arg)
{
	struct worker *w = arg;
	kcna_batch *b = w->batch;
	for (;;) {
		if (atomic_load(&b->cancelled))
			break;
		size_t i = atomic_fetch_add(&b->next, 1);
		if (i >= b->count)
			break;
		parse_item(w, i);
	}
	kcna_free(w->scratch); /* a kcna_doc_to_json buffer */
	w->scratch = NULL;
	return NULL;
}

void kcna_batch_free(kcna_batch *b);

kcna_status kcna_batch_start(const kcna_parser *cp, size_t count, const char *const *texts, const size_t *lengths,
                             const char *const *reference_dates, unsigned threads, unsigned flags, kcna_batch **out)
{
	if (!out)
		return KCNA_E_INVALID_ARG;
	*out = NULL;
	if (!cp || (count && (!texts || !lengths)) || threads == 0)
		return KCNA_E_INVALID_ARG;
	kcna_parser *p = (kcna_parser *)cp;
	if (!kcna_parser_acquire(p))
		return KCNA_E_NOMEM;
	kcna_batch *b = kcna_alloc_(&p->alloc, sizeof *b);
	batch_item *items = count ? kcna_alloc_(&p->alloc, count * sizeof *items) : NULL;
	if (!b || (count && (count > SIZE_MAX / sizeof *items || !items))) {
		kcna_dealloc_(&p->alloc, items);
		kcna_dealloc_(&p->alloc, b);
		kcna_parser_release(p);
		return KCNA_E_NOMEM;
	}
	memset(b, 0, sizeof *b);
	if (count)
		memset(items, 0, count * sizeof *items);
	b->parser = p;
	b->alloc = p->alloc;
	b->texts = texts;
	b->lengths = lengths;
	b->reference_dates = reference_dates;
	b->count = count;
	b->flags = flags;
	b->items = items;
	atomic_init(&b->next, 0);
	atomic_init(&b->cancelled, 0);
	pthread_mutex_init(&b->lock, NULL);
	pthread_cond_init(&b->item_done, NULL);
	if (threads > MAX_BATCH_THREADS)
		threads = MAX_BATCH_THREADS;
	if (threads > count)
		threads = (unsigned)count;
	for (unsigned t = 0; t < threads; t++) {
		struct worker *w = &b->workers[t];
		w->batch = b;
		kcna_arena_init(&w->exports, &p->alloc, &p->chunks);
		if (pthread_create(&w->thread, NULL, run_worker, w) != 0)
			break; /* fewer threads than asked: they share the work */
		b->nthreads++;
	}
	if (count && b->nthreads == 0) {
		kcna_batch_free(b);
		return KCNA_E_NOMEM;
	}
	*out = b;
	return KCNA_OK;
}

kcna_status kcna_batch_result(kcna_batch *b, size_t i, kcna_doc **doc, const char **json, size_t *json_len,
                              unsigned *doc_flags)
{
	if (doc)
		*doc = NULL;
	if (json)
		*json = NULL;
	if (json_len)
		*json_len = 0;
	if (doc_flags)
		*doc_flags = 0;
	if (!b || i >= b->count)
		return KCNA_E_INVALID_ARG;
	batch_item *it = &b->items[i];
	pthread_mutex_lock(&b->lock);
	b->waiters++;
	while (!it->done)
		pthread_cond_wait(&b->item_done, &b->lock);
	b->waiters--;
	kcna_status st = it->status;
	if (st == KCNA_OK && doc) {
		if (it->doc) {
			*doc = it->doc;
			it->doc = NULL;
		} else {
			st = KCNA_E_STATE; /* taken by an earlier call, or freed (KCNA_BATCH_FREE_DOCS) */
		}
	}
	if (st == KCNA_OK && json)
		*json = it->json;
	if (st == KCNA_OK && json_len)
		*json_len = it->json_len;
	if (st == KCNA_OK && doc_flags)
		*doc_flags = it->doc_flags;
	pthread_mutex_unlock(&b->lock);
	return st;
}

void kcna_batch_free(kcna_batch *b)
{
	if (!b)
		return;
	atomic_store(&b->cancelled, 1);
	for (unsigned t = 0; t < b->nthreads; t++) {
		pthread_join(b->workers[t].thread, NULL);
		kcna_arena_release(&b->workers[t].exports);
	}
	for (size_t i = 0; i < b->count; i++)
		kcna_doc_free(b->items[i].doc);
	pthread_mutex_destroy(&b->lock);
	pthread_cond_destroy(&b->item_done);
	kcna_parser *p = b->parser;
	kcna_allocator a = b->alloc;
	kcna_dealloc_(&a, b->items);
	kcna_dealloc_(&a, b);
	kcna_parser_release(p);
}
