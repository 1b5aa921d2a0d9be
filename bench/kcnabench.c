/* kcnabench FILE.jsonl [-j THREADS] [--repeat N] [--passes N] [--batch]
 * Parses every document of a JSON Lines file ("text", optional "date") with
 * one shared parser and reports throughput. Reading and decoding the file is
 * outside the timed part; everything the library does is inside it.
 * --passes N times the whole run N times and prints each pass; on a shared
 * machine the fastest pass is the least disturbed, so the last line is that
 * one's: bytes=N docs=N seconds=S mb_per_s=X
 * --batch goes through the batch API as the Python binding does: batches of
 * 256 documents, three in flight, each parsed and exported as JSON on -j
 * threads of the library's while this thread takes the results. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <kcnaparse/kcnaparse.h>
#include "jsonl_input.h"

typedef struct item {
	char *text;
	size_t len;
	char *date;
} item;

/* Threads take documents in small batches from one shared counter, so a
 * thread that drew short documents does not sit idle while another works. */
enum { BATCH = 16 };

typedef struct shared_queue {
	const kcna_parser *p;
	item *items;
	size_t n, total; /* total = n * repeat */
	atomic_size_t next;
} shared_queue;

typedef struct work {
	shared_queue *q;
	size_t failures;
	char pad[64]; /* one cache line per thread's counter */
} work;

static void *run(void *arg)
{
	work *w = arg;
	shared_queue *q = w->q;
	for (;;) {
		size_t from = atomic_fetch_add_explicit(&q->next, BATCH, memory_order_relaxed);
		if (from >= q->total)
			break;
		size_t to = from + BATCH < q->total ? from + BATCH : q->total;
		for (size_t u = from; u < to; u++) {
			const item *it = &q->items[u % q->n];
			kcna_doc *doc = NULL;
			if (kcna_parse_dated(q->p, it->text, it->len, it->date, &doc) != KCNA_OK &&
			    kcna_parse(q->p, it->text, it->len, &doc) != KCNA_OK)
				w->failures++;
			kcna_doc_free(doc);
		}
	}
	return NULL;
}

/* One timed run over all items on `threads` threads: its wall-clock seconds. */
static double timed_pass(const kcna_parser *p, item *items, size_t n, int threads, int repeat, work *w, pthread_t *tid,
                         size_t *failures)
{
	struct timespec t0, t1;
	shared_queue q = {p, items, n, n * (size_t)repeat, 0};
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int t = 0; t < threads; t++) {
		w[t] = (work){&q, 0, {0}};
		pthread_create(&tid[t], NULL, run, &w[t]);
	}
	for (int t = 0; t < threads; t++) {
		pthread_join(tid[t], NULL);
		*failures += w[t].failures;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

enum { BATCH_DOCS = 256, BATCHES_AHEAD = 3 };

typedef struct batch_run {
	kcna_batch *b;
	const char *texts[BATCH_DOCS], *dates[BATCH_DOCS];
	size_t lens[BATCH_DOCS], from, count;
} batch_run;

static int start_batch(const kcna_parser *p, const item *items, size_t n, size_t *next, size_t total, int threads,
                       batch_run *r)
{
	r->from = *next;
	r->count = total - *next < BATCH_DOCS ? total - *next : BATCH_DOCS;
	for (size_t k = 0; k < r->count; k++) {
		const item *it = &items[(r->from + k) % n];
		r->texts[k] = it->text;
		r->lens[k] = it->len;
		r->dates[k] = it->date;
	}
	*next += r->count;
	return kcna_batch_start(p, r->count, r->texts, r->lens, r->dates, (unsigned)threads,
	                        KCNA_BATCH_JSON | KCNA_BATCH_FREE_DOCS, &r->b) == KCNA_OK;
}

static double timed_batch_pass(const kcna_parser *p, item *items, size_t n, int threads, int repeat,
                               size_t *failures)
{
	struct timespec t0, t1;
	static batch_run runs[BATCHES_AHEAD];
	size_t total = n * (size_t)repeat, next = 0, json_bytes = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int live = 0;
	for (int k = 0; k < BATCHES_AHEAD && next < total; k++, live++)
		if (!start_batch(p, items, n, &next, total, threads, &runs[k]))
			return -1;
	for (int k = 0; live; k = (k + 1) % BATCHES_AHEAD) {
		batch_run *r = &runs[k];
		for (size_t i = 0; i < r->count; i++) {
			size_t len = 0;
			if (kcna_batch_result(r->b, i, NULL, NULL, &len, NULL) != KCNA_OK)
				(*failures)++;
			json_bytes += len;
		}
		kcna_batch_free(r->b);
		live--;
		if (next < total) {
			if (!start_batch(p, items, n, &next, total, threads, r))
				return -1;
			live++;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!json_bytes)
		return -1; /* no export: the batch did not run as asked */
	return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	int threads = 1, repeat = 1, passes = 1, batch = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-j") == 0 && i + 1 < argc)
			threads = atoi(argv[++i]);
		else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
			passes = atoi(argv[++i]);
		else if (strcmp(argv[i], "--batch") == 0)
			batch = 1;
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else {
			fprintf(stderr, "usage: kcnabench FILE.jsonl [-j THREADS] [--repeat N] [--passes N] [--batch]\n");
			return 2;
		}
	}
	if (!path || threads < 1 || threads > 256 || repeat < 1 || passes < 1 || passes > 100) {
		fprintf(stderr, "usage: kcnabench FILE.jsonl [-j THREADS] [--repeat N] [--passes N] [--batch]\n");
		return 2;
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	item *items = NULL;
	size_t n = 0, cap = 0, bytes = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t got;
	while ((got = getline(&line, &lcap, f)) > 0) {
		item it = {0};
		if (jsonl_get_string(line, (size_t)got, "text", &it.text, &it.len) != 1)
			continue;
		size_t dl;
		if (jsonl_get_string(line, (size_t)got, "date", &it.date, &dl) == 1 && dl >= 10)
			it.date[10] = 0;
		else {
			free(it.date);
			it.date = NULL;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			items = realloc(items, cap * sizeof *items);
			if (!items)
				return 1;
		}
		items[n++] = it;
		bytes += it.len;
	}
	free(line);
	fclose(f);
	kcna_parser *p = NULL;
	if (kcna_parser_new(&p) != KCNA_OK)
		return 1;
	work *w = calloc((size_t)threads, sizeof *w);
	pthread_t *tid = calloc((size_t)threads, sizeof *tid);
	if (!w || !tid)
		return 1;
	double total = (double)bytes * repeat, best = 0;
	size_t failures = 0;
	printf("threads=%d repeat=%d passes=%d%s\n", threads, repeat, passes, batch ? " batch" : "");
	for (int pass = 0; pass < passes; pass++) {
		double secs = batch ? timed_batch_pass(p, items, n, threads, repeat, &failures)
		                    : timed_pass(p, items, n, threads, repeat, w, tid, &failures);
		if (secs < 0) {
			fprintf(stderr, "kcnabench: a batch could not start\n");
			return 1;
		}
		if (passes > 1)
			printf("pass %d: seconds=%.3f mb_per_s=%.1f\n", pass + 1, secs, total / 1e6 / secs);
		if (pass == 0 || secs < best)
			best = secs;
	}
	if (failures)
		fprintf(stderr, "kcnabench: %zu documents failed to parse\n", failures);
	printf("bytes=%.0f docs=%zu seconds=%.3f mb_per_s=%.1f\n", total, n * (size_t)repeat, best, total / 1e6 / best);
	for (size_t i = 0; i < n; i++) {
		free(items[i].text);
		free(items[i].date);
	}
	free(items);
	free(w);
	free(tid);
	kcna_parser_free(p);
	return failures ? 1 : 0;
}
