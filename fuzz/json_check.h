/* A strict JSON syntax checker (RFC 8259) for the fuzz harness: the
 * library's JSON must always parse back. Iterative depth is bounded by the
 * caller's buffer, recursion by JSON_CHECK_MAX_DEPTH. */
#ifndef KCNAPARSE_FUZZ_JSON_CHECK_H
#define KCNAPARSE_FUZZ_JSON_CHECK_H
#include <stddef.h>

#define JSON_CHECK_MAX_DEPTH 64

/* Returns 1 if buf[0..len) is exactly one JSON value (plus whitespace). */
int json_check(const char *buf, size_t len);

/* Returns 1 if buf[0..len) is well-formed UTF-8 (no surrogates, no overlongs). */
int utf8_check(const char *buf, size_t len);

#endif
