// SPDX-License-Identifier: MIT
/*
 * Text in and out of the scenario engine: files read whole (scenarios,
 * profiles), and the growing buffers the backends fill (maps()).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "engine.h"

#define MAX_FILE_SIZE	(16 << 20)

char *sc_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;

	if (!f) {
		snprintf(err, errlen, "%s:0:0: error: cannot open: %s", path,
			 strerror(errno));
		return NULL;
	}
	for (;;) {
		size_t got;

		if (n + 1 >= cap) {
			char *nb;

			if (n >= MAX_FILE_SIZE) {
				snprintf(err, errlen, "%s:0:0: error: file larger than %d MiB",
					 path, MAX_FILE_SIZE >> 20);
				goto fail;
			}
			cap = cap ? cap * 2 : 65536;
			nb = realloc(buf, cap);
			if (!nb) {
				snprintf(err, errlen, "%s:0:0: error: out of memory", path);
				goto fail;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s:0:0: error: read error", path);
		goto fail;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
fail:
	free(buf);
	fclose(f);
	return NULL;
}

void sc_text_append(struct sc_text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		size_t cap = (t->len + n + 1) * 2;
		char *nb = realloc(t->buf, cap);

		if (!nb)
			return;		/* text is diagnostic: drop what does not fit */
		t->buf = nb;
		t->cap = cap;
	}
	memcpy(t->buf + t->len, s, n);
	t->len += n;
	t->buf[t->len] = '\0';
}

void sc_text_free(struct sc_text *t)
{
	free(t->buf);
	t->buf = NULL;
	t->len = t->cap = 0;
}
