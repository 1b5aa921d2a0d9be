/* Text: the working copy of the input, UTF-8 helpers, ASCII case folding. Not installed. */
#ifndef KCNA_TEXT_H
#define KCNA_TEXT_H

#include "memory.h"

/* ---------- text ---------- */
typedef struct text {
	const char *orig; /* the caller's bytes */
	char *buf;        /* same length; invalid bytes -> 0x1A, NUL -> ' ';
	                   * then TEXT_PADDING zero bytes, for 8-byte loads */
	uint32_t len;
	unsigned flags; /* KCNA_DOC_* */
	int joined_lines; /* unwrap.c turned line breaks in buf into spaces */
} text;

#define TEXT_PADDING 8
int kcna_text_init(text *t, arena *a, const char *utf8, size_t len);
/* Span as a NUL-terminated UTF-8 string; repaired bytes read as U+FFFD. */
char *kcna_text_span_string(const text *t, arena *a, uint32_t start, uint32_t end);
/* Decode one code point of valid UTF-8 at s[*i], advancing *i. */
int32_t kcna_utf8_next(const char *s, uint32_t len, uint32_t *i);
/* Whether n bytes at s are valid UTF-8 without NUL or other C0 controls
 * but tab (for names the caller hands in). */
int kcna_text_is_clean_utf8(const char *s, size_t n);


/* ASCII case folding, the only folding the look-ups need. */
static inline char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* Whether the n bytes at s, capitals lowercased, are the string lower. */
static inline int eq_lower(const char *s, size_t n, const char *lower)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_lower(s[i]) != lower[i])
			return 0;
	return lower[n] == 0;
}

#endif
