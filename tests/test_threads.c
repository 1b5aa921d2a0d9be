/* One parser shared by several threads, each parsing its own documents:
 * every thread's JSON must equal the single-threaded result. Run under
 * ThreadSanitizer in CI (.ci/run) to catch shared mutable state. */
#include <check.h>
#include "check_main.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>

static const char *const ARTICLES[] = {
	"Pyongyang, August 16 (KCNA) -- Kim Jong Un said \"We will win,\" on Monday. He added: \"Peace is near.\"",
	"SEOUL, Aug. 15 (UPI) -- The unification ministry said Friday that \"talks are off.\" "
	"The talks ran from Dec. 9 to 11, the ministry said.",
	"Premier Ri Chol Ho sent a letter to Premier Batu Erdene, hailing the \"heroic\" work, three days ago.",
	"Juche113.10.8. \"Unclosed mark at the end\nNext paragraph on the Day of the Sun, in 1910-1945.",
	"Families met at Chuseok, the Lunar New Year 2020, Ramadan 2010 and Passover.", /* ICU's calendars */
};
enum { N_ARTICLES = sizeof ARTICLES / sizeof ARTICLES[0], N_THREADS = 4, ROUNDS = 50 };

static kcna_parser *shared_parser;
static char *expected[N_ARTICLES];

static char *parse_to_json(const char *text)
{
	kcna_doc *doc = NULL;
	char *json = NULL;
	if (kcna_parse(shared_parser, text, strlen(text), &doc) != KCNA_OK)
		return NULL;
	if (kcna_doc_to_json(doc, 0, &json, NULL) != KCNA_OK)
		json = NULL;
	kcna_doc_free(doc);
	return json;
}

static void *worker(void *arg)
{
	size_t offset = (size_t)(uintptr_t)arg;
	for (int r = 0; r < ROUNDS; r++) {
		size_t k = (offset + (size_t)r) % N_ARTICLES;
		char *json = parse_to_json(ARTICLES[k]);
		int same = json && strcmp(json, expected[k]) == 0;
		kcna_free(json);
		if (!same)
			return (void *)1;
	}
	return NULL;
}

START_TEST(shared_parser_across_threads)
{
	ck_assert_int_eq(kcna_parser_new(&shared_parser), KCNA_OK);
	ck_assert_int_eq(kcna_parser_set_reference_date(shared_parser, "2024-08-16"), KCNA_OK);
	for (size_t k = 0; k < N_ARTICLES; k++)
		ck_assert_ptr_nonnull(expected[k] = parse_to_json(ARTICLES[k]));
	pthread_t threads[N_THREADS];
	for (size_t t = 0; t < N_THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, worker, (void *)(uintptr_t)t), 0);
	int failures = 0;
	for (size_t t = 0; t < N_THREADS; t++) {
		void *result = NULL;
		ck_assert_int_eq(pthread_join(threads[t], &result), 0);
		failures += result != NULL;
	}
	ck_assert_int_eq(failures, 0);
	for (size_t k = 0; k < N_ARTICLES; k++)
		kcna_free(expected[k]);
	kcna_parser_free(shared_parser);
}
END_TEST

/* The first parses race each other (one of them freezes the parser) and a
 * setter races them all: every setter call either lands before the freeze
 * (OK) or is refused (KCNA_E_STATE), nothing else; each document is freed
 * on its own thread after the parser's handle is gone. */
static kcna_parser *racing_parser;
static kcna_doc *racing_docs[N_THREADS];

static void *first_parse(void *arg)
{
	size_t t = (size_t)(uintptr_t)arg;
	const char *text = ARTICLES[t % N_ARTICLES];
	if (kcna_parse(racing_parser, text, strlen(text), &racing_docs[t]) != KCNA_OK)
		return (void *)1;
	return NULL;
}

static void *setter(void *arg)
{
	(void)arg;
	for (int r = 0; r < 2000; r++) {
		kcna_status st = kcna_parser_add_alias(racing_parser, "Ri Chol Ho", "Comrade Premier");
		if (st != KCNA_OK && st != KCNA_E_STATE)
			return (void *)1;
		st = kcna_parser_set_options(racing_parser, 0);
		if (st != KCNA_OK && st != KCNA_E_STATE)
			return (void *)1;
	}
	return NULL;
}

static void *free_doc(void *arg)
{
	size_t t = (size_t)(uintptr_t)arg;
	char *json = NULL;
	int ok = kcna_doc_to_json(racing_docs[t], 0, &json, NULL) == KCNA_OK && strstr(json, "\"speakers\"");
	kcna_free(json);
	kcna_doc_free(racing_docs[t]);
	return ok ? NULL : (void *)1;
}

START_TEST(first_parse_and_setters_race)
{
	ck_assert_int_eq(kcna_parser_new(&racing_parser), KCNA_OK);
	pthread_t threads[N_THREADS + 1];
	ck_assert_int_eq(pthread_create(&threads[N_THREADS], NULL, setter, NULL), 0);
	for (size_t t = 0; t < N_THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, first_parse, (void *)(uintptr_t)t), 0);
	int failures = 0;
	for (size_t t = 0; t <= N_THREADS; t++) {
		void *result = NULL;
		ck_assert_int_eq(pthread_join(threads[t], &result), 0);
		failures += result != NULL;
	}
	ck_assert_int_eq(failures, 0);
	ck_assert_int_eq(kcna_parser_add_alias(racing_parser, "Ri Chol Ho", "Comrade Premier"), KCNA_E_STATE);
	kcna_parser_free(racing_parser); /* the documents still hold it */
	for (size_t t = 0; t < N_THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, free_doc, (void *)(uintptr_t)t), 0);
	for (size_t t = 0; t < N_THREADS; t++) {
		void *result = NULL;
		ck_assert_int_eq(pthread_join(threads[t], &result), 0);
		failures += result != NULL;
	}
	ck_assert_int_eq(failures, 0);
}
END_TEST

/* A batch parses on threads of its own; each document equals a parse on
 * the caller's thread with the same reference date, whatever the order the
 * results are asked in. */
START_TEST(batch_equals_single_parses)
{
	kcna_parser *p = NULL;
	ck_assert_int_eq(kcna_parser_new(&p), KCNA_OK);
	enum { N = 3 * N_ARTICLES };
	const char *texts[N], *dates[N];
	size_t lens[N];
	for (size_t i = 0; i < N; i++) {
		texts[i] = ARTICLES[i % N_ARTICLES];
		lens[i] = strlen(texts[i]);
		dates[i] = i % 2 ? "2023-01-05" : NULL;
	}
	kcna_batch *b = NULL;
	ck_assert_int_eq(kcna_batch_start(p, N, texts, lens, dates, 3, KCNA_BATCH_JSON, &b), KCNA_OK);
	for (size_t k = 0; k < N; k++) {
		size_t i = (k * (N - 1)) % N; /* out of input order: 0, N - 1, N - 2 ... (N - 1 is prime to N) */
		kcna_doc *doc = NULL, *single = NULL;
		const char *json = NULL;
		size_t json_len = 0;
		char *want = NULL;
		ck_assert_int_eq(kcna_batch_result(b, i, &doc, &json, &json_len, NULL), KCNA_OK);
		ck_assert_ptr_nonnull(doc);
		ck_assert_ptr_nonnull(json);
		ck_assert_int_eq(kcna_parse_dated(p, texts[i], lens[i], dates[i], &single), KCNA_OK);
		ck_assert_int_eq(kcna_doc_to_json(single, 0, &want, NULL), KCNA_OK);
		ck_assert_uint_eq(json_len, strlen(want));
		ck_assert_str_eq(json, want);
		ck_assert_str_eq(kcna_doc_reference_date(doc) ? kcna_doc_reference_date(doc) : "",
		                 kcna_doc_reference_date(single) ? kcna_doc_reference_date(single) : "");
		/* the document is the caller's now: asking for it again is an error, the JSON stays */
		kcna_doc *again = NULL;
		ck_assert_int_eq(kcna_batch_result(b, i, &again, NULL, NULL, NULL), KCNA_E_STATE);
		ck_assert_ptr_null(again);
		ck_assert_int_eq(kcna_batch_result(b, i, NULL, &json, NULL, NULL), KCNA_OK);
		ck_assert_str_eq(json, want);
		kcna_free(want);
		kcna_doc_free(single);
		kcna_doc_free(doc);
	}
	ck_assert_int_eq(kcna_batch_result(b, N, NULL, NULL, NULL, NULL), KCNA_E_INVALID_ARG);
	kcna_batch_free(b);
	kcna_parser_free(p);
}
END_TEST

/* A bad reference date fails that document only; freeing a batch whose
 * results were never asked for frees them (ASan and valgrind see leaks);
 * the parser may go first. */
START_TEST(batch_errors_and_early_free)
{
	kcna_parser *p = NULL;
	ck_assert_int_eq(kcna_parser_new(&p), KCNA_OK);
	const char *texts[] = {ARTICLES[0], ARTICLES[1], ARTICLES[2]};
	size_t lens[] = {strlen(texts[0]), strlen(texts[1]), strlen(texts[2])};
	const char *dates[] = {"2024-08-16", "16 August", NULL};
	kcna_batch *b = NULL;
	ck_assert_int_eq(kcna_batch_start(p, 3, texts, lens, dates, 0, 0, &b), KCNA_E_INVALID_ARG);
	ck_assert_ptr_null(b);
	ck_assert_int_eq(kcna_batch_start(NULL, 3, texts, lens, dates, 2, 0, &b), KCNA_E_INVALID_ARG);
	ck_assert_int_eq(kcna_batch_start(p, 3, NULL, lens, dates, 2, 0, &b), KCNA_E_INVALID_ARG);
	ck_assert_int_eq(kcna_batch_start(p, 3, texts, lens, dates, 2, 0, NULL), KCNA_E_INVALID_ARG);
	ck_assert_int_eq(kcna_batch_start(p, 3, texts, lens, dates, 2, 0, &b), KCNA_OK);
	kcna_doc *doc = NULL;
	const char *json = (const char *)1;
	ck_assert_int_eq(kcna_batch_result(b, 1, &doc, &json, NULL, NULL), KCNA_E_BAD_DATE);
	ck_assert_ptr_null(doc);
	ck_assert_ptr_null(json);
	ck_assert_int_eq(kcna_batch_result(b, 0, NULL, &json, NULL, NULL), KCNA_OK);
	ck_assert_ptr_null(json); /* no KCNA_BATCH_JSON: no export */
	kcna_parser_free(p);      /* the batch holds the parser */
	kcna_batch_free(b);       /* documents 0 and 2 were never taken */
	ck_assert_int_eq(kcna_parser_new(&p), KCNA_OK);
	ck_assert_int_eq(kcna_batch_start(p, 0, NULL, NULL, NULL, 4, KCNA_BATCH_JSON, &b), KCNA_OK);
	ck_assert_int_eq(kcna_batch_result(b, 0, NULL, NULL, NULL, NULL), KCNA_E_INVALID_ARG);
	kcna_batch_free(b);
	/* freed while its threads still parse: the rest are not started */
	enum { MANY = 400 };
	const char *many[MANY];
	size_t many_lens[MANY];
	for (size_t i = 0; i < MANY; i++) {
		many[i] = ARTICLES[i % N_ARTICLES];
		many_lens[i] = strlen(many[i]);
	}
	ck_assert_int_eq(kcna_batch_start(p, MANY, many, many_lens, NULL, 2, KCNA_BATCH_JSON, &b), KCNA_OK);
	kcna_batch_free(b);
	kcna_batch_free(NULL);
	kcna_parser_free(p);
}
END_TEST

/* KCNA_BATCH_FREE_DOCS keeps the JSON and the document's flags only. */
START_TEST(batch_json_only)
{
	kcna_parser *p = NULL;
	ck_assert_int_eq(kcna_parser_new(&p), KCNA_OK);
	const char *texts[] = {ARTICLES[0], "Kim said \"bad \xff byte\" today."};
	size_t lens[] = {strlen(texts[0]), strlen(texts[1])};
	kcna_batch *b = NULL;
	ck_assert_int_eq(kcna_batch_start(p, 2, texts, lens, NULL, 2, KCNA_BATCH_JSON | KCNA_BATCH_FREE_DOCS, &b),
	                 KCNA_OK);
	for (size_t i = 0; i < 2; i++) {
		kcna_doc *single = NULL;
		char *want = NULL;
		ck_assert_int_eq(kcna_parse(p, texts[i], lens[i], &single), KCNA_OK);
		ck_assert_int_eq(kcna_doc_to_json(single, 0, &want, NULL), KCNA_OK);
		const char *json = NULL;
		unsigned flags = 99;
		ck_assert_int_eq(kcna_batch_result(b, i, NULL, &json, NULL, &flags), KCNA_OK);
		ck_assert_str_eq(json, want);
		ck_assert_uint_eq(flags, kcna_doc_flags(single));
		ck_assert_uint_eq(flags & KCNA_DOC_REPAIRED_UTF8, i == 1 ? KCNA_DOC_REPAIRED_UTF8 : 0);
		kcna_doc *doc = NULL;
		ck_assert_int_eq(kcna_batch_result(b, i, &doc, NULL, NULL, NULL), KCNA_E_STATE);
		ck_assert_ptr_null(doc);
		kcna_free(want);
		kcna_doc_free(single);
	}
	kcna_batch_free(b);
	kcna_parser_free(p);
}
END_TEST

static Suite *threads_suite(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("threads");
	tcase_add_test(tc, shared_parser_across_threads);
	tcase_add_test(tc, first_parse_and_setters_race);
	tcase_add_test(tc, batch_equals_single_parses);
	tcase_add_test(tc, batch_errors_and_early_free);
	tcase_add_test(tc, batch_json_only);
	tcase_set_timeout(tc, 300);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(threads_suite)
