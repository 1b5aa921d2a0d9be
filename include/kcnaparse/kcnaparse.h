/*
 * libkcnaparse — speakers, quoted statements and cited dates in news text
 * about North Korean state media.
 *
 * Conventions (see doc/api.md):
 *  - Every handle is opaque; create/free pairs; free functions accept NULL.
 *  - Functions that can fail return kcna_status; out-parameters come last.
 *  - Strings returned by accessors are borrowed NUL-terminated UTF-8, valid
 *    until the handle that owns them (the kcna_doc) is freed.
 *  - Offsets are UTF-8 byte offsets into the input exactly as given, end
 *    exclusive.
 *  - A kcna_parser is configured, then frozen by its first parse: any number
 *    of threads may call kcna_parse() with it at once, and configuring it
 *    afterwards gives KCNA_E_STATE. A kcna_doc belongs to one thread at a
 *    time, and stays valid after its parser is freed (it holds a reference).
 */
#ifndef KCNAPARSE_H
#define KCNAPARSE_H

#include <stddef.h>
#include <kcnaparse/version.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(KCNAPARSE_STATIC)
#define KCNA_EXPORT
#elif defined(KCNAPARSE_BUILDING) && defined(__GNUC__)
#define KCNA_EXPORT __attribute__((visibility("default")))
#else
#define KCNA_EXPORT
#endif

typedef enum kcna_status {
	KCNA_OK = 0,
	KCNA_E_INVALID_ARG = 1, /* NULL where a value is required, bad index */
	KCNA_E_NOMEM = 2,       /* an allocation failed; nothing was leaked */
	KCNA_E_TOO_LARGE = 3,   /* input longer than the parser's limit */
	KCNA_E_BAD_DATE = 4,    /* a reference date that is not YYYY-MM-DD */
	KCNA_E_NOT_FOUND = 5,   /* the item has no such field (e.g. no anchor) */
	KCNA_E_STATE = 6,       /* configuring a parser after its first parse */
	KCNA_E_BAD_NAME = 7     /* an alias or canonical name that is empty, not valid
	                         * UTF-8, holds control characters or starts with
	                         * punctuation */
} kcna_status;

/* Each kind enum has a *_NONE value: what an accessor given NULL returns,
 * never a real kind. Its name (kcna_*_name) is NULL. */
typedef enum kcna_speaker_kind {
	KCNA_SPEAKER_NONE = -1,
	KCNA_SPEAKER_PERSON = 0,
	KCNA_SPEAKER_ORGANIZATION = 1,
	KCNA_SPEAKER_MEDIA = 2,
	KCNA_SPEAKER_COUNTRY = 3
} kcna_speaker_kind;

typedef enum kcna_quote_kind {
	KCNA_QUOTE_NONE = -1,
	KCNA_QUOTE_FULL = 0,    /* a whole sentence or more */
	KCNA_QUOTE_PARTIAL = 1, /* a phrase inside a sentence */
	KCNA_QUOTE_TERM = 2     /* a quoted name, title or scare-quoted term */
} kcna_quote_kind;

/* Since 0.2: reported speech without quotation marks. */
typedef enum kcna_statement_kind {
	KCNA_STATEMENT_NONE = -1,
	KCNA_STATEMENT_INDIRECT = 0, /* "Kim said (that) ...", "..., the message noted" */
	KCNA_STATEMENT_BLOCK = 1     /* a paragraph after "The message said:" */
} kcna_statement_kind;

/* Since 0.2: what kind of written communication a message is. */
typedef enum kcna_message_kind {
	KCNA_MESSAGE_NONE = -1,
	KCNA_MESSAGE_LETTER = 0,
	KCNA_MESSAGE_MESSAGE,
	KCNA_MESSAGE_GREETINGS,
	KCNA_MESSAGE_CONGRATULATIONS,
	KCNA_MESSAGE_CONDOLENCES,
	KCNA_MESSAGE_SYMPATHY,
	KCNA_MESSAGE_REPLY,
	KCNA_MESSAGE_THANKS,
	KCNA_MESSAGE_OTHER
} kcna_message_kind;

typedef enum kcna_date_type {
	KCNA_DATE_NONE = -1,
	KCNA_DATE_DATE = 0,
	KCNA_DATE_TIME = 1,
	KCNA_DATE_DURATION = 2,
	KCNA_DATE_SET = 3
} kcna_date_type;

typedef enum kcna_date_mod {
	KCNA_MOD_NONE = 0,
	KCNA_MOD_EARLY,
	KCNA_MOD_MID,
	KCNA_MOD_LATE,
	KCNA_MOD_START,
	KCNA_MOD_END,
	KCNA_MOD_APPROX,
	KCNA_MOD_LESS_THAN,
	KCNA_MOD_MORE_THAN
} kcna_date_mod;

/* Parser options (bitmask for kcna_parser_set_options). */
#define KCNA_OPT_TIMEX3 0x1u         /* TempEval-3 conventions: a range is two expressions */
#define KCNA_OPT_NO_HTML_ENTITIES 0x2u /* do not read &quot; as a quote mark */
/* Also report the temporal expressions that cite no calendar date: durations
 * ("for five years"), sets ("weekly") and vague references ("recently",
 * "in the future"). KCNA_OPT_TIMEX3 implies it. */
#define KCNA_OPT_ALL_TEMPORAL 0x4u
/* Since 0.2: numeric dates whose order the values leave open ("06/12/2008")
 * are day/month/year, not the default month/day/year of English news. */
#define KCNA_OPT_DATE_ORDER_DMY 0x8u
/* Since 0.3: attribute quotes by the hand-written ranking of reporting
 * frames (the baseline) instead of the learned candidate ranker. */
#define KCNA_OPT_RULE_ATTRIBUTION 0x10u

/* Document flags (kcna_doc_flags). */
#define KCNA_DOC_REPAIRED_UTF8 0x1u /* invalid bytes were read as U+FFFD */
#define KCNA_DOC_HAD_NUL 0x2u       /* NUL bytes were read as spaces */

/* JSON flags (kcna_doc_to_json). */
#define KCNA_JSON_PRETTY 0x1u

typedef struct kcna_parser kcna_parser;
typedef struct kcna_doc kcna_doc;
typedef struct kcna_speaker kcna_speaker;
typedef struct kcna_quote kcna_quote;
typedef struct kcna_date kcna_date;
typedef struct kcna_statement kcna_statement;
typedef struct kcna_message kcna_message;
typedef struct kcna_batch kcna_batch;

/* Memory hooks. The parser and every document parsed with it use them. */
typedef struct kcna_allocator {
	void *(*malloc_fn)(size_t size, void *user);
	void *(*realloc_fn)(void *ptr, size_t size, void *user);
	void (*free_fn)(void *ptr, void *user);
	void *user;
} kcna_allocator;

/* ---- library ---- */
KCNA_EXPORT const char *kcna_version(void); /* "MAJOR.MINOR.PATCH" */
KCNA_EXPORT int kcna_version_number(void);  /* MAJOR*10000 + MINOR*100 + PATCH */
KCNA_EXPORT const char *kcna_strerror(kcna_status status);
/* Frees memory the library handed to the caller (kcna_doc_to_json). */
KCNA_EXPORT void kcna_free(void *ptr);

/* ---- parser: configuration, immutable while parsing ---- */
KCNA_EXPORT kcna_status kcna_parser_new(kcna_parser **out);
/* alloc may be NULL (malloc/realloc/free); it is copied. */
KCNA_EXPORT kcna_status kcna_parser_new_with_allocator(const kcna_allocator *alloc, kcna_parser **out);
KCNA_EXPORT void kcna_parser_free(kcna_parser *p);
/* "YYYY-MM-DD", or NULL to clear (the dateline is then used). */
KCNA_EXPORT kcna_status kcna_parser_set_reference_date(kcna_parser *p, const char *iso_date);
KCNA_EXPORT kcna_status kcna_parser_set_options(kcna_parser *p, unsigned options);
/* Inputs longer than max_bytes give KCNA_E_TOO_LARGE; 0 means no limit but
 * KCNA_MAX_INPUT (offsets are 32-bit). The default is 256 MiB. */
#define KCNA_MAX_INPUT ((size_t)0xFFFFFFF0u)
KCNA_EXPORT kcna_status kcna_parser_set_max_input(kcna_parser *p, size_t max_bytes);
/* Teach the parser that alias names the same person as canonical (both UTF-8
 * names, e.g. "Kim Jong Un", "Kim Jong-un"). Amortised O(1); the index is
 * built once, at the first parse. A bad name gives KCNA_E_BAD_NAME. */
KCNA_EXPORT kcna_status kcna_parser_add_alias(kcna_parser *p, const char *canonical, const char *alias);
/* Since 0.2: count pairs (canonical[i], aliases[i]) at once. Every name is
 * checked before any is added: on KCNA_E_BAD_NAME nothing was added and
 * *bad_index (may be NULL) is the first bad pair. */
KCNA_EXPORT kcna_status kcna_parser_add_aliases(kcna_parser *p, const char *const *canonical,
                                                const char *const *aliases, size_t count, size_t *bad_index);

/* ---- parsing ---- */
/* Parses len bytes of UTF-8 (need not be NUL-terminated). Invalid UTF-8 is
 * repaired (each bad byte read as U+FFFD, offsets unchanged) and flagged. */
KCNA_EXPORT kcna_status kcna_parse(const kcna_parser *p, const char *utf8, size_t len, kcna_doc **out);
/* As kcna_parse, with a per-document reference date ("YYYY-MM-DD" or NULL for
 * the parser's). */
KCNA_EXPORT kcna_status kcna_parse_dated(const kcna_parser *p, const char *utf8, size_t len,
                                         const char *reference_date, kcna_doc **out);
KCNA_EXPORT void kcna_doc_free(kcna_doc *doc);
KCNA_EXPORT unsigned kcna_doc_flags(const kcna_doc *doc);
/* The reference date in use ("YYYY-MM-DD"), or NULL when none is known. */
KCNA_EXPORT const char *kcna_doc_reference_date(const kcna_doc *doc);
/* The document's own date from its heading, or NULL. */
KCNA_EXPORT const kcna_date *kcna_doc_dateline(const kcna_doc *doc);

KCNA_EXPORT size_t kcna_doc_speaker_count(const kcna_doc *doc);
KCNA_EXPORT const kcna_speaker *kcna_doc_speaker(const kcna_doc *doc, size_t i);
KCNA_EXPORT size_t kcna_doc_quote_count(const kcna_doc *doc);
KCNA_EXPORT const kcna_quote *kcna_doc_quote(const kcna_doc *doc, size_t i);
KCNA_EXPORT size_t kcna_doc_date_count(const kcna_doc *doc);
KCNA_EXPORT const kcna_date *kcna_doc_date(const kcna_doc *doc, size_t i);

/* Since 0.2: statements (reported speech) and the document's own voice
 * (a commentary's or a press statement's author; NULL for a report). */
KCNA_EXPORT size_t kcna_doc_statement_count(const kcna_doc *doc);
KCNA_EXPORT const kcna_statement *kcna_doc_statement(const kcna_doc *doc, size_t i);
KCNA_EXPORT const kcna_speaker *kcna_doc_author(const kcna_doc *doc);
/* Since 0.2: letters, greetings and replies between parties. */
KCNA_EXPORT size_t kcna_doc_message_count(const kcna_doc *doc);
KCNA_EXPORT const kcna_message *kcna_doc_message(const kcna_doc *doc, size_t i);

/* Writes output format v2 (doc/output-format.md) to a NUL-terminated buffer
 * the caller frees with kcna_free(). len may be NULL. */
KCNA_EXPORT kcna_status kcna_doc_to_json(const kcna_doc *doc, unsigned flags, char **out, size_t *len);

/* ---- speakers ---- */
KCNA_EXPORT size_t kcna_speaker_id(const kcna_speaker *s);
KCNA_EXPORT const char *kcna_speaker_name(const kcna_speaker *s);
KCNA_EXPORT kcna_speaker_kind kcna_speaker_kind_of(const kcna_speaker *s);
KCNA_EXPORT const char *kcna_speaker_title(const kcna_speaker *s); /* NULL if none */
KCNA_EXPORT size_t kcna_speaker_alias_count(const kcna_speaker *s);
KCNA_EXPORT const char *kcna_speaker_alias(const kcna_speaker *s, size_t i);
KCNA_EXPORT size_t kcna_speaker_mention_count(const kcna_speaker *s);
KCNA_EXPORT kcna_status kcna_speaker_mention_span(const kcna_speaker *s, size_t i, size_t *start, size_t *end);

/* ---- quotes ---- */
KCNA_EXPORT const char *kcna_quote_text(const kcna_quote *q);
KCNA_EXPORT kcna_status kcna_quote_span(const kcna_quote *q, size_t *start, size_t *end);
KCNA_EXPORT const kcna_speaker *kcna_quote_speaker(const kcna_quote *q); /* NULL if unknown */
KCNA_EXPORT const char *kcna_quote_cue(const kcna_quote *q);             /* NULL if none */
KCNA_EXPORT const char *kcna_quote_source(const kcna_quote *q);          /* NULL if none */
KCNA_EXPORT kcna_quote_kind kcna_quote_kind_of(const kcna_quote *q);
/* Since 0.3: how sure the learned ranker is of the quote's speaker, the
 * probability it gives that choice in [0, 1]; 0 when the quote has no
 * speaker, 1 under KCNA_OPT_RULE_ATTRIBUTION. A desk can review the low ones. */
KCNA_EXPORT double kcna_quote_confidence(const kcna_quote *q);

/* ---- statements (since 0.2) ---- */
KCNA_EXPORT const char *kcna_statement_text(const kcna_statement *s);
KCNA_EXPORT kcna_status kcna_statement_span(const kcna_statement *s, size_t *start, size_t *end);
KCNA_EXPORT const kcna_speaker *kcna_statement_speaker(const kcna_statement *s); /* NULL if unknown */
KCNA_EXPORT const char *kcna_statement_cue(const kcna_statement *s);
KCNA_EXPORT kcna_statement_kind kcna_statement_kind_of(const kcna_statement *s);
/* Since 0.3: the ranker's probability for an indirect statement's speaker
 * in [0, 1]: 0 when it found no one (the statement stage's choice, if any,
 * is kept), 1 for a block's paragraph or under KCNA_OPT_RULE_ATTRIBUTION. */
KCNA_EXPORT double kcna_statement_confidence(const kcna_statement *s);
KCNA_EXPORT const char *kcna_statement_kind_name(kcna_statement_kind k); /* "indirect", "block" */

/* ---- messages (since 0.2) ---- */
KCNA_EXPORT kcna_message_kind kcna_message_kind_of(const kcna_message *m);
KCNA_EXPORT const char *kcna_message_kind_name(kcna_message_kind k); /* "letter", "reply" ... */
/* The span of the noun that names it ("reply message"). */
KCNA_EXPORT kcna_status kcna_message_span(const kcna_message *m, size_t *start, size_t *end);
KCNA_EXPORT size_t kcna_message_sender_count(const kcna_message *m);
KCNA_EXPORT const kcna_speaker *kcna_message_sender(const kcna_message *m, size_t i);
KCNA_EXPORT size_t kcna_message_recipient_count(const kcna_message *m);
KCNA_EXPORT const kcna_speaker *kcna_message_recipient(const kcna_message *m, size_t i);
/* The date it was sent (a date item of the document), or NULL. */
KCNA_EXPORT const kcna_date *kcna_message_date(const kcna_message *m);
/* The span of its occasion ("the 79th anniversary of ..."); KCNA_E_NOT_FOUND if none. */
KCNA_EXPORT kcna_status kcna_message_occasion_span(const kcna_message *m, size_t *start, size_t *end);
/* The statements that reproduce its words. */
KCNA_EXPORT size_t kcna_message_statement_count(const kcna_message *m);
KCNA_EXPORT const kcna_statement *kcna_message_statement(const kcna_message *m, size_t i);

/* ---- dates ---- */
KCNA_EXPORT const char *kcna_date_text(const kcna_date *d);
KCNA_EXPORT kcna_status kcna_date_span(const kcna_date *d, size_t *start, size_t *end);
KCNA_EXPORT kcna_date_type kcna_date_type_of(const kcna_date *d);
/* ISO 8601 / TIMEX3 value: "2024-08-16", "2024-08", "XXXX-08-16", "P5Y",
 * "2024-12-09/2024-12-11", "PAST_REF" ... */
KCNA_EXPORT const char *kcna_date_value(const kcna_date *d);
KCNA_EXPORT int kcna_date_resolved(const kcna_date *d); /* 1 if the value has no X */
/* Broken-down start of the value; -1 where unknown. */
KCNA_EXPORT int kcna_date_year(const kcna_date *d);
KCNA_EXPORT int kcna_date_month(const kcna_date *d);
KCNA_EXPORT int kcna_date_day(const kcna_date *d);
/* For an interval, the value of its end ("2024-12-11"); NULL otherwise. */
KCNA_EXPORT const char *kcna_date_end_value(const kcna_date *d);
KCNA_EXPORT kcna_date_mod kcna_date_modifier(const kcna_date *d);
/* The span of the expression a relative date was anchored to (KCNA_E_NOT_FOUND
 * when it was anchored to the reference date or is absolute). */
KCNA_EXPORT kcna_status kcna_date_anchor_span(const kcna_date *d, size_t *start, size_t *end);

/* ---- batches (since 0.4): many documents on the library's own threads ---- */
/* kcna_batch_start flag: export each document as JSON (KCNA_JSON_PRETTY may
 * be given with it). */
#define KCNA_BATCH_JSON 0x100u
/* kcna_batch_start flag, with KCNA_BATCH_JSON: each document is freed on its
 * worker once exported, and only its JSON and flags are kept (the fastest
 * way to a stream of JSON). */
#define KCNA_BATCH_FREE_DOCS 0x200u
/* Starts parsing count documents (texts[i], lengths[i]; reference_dates NULL
 * or one "YYYY-MM-DD" or NULL per document) on up to `threads` threads of
 * the library's own, in input order, and returns at once. The arrays and the
 * texts are borrowed until kcna_batch_free. While the batch runs, the caller
 * may consume finished documents (kcna_batch_result) or start another. */
KCNA_EXPORT kcna_status kcna_batch_start(const kcna_parser *p, size_t count, const char *const *texts,
                                         const size_t *lengths, const char *const *reference_dates,
                                         unsigned threads, unsigned flags, kcna_batch **out);
/* Waits until document i is parsed. Returns its status (as kcna_parse_dated
 * would, or the JSON export's). On KCNA_OK: *doc (if doc is not NULL) takes
 * the document, which the caller frees (kcna_doc_free); a second call that
 * asks for it, or any with KCNA_BATCH_FREE_DOCS, gives KCNA_E_STATE. *json
 * and *json_len (if not NULL) give its JSON, borrowed until kcna_batch_free
 * (NULL without KCNA_BATCH_JSON); *doc_flags (if not NULL) its
 * kcna_doc_flags. Any thread may wait. */
KCNA_EXPORT kcna_status kcna_batch_result(kcna_batch *batch, size_t i, kcna_doc **doc, const char **json,
                                          size_t *json_len, unsigned *doc_flags);
/* Stops the batch (documents not yet started are not parsed), waits for its
 * threads and frees every document and JSON export not taken. */
KCNA_EXPORT void kcna_batch_free(kcna_batch *batch);

/* Names used in JSON ("person", "partial", "DATE", "EARLY" ...); NULL for a
 * *_NONE or unknown value. */
KCNA_EXPORT const char *kcna_speaker_kind_name(kcna_speaker_kind k);
KCNA_EXPORT const char *kcna_quote_kind_name(kcna_quote_kind k);
KCNA_EXPORT const char *kcna_date_type_name(kcna_date_type t);
KCNA_EXPORT const char *kcna_date_mod_name(kcna_date_mod m); /* NULL for NONE */

#ifdef __cplusplus
}
#endif
#endif
