/* Sentence segmentation: the windowed use of ICU (segment.c) must give the
 * same sentence starts as one ICU pass over the whole text. Reaches the
 * tokens through the library's internals (linked statically). */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include "check_main.h"
#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include "internal.h"

static kcna_parser *parser;

static void setup(void)
{
	ck_assert_int_eq(kcna_parser_new(&parser), KCNA_OK);
	parser->keep_internals = 1; /* these tests read the tokens after the parse */
}

static void teardown(void)
{
	kcna_parser_free(parser);
}

/* Sentence starts (token indexes, as flags) from a whole-text ICU pass,
 * paragraphs, line separators and glued sentences ("dismiss.The"), the
 * rule segment.c promises to match. */
static void assert_same_as_full_pass(const char *text)
{
	kcna_doc *doc = NULL;
	ck_assert_int_eq(kcna_parse(parser, text, strlen(text), &doc), KCNA_OK);
	UErrorCode err = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_clone(parser->sentence_template, &err);
	UText *ut = utext_openUTF8(NULL, doc->txt.buf, doc->txt.len, &err);
	ubrk_setUText(bi, ut, &err);
	ck_assert_msg(U_SUCCESS(err), "ICU: %s", u_errorName(err));
	int32_t boundary = ubrk_next(bi);
	const segmentation *sg = &doc->seg;
	uint32_t starts = 0, glued = 0, entity = 0;
	for (size_t ti = 0; ti < sg->toks.count; ti++) {
		const token *t = &sg->toks.items[ti];
		int expected = ti == 0 || (t->flags & TF_PARA_START) || (t->flags & TF_LINE_SEP_BEFORE) ||
		               ti == glued || ti == entity;
		uint32_t g = kcna_glued_sentence_start(doc, ti), e = kcna_entity_quote_close_start(doc, ti);
		if (g)
			glued = g;
		if (e)
			entity = e;
		while (boundary != UBRK_DONE && (uint32_t)boundary <= t->start) {
			expected = !(ti >= 1 && (kcna_initial_period(doc, ti - 1) || kcna_initialism_period(doc, ti - 1))) ||
			           expected;
			boundary = ubrk_next(bi);
		}
		ck_assert_msg(expected == !!(t->flags & TF_SENT_START), "sentence start %s at byte %u of \"%s\"",
		              expected ? "missed" : "invented", t->start, text);
		starts += expected;
		/* each token carries its sentence's number and that sentence's first token */
		ck_assert_uint_eq(t->sent, starts - 1);
		ck_assert_uint_lt(t->sent, sg->sent_first_tok.count);
		ck_assert_uint_le(sg->sent_first_tok.items[t->sent], ti);
	}
	ck_assert_uint_eq(sg->sent_first_tok.count, starts);
	utext_close(ut);
	ubrk_close(bi);
	kcna_doc_free(doc);
}

static size_t sentence_count(const char *text)
{
	kcna_doc *doc = NULL;
	ck_assert_int_eq(kcna_parse(parser, text, strlen(text), &doc), KCNA_OK);
	size_t n = doc->seg.sent_first_tok.count;
	kcna_doc_free(doc);
	return n;
}

START_TEST(test_sentences_where_expected)
{
	ck_assert_uint_eq(sentence_count("The talks ended. Both sides left."), 2);
	/* an initial before a name ends no sentence; "I." does */
	ck_assert_uint_eq(sentence_count("He met V. Putin in Moscow. Then he left."), 2);
	ck_assert_uint_eq(sentence_count("The winner was I. Then came the rest."), 2);
	/* scraped text: a quotation mark written as an entity opens a sentence */
	ck_assert_uint_eq(sentence_count("Wi told reporters. &quot;Seoul is ready,&quot; he said."), 2);
	ck_assert_uint_eq(sentence_count("He met Mr. &quot;Big&quot; Kim."), 1);
	ck_assert_uint_eq(sentence_count("Mr. Ri spoke to the U.S. envoy on Dec. 5 at 10 a.m. in Seoul."), 1);
	/* an initialism before a title or a name goes on; before "The", a sentence starts */
	ck_assert_uint_eq(sentence_count("Kim met U.S. President Lee and the U.N. Security Council."), 1);
	ck_assert_uint_eq(sentence_count("Kim met envoys of the U.S. The talks ended."), 2);
	/* a closing entity mark ends a sentence before a capitalised word; "Mr.&quot; Kim" is ICU's */
	ck_assert_uint_eq(sentence_count("It was a &quot;weapon.&quot; He left."), 2);
	ck_assert_uint_eq(sentence_count("It was a &quot;weapon&quot; he said."), 1);
	/* a chronology glued to the entry before it */
	ck_assert_uint_eq(sentence_count("1896 -- The dynasty fell.1905 -- The railway opened."), 2);
	ck_assert_uint_eq(sentence_count("Prices rose 2.5 percent. Was it enough? No!"), 3);
	ck_assert_uint_eq(sentence_count("He said: \"We will win.\" They cheered."), 2);
	ck_assert_uint_eq(sentence_count("One line\rand another\xE2\x80\xA8" "and a third"), 3);
	/* sentences a scraper glued together split; abbreviations and names do not */
	ck_assert_uint_eq(sentence_count("It was hard to dismiss.The talks went on."), 2);
	ck_assert_uint_eq(sentence_count("A platform appears,\xE2\x80\x9D said Shin.\xE2\x80\x9CThis suggests help.\xE2\x80\x9D"), 2);
	ck_assert_uint_eq(sentence_count("Troops left the U.S.Army base at 5 p.m.Tuesday near nknews.org today."), 1);
	ck_assert_uint_eq(sentence_count("He visited Pyongyang.KCNA reported it."), 1);
}
END_TEST

START_TEST(test_each_rule_matches_icu)
{
	static const char *const texts[] = {
	    "The talks ended. Both sides left.",
	    "Mr. Ri met Ms. Choe. Then Dr. Han came.",
	    "He flew to the U.S. and met officials of the U.S., Japan and others.",
	    "U.S.-led drills began. The U.S. Forces said so.",
	    "He met U.S. President Lee. The U.S. The end. A &quot;weapon.&quot; He left. Mr.&quot; Kim went.",
	    "Talks stalled.2020 -- The plan failed.",
	    "The ministry of the DPRK. Herein lies the point. Against NATO. Members met.",
	    "Rain was 57.7 mm. It fell on Nov. 28 when it was cold. On Nov. 29 It rained.",
	    "Investment Co. Ltd.; Pak Chol, president. Trump vs. Clinton?; next.",
	    "\"We will win.\" They cheered. 'Go!' he said. (See below.) Then?! Yes... Maybe.",
	    "It ended .  Two spaces.  Then  \"A quote\" and (Brackets) Here. \xE2\x80\x9C" "Curly.\xE2\x80\x9D Next.",
	    "Line one.\nLine two.\r\nLine three.\rLine four.\xE2\x80\xA8Line five.\xC2\x85" "Line six.",
	    "I.e. this. E.g. That. S.p.A. Firms. Hon.B.A. Degree. 1995. The year.",
	    "Kim said. 3 people came. 3 more came. x. Y. \xC3\x89lan. \xC3\x89 went. Done\xE3\x80\x82 Next\xD8\x9F Ok.",
	    "",
	    ".",
	    "...",
	    "A. B. C. d. e. F.G.H. i.j. K.l. Mt. Paektu. Mt. Kumgang is high.",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		assert_same_as_full_pass(texts[i]);
}
END_TEST

/* Many random mixes of the pieces the rules care about. */
START_TEST(test_random_mixes_match_icu)
{
	static const char *const pieces[] = {
	    "Mr.", "U.S.", "the", "DPRK.", "said.", "He", "she", "Dec.", "5", ".", "?", "!", "...", "\"", "'",
	    ")", "(", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xE2\x80\x99", "a.m.", "e.g.", "Mt.", "Ltd.;", ",", ":",
	    "-", "\n", "\n\n", "\r", "\xE2\x80\xA8", "  ", "Kim", "NATO.", "3.5", "Approx.", "vs.", "I.e.",
	    "S.p.A.", "1995.", "x", "Y", "\xC3\xA9", "\xC3\x89lan.", "\xE3\x80\x82", "Hon.B.A.", "(Mr.", "J.K.",
	    "lower", "Upper", ";", " ", "\t", "President", "2020 --"};
	const size_t n_pieces = sizeof pieces / sizeof pieces[0];
	uint32_t seed = 12345;
	char text[2048];
	for (int round = 0; round < 3000; round++) {
		size_t len = 0;
		seed = seed * 1103515245u + 12345u;
		int words = 5 + (int)((seed >> 16) % 120);
		for (int w = 0; w < words; w++) {
			seed = seed * 1103515245u + 12345u;
			const char *p = pieces[(seed >> 16) % n_pieces];
			size_t pl = strlen(p);
			if (len + pl + 2 >= sizeof text)
				break;
			memcpy(text + len, p, pl);
			len += pl;
			if ((seed >> 8) % 10 < 6)
				text[len++] = ' ';
		}
		text[len] = 0;
		assert_same_as_full_pass(text);
	}
}
END_TEST

/* The lexicon look-up by the tokenizer: any case, words past eight letters
 * compared in full, and nothing for a word that only starts like one. */
START_TEST(test_lexicon_words_in_any_case)
{
	static const struct {
		const char *word;
		uint32_t cls; /* a class it must have, 0 = not in the lexicon */
	} cases[] = {
		{"said", LX_CUE},        {"SAID", LX_CUE},         {"Emphasizing", LX_CUE},  {"EMPHASIZING", LX_CUE},
		{"emphasizingly", 0},    {"emphasizin", 0},        {"Monday", LX_WEEKDAY},   {"mondayz", 0},
		{"characterized", LX_CUE}, {"characterizer", 0},   {"sai", 0},               {"saidx", 0},
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		char text[64];
		snprintf(text, sizeof text, "%s", cases[k].word); /* last in the text: read through the padding */
		kcna_doc *doc = NULL;
		ck_assert_int_eq(kcna_parse(parser, text, strlen(text), &doc), KCNA_OK);
		ck_assert_uint_eq(doc->seg.toks.count, 1);
		const token *t = &doc->seg.toks.items[0];
		ck_assert_msg(cases[k].cls ? (t->lex && (t->cls & cases[k].cls)) : (!t->lex && !t->cls), "%s", text);
		ck_assert_uint_eq(t->hash, kcna_lexicon_hash(text, strlen(text)));
		kcna_doc_free(doc);
	}
}
END_TEST

/* A word sharing a lexicon word's length and first eight letters, whose hash
 * leads to that word's slot, is still not that word: the look-up compares
 * the letters past the eighth. Such words are found by search. */
START_TEST(test_lexicon_compares_past_eight_letters)
{
	const char *known = "characterized";
	size_t n = strlen(known);
	uint32_t cls;
	uint16_t id = kcna_lexicon_find_string(parser->lex, known, n, &cls);
	ck_assert_uint_ne(id, 0);
	int tried = 0;
	char v[32];
	for (int a = 'a'; a <= 'z'; a++)
		for (int b = 'a'; b <= 'z'; b++)
			for (int c = 'a'; c <= 'z'; c++) {
				snprintf(v, sizeof v, "characteri%c%c%c", a, b, c);
				uint32_t h = kcna_lexicon_hash(v, n);
				if (strcmp(v, known) == 0 || (parser->lex->slots[lexicon_slot_a(h)] != id &&
				                               parser->lex->slots[lexicon_slot_b(h)] != id))
					continue;
				kcna_doc *doc = NULL;
				ck_assert_int_eq(kcna_parse(parser, v, n, &doc), KCNA_OK);
				ck_assert_msg(doc->seg.toks.items[0].lex != id, "%s read as %s", v, known);
				kcna_doc_free(doc);
				tried++;
			}
	ck_assert_int_gt(tried, 0);
}
END_TEST

/* The cue lists the tokenizer hands to the later passes hold exactly the
 * tokens each pass would pick, in order. */
/* The cue lists against a differential run: the same text parsed with
 * every token a date, mention and quote cue must give the same JSON. A
 * token the tokenizer fails to list (a date's first word, a name's, a
 * quote mark) shows as a difference; the lists are not re-derived here. */
static void assert_cues_complete(const char *text)
{
	kcna_parser *every = NULL;
	ck_assert_int_eq(kcna_parser_new(&every), KCNA_OK);
	every->cue_every_token = 1;
	every->keep_internals = 1;
	kcna_doc *listed = NULL, *visited = NULL;
	ck_assert_int_eq(kcna_parse_dated(parser, text, strlen(text), "2024-05-03", &listed), KCNA_OK);
	ck_assert_int_eq(kcna_parse_dated(every, text, strlen(text), "2024-05-03", &visited), KCNA_OK);
	ck_assert_uint_eq(visited->seg.date_cues.count, visited->seg.toks.count);
	char *a = NULL, *b = NULL;
	ck_assert_int_eq(kcna_doc_to_json(listed, 0, &a, NULL), KCNA_OK);
	ck_assert_int_eq(kcna_doc_to_json(visited, 0, &b, NULL), KCNA_OK);
	ck_assert_str_eq(a, b);
	/* each list in token order, each entry a token */
	const segmentation *sg = &listed->seg;
	const VEC(uint32_t) *lists[] = {(const void *)&sg->sent_cues, (const void *)&sg->date_cues,
	                                 (const void *)&sg->mention_cues, (const void *)&sg->quote_cues};
	for (size_t l = 0; l < 4; l++)
		for (size_t k = 0; k < lists[l]->count; k++) {
			ck_assert_uint_lt(lists[l]->items[k], sg->toks.count);
			ck_assert(k == 0 || lists[l]->items[k - 1] < lists[l]->items[k]);
		}
	kcna_free(a);
	kcna_free(b);
	kcna_doc_free(listed);
	kcna_doc_free(visited);
	kcna_parser_free(every);
}

START_TEST(test_cues_complete)
{
	assert_cues_complete("Pyongyang, May 3 (KCNA) -- The minister said on Monday that he met Kim Jong Un.\n"
	                     "\n\"We will win,\" she added. It rained for 3 days!\r\nThe ministry? Later, "
	                     "Comrade\xc3\x89mile Pak and the leader spoke in 2024 about the new year.");
	assert_cues_complete("  . ! ? 12 a the this Year-earlier\xe2\x80\xa8Victory Day victory day");
	assert_cues_complete("He said &quot;no&quot; and \xe2\x80\x9cyes\xe2\x80\x9d, 'maybe' \xc2\xabnon\xc2\xbb \xe2\x80\x94 fine.");
	assert_cues_complete("");
}
END_TEST

/* The differential run over every corpus article, where ../shared exists. */
START_TEST(test_cues_complete_on_the_corpus)
{
	const char *dirs[] = {"../shared/corpus/kcna", "../shared/corpus/yonhap", "../shared/corpus/rodong",
	                      "../shared/corpus/seeds"};
	size_t files = 0;
	char root[4096];
	const char *src = getenv("KCNA_SOURCE_ROOT");
	if (getenv("KCNA_NO_CORPUS")) { /* valgrind in CI: the sanitizer runs cover it */
		fprintf(stderr, "SKIP the corpus run: KCNA_NO_CORPUS\n");
		return;
	}
	for (size_t d = 0; d < 4; d++) {
		snprintf(root, sizeof root, "%s/%s", src ? src : ".", dirs[d]);
		DIR *dir = opendir(root);
		if (!dir)
			continue;
		for (struct dirent *e; (e = readdir(dir));) {
			size_t n = strlen(e->d_name);
			if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
				continue;
			char path[8192];
			snprintf(path, sizeof path, "%s/%s", root, e->d_name);
			FILE *f = fopen(path, "rb");
			ck_assert_ptr_nonnull(f);
			static char buf[1 << 20];
			size_t len = fread(buf, 1, sizeof buf - 1, f);
			fclose(f);
			buf[len] = 0;
			assert_cues_complete(buf);
			files++;
		}
		closedir(dir);
	}
	if (!files)
		fprintf(stderr, "SKIP the corpus run: ../shared/corpus is absent\n");
}
END_TEST

static Suite *segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("sentences");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_sentences_where_expected);
	tcase_add_test(tc, test_each_rule_matches_icu);
	tcase_add_test(tc, test_random_mixes_match_icu);
	suite_add_tcase(s, tc);
	TCase *tk = tcase_create("tokens");
	tcase_add_checked_fixture(tk, setup, teardown);
	tcase_add_test(tk, test_lexicon_words_in_any_case);
	tcase_add_test(tk, test_lexicon_compares_past_eight_letters);
	tcase_add_test(tk, test_cues_complete);
	tcase_add_test(tk, test_cues_complete_on_the_corpus);
	suite_add_tcase(s, tk);
	return s;
}

CHECK_MAIN(segment_suite)
