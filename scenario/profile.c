// SPDX-License-Identifier: MIT
/*
 * The machine profile (scenario.md, "The machine profile"): built in, or
 * read from the running kernel.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

#include "backend.h"

void sc_profile_builtin(struct sc_profile *p)
{
	memset(p, 0, sizeof(*p));
	p->page_size = 4096;
	p->kver_major = 6;
	p->kver_minor = 18;
	p->kver_patch = 0;
	p->swap = false;
	snprintf(p->thp, sizeof(p->thp), "madvise");
	p->fault_around_bytes = 65536;
	p->max_map_count = 65530;
	p->totalram_pages = (24L << 30) / 4096;
	p->totalswap_pages = 0;
	p->overcommit = 0;
	p->soft_dirty = false;
}

static bool read_long(const char *path, long *v)
{
	FILE *f = fopen(path, "r");
	bool ok;

	if (!f)
		return false;
	ok = fscanf(f, "%ld", v) == 1;
	fclose(f);
	return ok;
}

/* The bracketed word of a sysfs choice file: "always [madvise] never". */
static void read_choice(const char *path, char *out, size_t len)
{
	char buf[256], *a, *b;
	FILE *f = fopen(path, "r");

	if (!f)
		return;
	if (fgets(buf, sizeof(buf), f) && (a = strchr(buf, '[')) &&
	    (b = strchr(a, ']'))) {
		*b = '\0';
		snprintf(out, len, "%s", a + 1);
	}
	fclose(f);
}

static bool any_swap(void)
{
	char line[512];
	FILE *f = fopen("/proc/swaps", "r");
	int n = 0;

	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
		n++;
	fclose(f);
	return n > 1;	/* the first line is the header */
}

/* A "Name:   N kB" line of /proc/meminfo, in pages. */
static bool meminfo_pages(const char *name, long *pages)
{
	char line[256];
	size_t n = strlen(name);
	FILE *f = fopen("/proc/meminfo", "r");
	bool ok = false;

	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, name, n) && line[n] == ':') {
			*pages = strtol(line + n + 1, NULL, 10) / 4;
			ok = true;
			break;
		}
	fclose(f);
	return ok;
}

void sc_profile_from_host(struct sc_profile *p)
{
	struct utsname u;
	long v;

	if (!uname(&u))
		sscanf(u.release, "%d.%d.%d", &p->kver_major, &p->kver_minor,
		       &p->kver_patch);
	p->swap = any_swap();
	read_choice("/sys/kernel/mm/transparent_hugepage/enabled", p->thp,
		    sizeof(p->thp));
	if (read_long("/sys/kernel/debug/fault_around_bytes", &v))
		p->fault_around_bytes = v;
	if (read_long("/proc/sys/vm/max_map_count", &v))
		p->max_map_count = v;
	meminfo_pages("MemTotal", &p->totalram_pages);
	meminfo_pages("SwapTotal", &p->totalswap_pages);
	if (read_long("/proc/sys/vm/overcommit_memory", &v))
		p->overcommit = (int)v;
	/* soft-dirty needs CONFIG_MEM_SOFT_DIRTY: the reference kernels lack it */
	p->soft_dirty = false;
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
