/* Text stage: validates UTF-8 and makes the working copy every later stage
 * reads. The copy has the same length as the input, so every offset found in
 * it is an offset into the caller's bytes. Repairs (documented in doc/api.md):
 * each byte of an invalid sequence becomes 0x1A in the copy and reads as
 * U+FFFD in reported text; a NUL byte becomes a space. */
#include <string.h>
#include "text.h"

/* Length of the valid UTF-8 sequence at s[i] (1..4), or 0 if invalid.
 * Rejects overlong forms, surrogates and code points above U+10FFFF. */
static unsigned utf8_valid_len(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	if (c < 0x80)
		return 1;
	size_t left = n - i;
	if (c >= 0xC2 && c <= 0xDF)
		return (left >= 2 && (s[i + 1] & 0xC0) == 0x80) ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (left < 3 || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[i + 1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[i + 1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (left < 4 || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
		    (s[i + 3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[i + 1] < 0x90)
			return 0;
		if (c == 0xF4 && s[i + 1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

int kcna_text_init(text *t, arena *a, const char *utf8, size_t len)
{
	t->orig = utf8;
	t->len = (uint32_t)len;
	t->flags = 0;
	t->joined_lines = 0;
	t->buf = kcna_arena_alloc_raw(a, len + TEXT_PADDING);
	if (!t->buf)
		return 0;
	const unsigned char *s = (const unsigned char *)utf8;
	size_t i = 0;
	while (i < len) {
		/* ASCII fast path, eight bytes at a time: most news text is ASCII */
		while (len - i >= 8) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			uint64_t high = w & 0x8080808080808080ull;
			uint64_t zero = (w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull;
			if (high | zero)
				break;
			memcpy(t->buf + i, &w, 8);
			i += 8;
		}
		while (i < len && s[i] >= 0x01 && s[i] < 0x80) {
			t->buf[i] = (char)s[i];
			i++;
		}
		if (i >= len)
			break;
		if (s[i] == 0) {
			t->buf[i++] = ' ';
			t->flags |= KCNA_DOC_HAD_NUL;
			continue;
		}
		unsigned n = utf8_valid_len(s, len, i);
		if (n == 0) {
			t->buf[i++] = 0x1A;
			t->flags |= KCNA_DOC_REPAIRED_UTF8;
			continue;
		}
		memcpy(t->buf + i, s + i, n);
		i += n;
	}
	memset(t->buf + len, 0, TEXT_PADDING); /* a NUL terminator, and room for 8-byte loads */
	return 1;
}

char *kcna_text_span_string(const text *t, arena *a, uint32_t start, uint32_t end)
{
	if (!(t->flags & (KCNA_DOC_REPAIRED_UTF8 | KCNA_DOC_HAD_NUL)) && !t->joined_lines)
		return kcna_arena_strndup(a, t->buf + start, end - start);
	size_t extra = 0;
	for (uint32_t i = start; i < end; i++)
		if (t->buf[i] != t->orig[i])
			extra += 2;
	char *out = kcna_arena_alloc(a, end - start + extra + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (uint32_t i = start; i < end; i++) {
		if (t->orig[i] == '\n' || t->orig[i] == '\r') {
			out[o++] = t->orig[i]; /* a line break unwrap.c read as a space */
		} else if (t->buf[i] != t->orig[i]) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
		} else {
			out[o++] = t->buf[i];
		}
	}
	out[o] = 0;
	return out;
}

int32_t kcna_utf8_next(const char *s, uint32_t len, uint32_t *i)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t p = *i;
	unsigned char c = u[p];
	if (c < 0x80) {
		*i = p + 1;
		return c;
	}
	if (c < 0xE0 && p + 1 < len) {
		*i = p + 2;
		return ((c & 0x1F) << 6) | (u[p + 1] & 0x3F);
	}
	if (c < 0xF0 && p + 2 < len) {
		*i = p + 3;
		return ((c & 0x0F) << 12) | ((u[p + 1] & 0x3F) << 6) | (u[p + 2] & 0x3F);
	}
	if (p + 3 < len) {
		*i = p + 4;
		return ((c & 0x07) << 18) | ((u[p + 1] & 0x3F) << 12) | ((u[p + 2] & 0x3F) << 6) |
		       (u[p + 3] & 0x3F);
	}
	*i = p + 1;
	return 0xFFFD;
}

int kcna_text_is_clean_utf8(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (u[i] < 0x20 && u[i] != '\t')
			return 0;
		unsigned k = utf8_valid_len(u, n, i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}
