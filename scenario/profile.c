// SPDX-License-Identifier: MIT
/*
 * The machine profile (scenario.md, "The machine profile"): built in, or
 * read from the running kernel.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "backend.h"

void sc_profile_builtin(struct sc_profile *p)
{
	memset(p, 0, sizeof(*p));
	p->page_size = 4096;
	p->kver_major = 6;
	p->kver_minor = 18;
	p->kver_patch = 44;	/* the reference kernel: 6.18.37+ behaviour */
	p->swap = false;
	snprintf(p->thp, sizeof(p->thp), "madvise");
	p->fault_around_bytes = 65536;
	p->read_ahead_kb = 8192;	/* the reference hosts' virtio disk */
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

/*
 * read_ahead_kb of the disk holding @dir (the scratch directory's file
 * system): the queue of the device, or of the disk a partition is on.
 */
static void read_ahead_of(const char *dir, long *kb)
{
	char path[128];
	struct stat st;

	if (stat(dir, &st))
		return;
	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/queue/read_ahead_kb",
		 major(st.st_dev), minor(st.st_dev));
	if (read_long(path, kb))
		return;
	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/../queue/read_ahead_kb",
		 major(st.st_dev), minor(st.st_dev));
	read_long(path, kb);
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

/*
 * Soft-dirty tracking needs CONFIG_MEM_SOFT_DIRTY, which nothing reports
 * directly.  With it, a page written since the last clear_refs shows
 * PM_SOFT_DIRTY (bit 55) in pagemap; without it, never.  So write one
 * fresh page and look.  clear_refs exists whenever pagemap does, so it is
 * only the first sign.
 */
static bool probe_soft_dirty(long page_size)
{
	uint64_t pm = 0;
	bool dirty = false;
	char *page;
	int fd;

	if (access("/proc/self/clear_refs", F_OK))
		return false;
	page = mmap(NULL, (size_t)page_size, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return false;
	*(volatile char *)page = 1;
	fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		off_t off = (off_t)((uintptr_t)page / (uintptr_t)page_size * 8);

		if (pread(fd, &pm, sizeof(pm), off) == (ssize_t)sizeof(pm))
			dirty = (pm >> 63 & 1) && (pm >> 55 & 1);
		close(fd);
	}
	munmap(page, (size_t)page_size);
	return dirty;
}

void sc_profile_from_host(struct sc_profile *p)
{
	struct utsname u;
	long v;
	int n;

	v = sysconf(_SC_PAGESIZE);
	if (v > 0)
		p->page_size = v;
	if (!uname(&u)) {
		int maj, min, patch = 0;

		/* "6.18.44-fc-v669", or "6.19-rc1" without a patch level */
		n = sscanf(u.release, "%d.%d.%d", &maj, &min, &patch);
		if (n >= 2) {
			p->kver_major = maj;
			p->kver_minor = min;
			p->kver_patch = n == 3 ? patch : 0;
		}
	}
	p->swap = any_swap();
	read_choice("/sys/kernel/mm/transparent_hugepage/enabled", p->thp,
		    sizeof(p->thp));
	if (read_long("/sys/kernel/debug/fault_around_bytes", &v))
		p->fault_around_bytes = v;
	read_ahead_of("/var/tmp", &p->read_ahead_kb);
	if (read_long("/proc/sys/vm/max_map_count", &v))
		p->max_map_count = v;
	meminfo_pages("MemTotal", &p->totalram_pages);
	meminfo_pages("SwapTotal", &p->totalswap_pages);
	if (read_long("/proc/sys/vm/overcommit_memory", &v))
		p->overcommit = (int)v;
	p->soft_dirty = probe_soft_dirty(p->page_size);
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
