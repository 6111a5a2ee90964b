/* SPDX-License-Identifier: MIT */
/*
 * What the allocation-failure tests compare before and after a failed
 * call: a process's maps, and the pagemap entry (frame bits included) of
 * every non-empty page of every VMA up to 64 MiB long.
 */
#ifndef MMSIM_TESTS_SNAPSHOT_H
#define MMSIM_TESTS_SNAPSHOT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mmsim/mmsim.h"

struct snap {
	char *buf;
	size_t len, cap;
};

static inline void snap_add(struct snap *s, const char *d, size_t n)
{
	if (s->len + n + 1 > s->cap) {
		s->cap = (s->len + n + 1) * 2;
		s->buf = realloc(s->buf, s->cap);
	}
	memcpy(s->buf + s->len, d, n);
	s->len += n;
	s->buf[s->len] = '\0';
}

static inline void snap_reset(struct snap *s)
{
	s->len = 0;
	snap_add(s, "", 0);
}

static inline void snap_process(struct snap *s, struct mmsim_process *p)
{
	size_t len = mmsim_maps(p, NULL, 0);
	char *maps = malloc(len + 1), *line;

	mmsim_maps(p, maps, len + 1);
	snap_add(s, maps, len);
	for (line = maps; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
		unsigned long a, start, end;
		char buf[64];

		if (sscanf(line, "%lx-%lx", &start, &end) != 2 ||
		    end - start > (64UL << 20))
			continue;
		for (a = start; a < end; a += 4096) {
			uint64_t pm = mmsim_pagemap(p, a);
			int k;

			if (!pm)
				continue;
			k = snprintf(buf, sizeof(buf), "%lx=%llx\n", a,
				     (unsigned long long)pm);
			snap_add(s, buf, (size_t)k);
		}
	}
	free(maps);
}

#endif
