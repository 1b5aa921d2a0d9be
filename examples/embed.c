/* The smallest useful program on libkcnaparse: parse a sentence, print who
 * said what. Built against the installed library through pkg-config:
 *   cc embed.c $(pkg-config --cflags --libs kcnaparse) -o embed */
#include <stdio.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>

int main(void)
{
	const char *text = "Pyongyang, March 3 (KCNA) -- Kim Jong Un said the harvest was \"a great victory\".";
	kcna_parser *p = NULL;
	kcna_doc *doc = NULL;
	kcna_status st = kcna_parser_new(&p);
	if (st == KCNA_OK)
		st = kcna_parser_set_reference_date(p, "2024-03-03");
	if (st == KCNA_OK)
		st = kcna_parse(p, text, strlen(text), &doc);
	if (st != KCNA_OK) {
		fprintf(stderr, "embed: %s\n", kcna_strerror(st));
		kcna_parser_free(p);
		return 1;
	}
	for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
		const kcna_quote *q = kcna_doc_quote(doc, i);
		const kcna_speaker *s = kcna_quote_speaker(q);
		printf("%s: %s\n", s ? kcna_speaker_name(s) : "(unknown)", kcna_quote_text(q));
	}
	kcna_doc_free(doc);
	kcna_parser_free(p);
	return 0;
}
