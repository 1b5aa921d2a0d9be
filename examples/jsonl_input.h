/* Minimal reader for JSON Lines input ({"text": ..., "date": ...} per line),
 * shared by the CLI and the benchmark. Not part of the library. */
#ifndef KCNA_JSONL_INPUT_H
#define KCNA_JSONL_INPUT_H
#include <stddef.h>

/* Finds the top-level string member `key` in one JSON object line and
 * unescapes it into a malloc'd NUL-terminated buffer (*out, *out_len).
 * Returns 1 if found, 0 if absent, -1 on malformed JSON or no memory. */
int jsonl_get_string(const char *line, size_t len, const char *key, char **out, size_t *out_len);

#endif
