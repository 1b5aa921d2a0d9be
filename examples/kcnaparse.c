/* kcnaparse: the example command-line front end of libkcnaparse.
 * Usage: kcnaparse [--json | --jsonl | --tsv] [--ref-date YYYY-MM-DD]
 *                  [--timex3] [--all-temporal] [--jsonl-input] [--pretty] [FILE... | -]
 * Exit status: 0 success; 1 an input could not be read or parsed (the others
 * are still processed); 2 usage error. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>
#include "jsonl_input.h"

enum format { FMT_JSON, FMT_JSONL, FMT_TSV };

static void usage(FILE *f)
{
	fputs("usage: kcnaparse [--json | --jsonl | --tsv] [--ref-date YYYY-MM-DD] [--timex3]\n"
	      "                 [--all-temporal] [--jsonl-input] [--pretty] [FILE... | -]\n"
	      "Finds speakers, quotes and cited dates in news text (UTF-8).\n"
	      "  --json         one JSON object per input (default)\n"
	      "  --jsonl        one JSON object per line, with a \"file\" key\n"
	      "  --tsv          one line per item: kind, start, end, value, text\n"
	      "  --ref-date D   resolve relative dates against D (else the dateline)\n"
	      "  --timex3       TempEval-3 conventions (a range is two expressions)\n"
	      "  --all-temporal also durations, sets and vague references (\"recently\")\n"
	      "  --jsonl-input  inputs are JSON Lines with \"text\" (and \"date\"); one\n"
	      "                 document per line, streamed\n"
	      "  --pretty       indent JSON\n"
	      "  --help, --version\n",
	      f);
}

static char *read_all(FILE *f, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	if (!buf)
		return NULL;
	for (;;) {
		if (n == cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

static void put_json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static void tsv_field(FILE *out, const char *s)
{
	for (; s && *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void write_tsv(FILE *out, const kcna_doc *doc, const char *name)
{
	size_t a, b;
	for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
		const kcna_quote *q = kcna_doc_quote(doc, i);
		kcna_quote_span(q, &a, &b);
		const kcna_speaker *s = kcna_quote_speaker(q);
		fprintf(out, "%s\tquote\t%zu\t%zu\t", name, a, b);
		tsv_field(out, s ? kcna_speaker_name(s) : "");
		fputc('\t', out);
		tsv_field(out, kcna_quote_text(q));
		fputc('\n', out);
	}
	for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
		const kcna_date *d = kcna_doc_date(doc, i);
		kcna_date_span(d, &a, &b);
		fprintf(out, "%s\tdate\t%zu\t%zu\t%s\t", name, a, b, kcna_date_value(d));
		tsv_field(out, kcna_date_text(d));
		fputc('\n', out);
	}
}

/* Parses one document and writes it. Returns 0, or 1 on failure. */
static int process(const kcna_parser *p, const char *text, size_t len, const char *ref, const char *name,
                   enum format fmt, unsigned json_flags)
{
	kcna_doc *doc = NULL;
	kcna_status st = kcna_parse_dated(p, text, len, ref, &doc);
	if (st != KCNA_OK) {
		fprintf(stderr, "kcnaparse: %s: %s\n", name, kcna_strerror(st));
		return 1;
	}
	if (kcna_doc_flags(doc) & KCNA_DOC_REPAIRED_UTF8)
		fprintf(stderr, "kcnaparse: %s: warning: invalid UTF-8 read as U+FFFD\n", name);
	if (kcna_doc_flags(doc) & KCNA_DOC_HAD_NUL)
		fprintf(stderr, "kcnaparse: %s: warning: NUL bytes read as spaces\n", name);
	int rc = 0;
	if (fmt == FMT_TSV) {
		write_tsv(stdout, doc, name);
	} else {
		char *json = NULL;
		size_t jlen = 0;
		st = kcna_doc_to_json(doc, fmt == FMT_JSONL ? 0 : json_flags, &json, &jlen);
		if (st != KCNA_OK) {
			fprintf(stderr, "kcnaparse: %s: %s\n", name, kcna_strerror(st));
			rc = 1;
		} else if (fmt == FMT_JSONL) {
			/* splice the "file" key in front of the object's members */
			fputs("{\"file\": ", stdout);
			put_json_string(stdout, name);
			fputs(", ", stdout);
			fwrite(json + 1, 1, jlen - 1, stdout);
			fputc('\n', stdout);
		} else {
			fwrite(json, 1, jlen, stdout);
			fputc('\n', stdout);
		}
		kcna_free(json);
	}
	kcna_doc_free(doc);
	return rc;
}

static int process_jsonl_stream(const kcna_parser *p, FILE *f, const char *name, const char *ref, enum format fmt,
                                unsigned json_flags)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;
	int rc = 0;
	while ((n = getline(&line, &cap, f)) > 0) {
		lineno++;
		char *text = NULL, *date = NULL;
		size_t tlen = 0, dlen = 0;
		int got = jsonl_get_string(line, (size_t)n, "text", &text, &tlen);
		if (got != 1) {
			if (got < 0 || n > 1)
				fprintf(stderr, "kcnaparse: %s:%ld: no \"text\" string\n", name, lineno);
			rc = 1;
			continue;
		}
		if (jsonl_get_string(line, (size_t)n, "date", &date, &dlen) != 1)
			date = NULL;
		const char *use_ref = ref;
		if (!use_ref && date && strlen(date) >= 10) {
			date[10] = 0;
			use_ref = date;
		}
		char label[64];
		snprintf(label, sizeof label, "%.40s:%ld", name, lineno);
		int r = process(p, text, tlen, use_ref, label, fmt, json_flags);
		if (r && use_ref == date)
			r = process(p, text, tlen, ref, label, fmt, json_flags); /* bad date in the data */
		rc |= r;
		free(text);
		free(date);
	}
	free(line);
	return rc;
}

int main(int argc, char **argv)
{
	enum format fmt = FMT_JSON;
	const char *ref = NULL;
	unsigned options = 0, json_flags = 0;
	int jsonl_input = 0, nfiles = 0;
	char **files = calloc((size_t)argc + 1, sizeof *files);
	if (!files)
		return 1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--json") == 0)
			fmt = FMT_JSON;
		else if (strcmp(a, "--jsonl") == 0)
			fmt = FMT_JSONL;
		else if (strcmp(a, "--tsv") == 0)
			fmt = FMT_TSV;
		else if (strcmp(a, "--timex3") == 0)
			options |= KCNA_OPT_TIMEX3;
		else if (strcmp(a, "--all-temporal") == 0)
			options |= KCNA_OPT_ALL_TEMPORAL;
		else if (strcmp(a, "--pretty") == 0)
			json_flags |= KCNA_JSON_PRETTY;
		else if (strcmp(a, "--jsonl-input") == 0)
			jsonl_input = 1;
		else if (strcmp(a, "--ref-date") == 0 || strncmp(a, "--ref-date=", 11) == 0) {
			if (a[10] == '=')
				ref = a + 11;
			else if (i + 1 < argc)
				ref = argv[++i];
			else {
				fputs("kcnaparse: --ref-date needs a value\n", stderr);
				usage(stderr);
				free(files);
				return 2;
			}
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			free(files);
			return 0;
		} else if (strcmp(a, "--version") == 0) {
			printf("kcnaparse %s\n", kcna_version());
			free(files);
			return 0;
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc)
				files[nfiles++] = argv[i];
		} else if (a[0] == '-' && a[1] != 0) {
			fprintf(stderr, "kcnaparse: unknown option %s\n", a);
			usage(stderr);
			free(files);
			return 2;
		} else {
			files[nfiles++] = argv[i];
		}
	}
	kcna_parser *p = NULL;
	kcna_status st = kcna_parser_new(&p);
	if (st == KCNA_OK)
		st = kcna_parser_set_options(p, options);
	if (st != KCNA_OK) {
		fprintf(stderr, "kcnaparse: %s\n", kcna_strerror(st));
		kcna_parser_free(p);
		free(files);
		return 1;
	}
	if (ref) {
		int y, m, d;
		char tail;
		if (sscanf(ref, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || kcna_parser_set_reference_date(p, ref) != KCNA_OK) {
			fprintf(stderr, "kcnaparse: --ref-date: not a YYYY-MM-DD date: %s\n", ref);
			kcna_parser_free(p);
			free(files);
			return 2;
		}
	}
	static char *stdin_only[] = {"-"};
	char **list = nfiles ? files : stdin_only;
	int n = nfiles ? nfiles : 1;
	if (fmt == FMT_JSON && n > 1 && !jsonl_input)
		fmt = FMT_JSONL; /* several documents: one per line */
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *name = list[i];
		FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
		if (!f) {
			fprintf(stderr, "kcnaparse: %s: %s\n", name, strerror(errno));
			rc = 1;
			continue;
		}
		if (jsonl_input) {
			rc |= process_jsonl_stream(p, f, name, ref, fmt == FMT_JSON ? FMT_JSONL : fmt, json_flags);
		} else {
			size_t len = 0;
			char *text = read_all(f, &len);
			if (!text) {
				fprintf(stderr, "kcnaparse: %s: cannot read: %s\n", name, strerror(errno ? errno : EIO));
				rc = 1;
			} else {
				rc |= process(p, text, len, NULL, name, fmt, json_flags);
				free(text);
			}
		}
		if (f != stdin)
			fclose(f);
	}
	kcna_parser_free(p);
	free(files);
	return rc;
}
