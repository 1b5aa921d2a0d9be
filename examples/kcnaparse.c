/* kcnaparse: the example command-line front end of libkcnaparse.
 * Usage: see usage() and doc/kcnaparse.1.
 * Exit status: 0 success; 1 an input could not be read, parsed or written,
 * or is not text (the others are still processed); 2 usage error. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <kcnaparse/kcnaparse.h>
#include "jsonl_input.h"

enum format { FMT_JSON, FMT_JSONL, FMT_TSV };

/* The TSV columns, in order: one row per quote or date, empty where a
 * column does not apply to the row's kind. */
static const char TSV_HEADER[] = "file\tkind\tstart\tend\ttext\tspeaker\tspeaker_kind\tcue\tsource\tsubkind"
                                 "\ttype\tvalue\tend_value\tmod\tresolved\n";

static void usage(FILE *f)
{
	fputs("usage: kcnaparse [--json | --jsonl | --tsv] [--ref-date YYYY-MM-DD] [--timex3]\n"
	      "                 [--all-temporal] [--dmy] [--rule-attribution] [--jsonl-input] [--pretty] [--binary]\n"
	      "                 [--text-field NAME] [--date-field NAME] [--alias-file FILE] [-j N]\n"
	      "                 [--progress] [-o FILE] [FILE... | -]\n"
	      "Finds speakers, quotes and cited dates in news text (UTF-8).\n"
	      "  --json         one JSON object for the one input (default; with several\n"
	      "                 inputs the default is --jsonl)\n"
	      "  --jsonl        one JSON object per line, with a \"file\" key\n"
	      "  --tsv          a header line, then one line per quote, statement, message\n"
	      "                 or date with the columns file, kind\n"
	      "                 (quote|statement|message|date), start, end, text, speaker,\n"
	      "                 speaker_kind, cue, source, subkind (full|partial|term,\n"
	      "                 indirect|block, a message's kind), type, value, end_value,\n"
	      "                 mod, resolved (empty where they do not apply; a message row\n"
	      "                 gives its recipient as text, its sender as speaker, its\n"
	      "                 date as type and value)\n"
	      "  --ref-date D   resolve relative dates against D (else the dateline)\n"
	      "  --timex3       TempEval-3 conventions (a range is two expressions)\n"
	      "  --all-temporal also durations, sets and vague references (\"recently\")\n"
	      "  --dmy          numeric dates the values leave open are day/month/year\n"
	      "  --rule-attribution  attribute quotes by the hand ranking of reporting\n"
	      "                 frames (the baseline), not the learned ranker\n"
	      "  --jsonl-input  inputs are JSON Lines records with \"text\" (and \"date\"): one\n"
	      "                 document per line, streamed; each output line keeps the\n"
	      "                 record's other members (\"id\" ...); a line that is not a\n"
	      "                 record with a text is reported and skipped (exit 1)\n"
	      "  --text-field NAME, --date-field NAME  the record members to read\n"
	      "                 (default text, date: the document's reference date)\n"
	      "  --alias-file FILE  names to teach the parser: canonical<TAB>alias per line\n"
	      "  -j N           parse with N threads (output stays in input order)\n"
	      "  --progress     documents, MB and MB/s on stderr (default with\n"
	      "                 --jsonl-input when stderr is a terminal)\n"
	      "  --pretty       indent JSON (--json with one input only)\n"
	      "  --binary       parse input that looks binary instead of refusing it\n"
	      "  -o, --output FILE  write to FILE instead of standard output\n"
	      "  -h, --help     this text;  -V, --version  the library version\n",
	      f);
}

/* Whether a text looks binary: more than one byte in ten of its first
 * 64 KiB a NUL, a control character other than whitespace, or part of an
 * invalid UTF-8 sequence. News text, even damaged, stays far below. */
static int looks_binary(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = len < 65536 ? len : 65536, bad = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		if (c < 0x80) {
			bad += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
			i++;
			continue;
		}
		size_t k = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
		size_t j = 1;
		while (k && j < k && i + j < n && (s[i + j] & 0xC0) == 0x80)
			j++;
		if (!k || (j < k && i + j < n)) {
			bad++;
			i++;
		} else {
			i += j;
		}
	}
	return n && bad * 10 > n;
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

/* A TSV field: tabs and line breaks read as spaces; a tab after it unless last. */
static void tsv_field(FILE *out, const char *s, int last)
{
	for (; s && *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
	fputc(last ? '\n' : '\t', out);
}

static void write_tsv(FILE *out, const kcna_doc *doc, const char *name)
{
	size_t a, b;
	for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
		const kcna_quote *q = kcna_doc_quote(doc, i);
		kcna_quote_span(q, &a, &b);
		const kcna_speaker *s = kcna_quote_speaker(q);
		tsv_field(out, name, 0);
		fprintf(out, "quote\t%zu\t%zu\t", a, b);
		tsv_field(out, kcna_quote_text(q), 0);
		tsv_field(out, s ? kcna_speaker_name(s) : "", 0);
		tsv_field(out, s ? kcna_speaker_kind_name(kcna_speaker_kind_of(s)) : "", 0);
		tsv_field(out, kcna_quote_cue(q), 0);
		tsv_field(out, kcna_quote_source(q), 0);
		tsv_field(out, kcna_quote_kind_name(kcna_quote_kind_of(q)), 0);
		fputs("\t\t\t\t\n", out); /* the date columns */
	}
	for (size_t i = 0; i < kcna_doc_statement_count(doc); i++) {
		const kcna_statement *st = kcna_doc_statement(doc, i);
		kcna_statement_span(st, &a, &b);
		const kcna_speaker *s = kcna_statement_speaker(st);
		tsv_field(out, name, 0);
		fprintf(out, "statement\t%zu\t%zu\t", a, b);
		tsv_field(out, kcna_statement_text(st), 0);
		tsv_field(out, s ? kcna_speaker_name(s) : "", 0);
		tsv_field(out, s ? kcna_speaker_kind_name(kcna_speaker_kind_of(s)) : "", 0);
		tsv_field(out, kcna_statement_cue(st), 0);
		tsv_field(out, "", 0); /* no source column for statements yet */
		tsv_field(out, kcna_statement_kind_name(kcna_statement_kind_of(st)), 0);
		fputs("\t\t\t\t\n", out); /* the date columns */
	}
	for (size_t i = 0; i < kcna_doc_message_count(doc); i++) {
		const kcna_message *m = kcna_doc_message(doc, i);
		kcna_message_span(m, &a, &b);
		const kcna_speaker *from = kcna_message_sender(m, 0), *to = kcna_message_recipient(m, 0);
		const kcna_date *d = kcna_message_date(m);
		tsv_field(out, name, 0);
		fprintf(out, "message\t%zu\t%zu\t", a, b);
		tsv_field(out, to ? kcna_speaker_name(to) : "", 0); /* text: the (first) recipient */
		tsv_field(out, from ? kcna_speaker_name(from) : "", 0);
		tsv_field(out, from ? kcna_speaker_kind_name(kcna_speaker_kind_of(from)) : "", 0);
		fputs("\t\t", out); /* cue, source */
		tsv_field(out, kcna_message_kind_name(kcna_message_kind_of(m)), 0);
		tsv_field(out, d ? kcna_date_type_name(kcna_date_type_of(d)) : "", 0);
		tsv_field(out, d ? kcna_date_value(d) : "", 0);
		fputs("\t\t\n", out); /* end_value, mod, resolved */
	}
	for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
		const kcna_date *d = kcna_doc_date(doc, i);
		kcna_date_span(d, &a, &b);
		tsv_field(out, name, 0);
		fprintf(out, "date\t%zu\t%zu\t", a, b);
		tsv_field(out, kcna_date_text(d), 0);
		fputs("\t\t\t\t\t", out); /* the quote columns */
		tsv_field(out, kcna_date_type_name(kcna_date_type_of(d)), 0);
		tsv_field(out, kcna_date_value(d), 0);
		tsv_field(out, kcna_date_end_value(d), 0);
		tsv_field(out, kcna_date_mod_name(kcna_date_modifier(d)), 0);
		tsv_field(out, kcna_date_resolved(d) ? "true" : "false", 1);
	}
}

typedef struct run {
	const kcna_parser *parser;
	const char *ref;
	enum format fmt;
	unsigned json_flags;
	int allow_binary;
	FILE *out;
	const char *text_field, *date_field; /* --jsonl-input record members */
	int threads;                          /* -j */
	int progress;                         /* --progress */
} run;

/* Parses one document and writes it. Returns 0, or 1 on failure. */
static int process(const run *r, const char *text, size_t len, const char *ref, const char *name, const char *extra)
{
	if (!r->allow_binary && looks_binary(text, len)) {
		fprintf(stderr, "kcnaparse: %s: looks binary, not text (--binary parses it anyway)\n", name);
		return 1;
	}
	kcna_doc *doc = NULL;
	kcna_status st = kcna_parse_dated(r->parser, text, len, ref, &doc);
	if (st != KCNA_OK) {
		fprintf(stderr, "kcnaparse: %s: %s\n", name, kcna_strerror(st));
		return 1;
	}
	if (kcna_doc_flags(doc) & KCNA_DOC_REPAIRED_UTF8)
		fprintf(stderr, "kcnaparse: %s: warning: invalid UTF-8 read as U+FFFD\n", name);
	if (kcna_doc_flags(doc) & KCNA_DOC_HAD_NUL)
		fprintf(stderr, "kcnaparse: %s: warning: NUL bytes read as spaces\n", name);
	int rc = 0;
	if (r->fmt == FMT_TSV) {
		write_tsv(r->out, doc, name);
	} else {
		char *json = NULL;
		size_t jlen = 0;
		st = kcna_doc_to_json(doc, r->fmt == FMT_JSONL ? 0 : r->json_flags, &json, &jlen);
		if (st != KCNA_OK) {
			fprintf(stderr, "kcnaparse: %s: %s\n", name, kcna_strerror(st));
			rc = 1;
		} else if (r->fmt == FMT_JSONL) {
			/* splice the "file" key in front of the object's members */
			fputs("{\"file\": ", r->out);
			put_json_string(r->out, name);
			fputs(", ", r->out);
			if (extra && *extra) { /* the input record's own members: "id" ... */
				fputs(extra, r->out);
				fputs(", ", r->out);
			}
			fwrite(json + 1, 1, jlen - 1, r->out);
			fputc('\n', r->out);
		} else {
			fwrite(json, 1, jlen, r->out);
			fputc('\n', r->out);
		}
		kcna_free(json);
	}
	kcna_doc_free(doc);
	return rc;
}

/* Output members a record's own may not repeat. */
static const char *const RESERVED[] = {"file", "reference_date", "dateline", "speakers", "quotes",
                                       "dates", "statements", "messages", "author"};

/* One record of a JSON Lines stream and what parsing it wrote. */
typedef struct job {
	char *line;
	size_t len;
	long lineno;
	char *out; /* the output line(s), from a memory stream */
	size_t out_len;
	int rc;
} job;

typedef struct batch {
	const run *r;
	const char *name;
	job *jobs;
	size_t count;
	int stride, first; /* this worker's jobs: first, first + stride, ... */
} batch;

static void run_job(const run *shared, const char *name, job *jb)
{
	run r = *shared;
	r.out = open_memstream(&jb->out, &jb->out_len);
	if (!r.out) {
		jb->rc = 1;
		return;
	}
	char *text = NULL, *date = NULL, *extra = NULL;
	size_t tlen = 0, dlen = 0, elen = 0;
	int got = jsonl_get_string(jb->line, jb->len, r.text_field, &text, &tlen);
	if (got != 1) {
		if (got < 0)
			fprintf(stderr, "kcnaparse: %s:%ld: not a JSON object; skipped\n", name, jb->lineno);
		else
			fprintf(stderr, "kcnaparse: %s:%ld: no \"%s\" string; skipped\n", name, jb->lineno, r.text_field);
		jb->rc = 1;
		fclose(r.out);
		return;
	}
	if (jsonl_get_string(jb->line, jb->len, r.date_field, &date, &dlen) != 1)
		date = NULL;
	const char *skip[2 + sizeof RESERVED / sizeof RESERVED[0]] = {r.text_field};
	size_t nskip = 1;
	for (size_t k = 0; k < sizeof RESERVED / sizeof RESERVED[0]; k++)
		skip[nskip++] = RESERVED[k];
	if (r.fmt == FMT_JSONL && jsonl_members_except(jb->line, jb->len, skip, nskip, &extra, &elen) != 1)
		extra = NULL;
	const char *use_ref = r.ref;
	if (!use_ref && date && strlen(date) >= 10) {
		date[10] = 0;
		use_ref = date;
	}
	char label[64];
	snprintf(label, sizeof label, "%.40s:%ld", name, jb->lineno);
	int failed = process(&r, text, tlen, use_ref, label, extra);
	if (failed && use_ref == date && date)
		failed = process(&r, text, tlen, r.ref, label, extra); /* bad date in the data */
	jb->rc = failed;
	free(text);
	free(date);
	free(extra);
	fclose(r.out);
}

static void *run_batch(void *arg)
{
	batch *b = arg;
	for (size_t k = (size_t)b->first; k < b->count; k += (size_t)b->stride)
		run_job(b->r, b->name, &b->jobs[k]);
	return NULL;
}

enum { BATCH_PER_THREAD = 64, MAX_THREADS = 64 };

/* Reports documents, megabytes and speed on stderr. */
static void report_progress(long docs, double bytes, double started, int final)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	double secs = (double)ts.tv_sec + ts.tv_nsec / 1e9 - started;
	fprintf(stderr, "\rkcnaparse: %ld documents, %.1f MB, %.1f MB/s%s", docs, bytes / 1e6,
	        secs > 0 ? bytes / 1e6 / secs : 0.0, final ? "\n" : "");
}

/* Parses a JSON Lines stream in batches, -j threads at a time, and writes
 * the results in input order. A line that is not a record with a text is
 * reported with its number and skipped; the exit status says so at the end. */
static int process_jsonl_stream(const run *r, FILE *f, const char *name)
{
	int threads = r->threads < 1 ? 1 : r->threads > MAX_THREADS ? MAX_THREADS : r->threads;
	size_t cap = (size_t)threads * BATCH_PER_THREAD;
	job *jobs = calloc(cap, sizeof *jobs);
	if (!jobs)
		return 1;
	long lineno = 0, docs = 0;
	double bytes = 0;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	double started = (double)ts.tv_sec + ts.tv_nsec / 1e9;
	int rc = 0, eof = 0;
	while (!eof) {
		size_t count = 0;
		while (count < cap) {
			job *jb = &jobs[count];
			size_t lcap = 0;
			jb->line = NULL;
			ssize_t n = getline(&jb->line, &lcap, f);
			if (n <= 0) {
				free(jb->line);
				eof = 1;
				break;
			}
			lineno++;
			if (n == 1 && jb->line[0] == '\n') { /* a blank line: nothing to parse */
				free(jb->line);
				continue;
			}
			jb->len = (size_t)n;
			jb->lineno = lineno;
			jb->out = NULL;
			jb->out_len = 0;
			jb->rc = 0;
			bytes += (double)n;
			count++;
		}
		batch b[MAX_THREADS];
		pthread_t tid[MAX_THREADS];
		int running[MAX_THREADS] = {0};
		for (int t = 0; t < threads; t++) {
			b[t] = (batch){r, name, jobs, count, threads, t};
			if (t > 0)
				running[t] = pthread_create(&tid[t], NULL, run_batch, &b[t]) == 0;
		}
		run_batch(&b[0]);
		for (int t = 1; t < threads; t++) {
			if (running[t])
				pthread_join(tid[t], NULL);
			else
				run_batch(&b[t]); /* no thread: this one does its share */
		}
		for (size_t k = 0; k < count; k++) {
			if (jobs[k].out)
				fwrite(jobs[k].out, 1, jobs[k].out_len, r->out);
			rc |= jobs[k].rc;
			free(jobs[k].out);
			free(jobs[k].line);
		}
		docs += (long)count;
		if (r->progress)
			report_progress(docs, bytes, started, 0);
	}
	if (r->progress)
		report_progress(docs, bytes, started, 1);
	free(jobs);
	return rc;
}

/* --alias-file: "canonical<TAB>alias" per line ('#' starts a comment). */
static int read_alias_file(kcna_parser *p, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "kcnaparse: %s: %s\n", path, strerror(errno));
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;
	int rc = 0;
	while ((n = getline(&line, &cap, f)) > 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *tab = strchr(line, '\t');
		if (!tab) {
			fprintf(stderr, "kcnaparse: %s:%ld: want canonical<TAB>alias\n", path, lineno);
			rc = 1;
			continue;
		}
		*tab = 0;
		char *alias = tab + 1;
		alias[strcspn(alias, "\t")] = 0;
		kcna_status st = kcna_parser_add_alias(p, line, alias);
		if (st != KCNA_OK) {
			fprintf(stderr, "kcnaparse: %s:%ld: %s\n", path, lineno, kcna_strerror(st));
			rc = 1;
		}
	}
	free(line);
	fclose(f);
	return rc;
}

static int usage_error(const char *msg, const char *arg)
{
	fprintf(stderr, "kcnaparse: %s%s\n", msg, arg ? arg : "");
	usage(stderr);
	return 2;
}

int main(int argc, char **argv)
{
	enum format fmt = FMT_JSON;
	const char *fmt_flag = NULL, *output = NULL;
	const char *ref = NULL;
	unsigned options = 0, json_flags = 0;
	int jsonl_input = 0, nfiles = 0, allow_binary = 0, rc = 0, threads = 1, progress = -1;
	const char *text_field = "text", *date_field = "date", *alias_file = NULL;
	char **files = calloc((size_t)argc + 1, sizeof *files);
	if (!files)
		return 1;
	for (int i = 1; i < argc && !rc; i++) {
		const char *a = argv[i];
		enum format f = FMT_JSON;
		int is_fmt = 1;
		if (strcmp(a, "--json") == 0)
			f = FMT_JSON;
		else if (strcmp(a, "--jsonl") == 0)
			f = FMT_JSONL;
		else if (strcmp(a, "--tsv") == 0)
			f = FMT_TSV;
		else
			is_fmt = 0;
		if (is_fmt) {
			if (fmt_flag && strcmp(fmt_flag, a) != 0) {
				fprintf(stderr, "kcnaparse: %s and %s: choose one output format\n", fmt_flag, a);
				rc = 2;
			}
			fmt_flag = a;
			fmt = f;
		} else if (strcmp(a, "--timex3") == 0)
			options |= KCNA_OPT_TIMEX3;
		else if (strcmp(a, "--all-temporal") == 0)
			options |= KCNA_OPT_ALL_TEMPORAL;
		else if (strcmp(a, "--dmy") == 0)
			options |= KCNA_OPT_DATE_ORDER_DMY;
		else if (strcmp(a, "--rule-attribution") == 0)
			options |= KCNA_OPT_RULE_ATTRIBUTION;
		else if (strcmp(a, "--pretty") == 0)
			json_flags |= KCNA_JSON_PRETTY;
		else if (strcmp(a, "--jsonl-input") == 0)
			jsonl_input = 1;
		else if (strcmp(a, "--binary") == 0)
			allow_binary = 1;
		else if (strcmp(a, "--progress") == 0)
			progress = 1;
		else if (strcmp(a, "--text-field") == 0 || strcmp(a, "--date-field") == 0 || strcmp(a, "--alias-file") == 0 ||
		         strcmp(a, "-j") == 0) {
			const char *v = i + 1 < argc ? argv[++i] : NULL;
			if (!v)
				rc = usage_error("option needs a value: ", a);
			else if (a[1] == 'j') {
				char *end = NULL;
				long t = strtol(v, &end, 10);
				if (!*v || *end || t < 1 || t > 64)
					rc = usage_error("-j: a number of threads from 1 to 64: ", v);
				threads = (int)t;
			} else if (a[2] == 't')
				text_field = v;
			else if (a[2] == 'd')
				date_field = v;
			else
				alias_file = v;
		}
		else if (strcmp(a, "--ref-date") == 0 || strncmp(a, "--ref-date=", 11) == 0 || strcmp(a, "-o") == 0 ||
		         strcmp(a, "--output") == 0 || strncmp(a, "--output=", 9) == 0) {
			const char *eq = strchr(a, '=');
			const char *v = eq ? eq + 1 : i + 1 < argc ? argv[++i] : NULL;
			if (!v)
				rc = usage_error("option needs a value: ", a);
			else if (a[2] == 'r')
				ref = v;
			else
				output = v;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			free(files);
			return 0;
		} else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
			printf("kcnaparse %s\n", kcna_version());
			free(files);
			return 0;
		} else if (strcmp(a, "--") == 0) {
			while (++i < argc)
				files[nfiles++] = argv[i];
		} else if (a[0] == '-' && a[1] != 0) {
			rc = usage_error("unknown option ", a);
		} else {
			files[nfiles++] = argv[i];
		}
	}
	/* several documents are written one per line; --json with several
	 * files asks for one object and is refused (with --jsonl-input it
	 * names the stream's lines, as it always has) */
	if (!rc && (nfiles > 1 || jsonl_input) && fmt == FMT_JSON) {
		if (fmt_flag && !jsonl_input)
			rc = usage_error("--json writes one document; use --jsonl (the default) for several", NULL);
		fmt = FMT_JSONL;
	}
	if (!rc && (json_flags & KCNA_JSON_PRETTY) && fmt != FMT_JSON)
		rc = usage_error("--pretty applies to --json with one input only", NULL);
	if (rc) {
		free(files);
		return rc;
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
	if (alias_file && read_alias_file(p, alias_file)) {
		kcna_parser_free(p);
		free(files);
		return 1;
	}
	if (ref && kcna_parser_set_reference_date(p, ref) != KCNA_OK) {
		kcna_parser_free(p);
		free(files);
		return usage_error("--ref-date: not a YYYY-MM-DD date: ", ref);
	}
	FILE *out = output && strcmp(output, "-") != 0 ? fopen(output, "wb") : stdout;
	if (!out) {
		fprintf(stderr, "kcnaparse: %s: %s\n", output, strerror(errno));
		kcna_parser_free(p);
		free(files);
		return 1;
	}
	if (progress < 0) /* by default where someone watches */
		progress = jsonl_input && isatty(2);
	run r = {p, ref, fmt, json_flags, allow_binary, out, text_field, date_field, threads, progress};
	if (fmt == FMT_TSV)
		fputs(TSV_HEADER, out);
	static char *stdin_only[] = {"-"};
	char **list = nfiles ? files : stdin_only;
	int n = nfiles ? nfiles : 1;
	for (int i = 0; i < n; i++) {
		const char *name = list[i];
		FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
		if (!f) {
			fprintf(stderr, "kcnaparse: %s: %s\n", name, strerror(errno));
			rc = 1;
			continue;
		}
		if (jsonl_input) {
			rc |= process_jsonl_stream(&r, f, name);
		} else {
			size_t len = 0;
			char *text = read_all(f, &len);
			if (!text) {
				fprintf(stderr, "kcnaparse: %s: cannot read: %s\n", name, strerror(errno ? errno : EIO));
				rc = 1;
			} else {
				rc |= process(&r, text, len, NULL, name, NULL);
				free(text);
			}
		}
		if (f != stdin)
			fclose(f);
	}
	if (fflush(out) != 0 || ferror(out) || (out != stdout && fclose(out) != 0)) {
		fprintf(stderr, "kcnaparse: %s: write error: %s\n", output ? output : "standard output", strerror(errno));
		rc = 1;
	}
	kcna_parser_free(p);
	free(files);
	return rc;
}
