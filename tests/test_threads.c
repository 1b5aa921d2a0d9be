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

static Suite *threads_suite(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("threads");
	tcase_add_test(tc, shared_parser_across_threads);
	tcase_add_test(tc, first_parse_and_setters_race);
	tcase_set_timeout(tc, 300);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(threads_suite)
