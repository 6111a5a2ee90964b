// SPDX-License-Identifier: MIT
/*
 * The fuzz generator: random scenario programs over every call the
 * language has, written as text.
 *
 * Every program starts by carving out a 2 MiB-aligned PROT_NONE region
 * (two page tables' worth) and places every mapping inside it with
 * MAP_FIXED, so that addresses, page-table boundaries and fault-around
 * windows are the same on the model and on the host.  Around the
 * carve-out lies unmapped space on both backends: operations that create
 * nothing may spill a few pages over its edges, but nothing ever reaches
 * the sandbox's own mappings beyond (docs/fuzzing.md).
 *
 * The generator does not model the machine; it remembers only where it
 * mapped what (to aim most operations at mappings) and which files it
 * opened.  Each program decides at its start which of two families of
 * operations on disk files it uses, since the kernel's outcomes become
 * timing-dependent when they meet: writeback (fsync, msync MS_SYNC), or
 * MADV_PAGEOUT.  A clean page with disk blocks that pageout dropped is
 * read back asynchronously, and what fault-around maps while the read is
 * in flight depends on timing (docs/scenario.md).  Some programs use
 * userfaultfd as well, never so that anything waits for a reader of the
 * descriptor (the userfaultfd section below).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* ---- randomness ------------------------------------------------------ */

void fz_rng_seed(struct fz_rng *r, uint64_t seed)
{
	memset(r, 0, sizeof(*r));
	r->s = seed;
}

void fz_rng_bytes(struct fz_rng *r, const uint8_t *data, size_t len)
{
	memset(r, 0, sizeof(*r));
	r->data = data;
	r->len = len;
}

/* splitmix64: small, fast, and every seed is a good one */
static uint64_t splitmix64(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

uint64_t fz_sequence_seed(uint64_t seed, uint64_t n)
{
	uint64_t s = seed ^ (n * 0xd1342543de82ef95ULL);

	return splitmix64(&s);
}

uint32_t fz_below(struct fz_rng *r, uint32_t n)
{
	uint32_t v = 0;
	int bytes, i;

	if (n <= 1)
		return 0;
	if (!r->data)
		return (uint32_t)(((splitmix64(&r->s) >> 32) * n) >> 32);
	bytes = n <= 256 ? 1 : n <= 65536 ? 2 : 4;
	for (i = 0; i < bytes; i++)
		v = (v << 8) | (r->pos < r->len ? r->data[r->pos++] : 0);
	return v % n;
}

bool fz_chance(struct fz_rng *r, unsigned int percent)
{
	return fz_below(r, 100) < percent;
}

bool fz_rng_exhausted(const struct fz_rng *r)
{
	return r->data && r->pos >= r->len;
}

/* ---- the generator's memory ------------------------------------------ */

#define CARVE_PAGES	1024	/* 4 MiB: the carve-out, 2 MiB-aligned */
#define SPILL_PAGES	16	/* how far ops that create nothing may spill */
#define MAX_LIVE	4	/* processes alive at once */
#define MAX_FORKS	8
#define MAX_FILES	8
#define MAX_REGIONS	16
#define NPATHS		4	/* "f0" .. "f3" */
#define MAX_UFFDS	3

enum region_kind { R_ANON, R_SHARED_ANON, R_FILE };

struct region {
	int start, npages;
	enum region_kind kind;
};

struct gfile {
	char name[FZ_NAME_LEN];		/* the descriptor's name: f3, m1 */
	bool disk;
	bool readable;			/* opened for reading: pread works */
};

struct gen {
	struct fz_rng *rng;
	struct fz_prog *p;
	int bad;			/* percent of calls with a bad argument */
	/* the statement being built */
	struct fz_stmt *st;
	const char *proc;		/* "" for main */
	/* processes */
	char live[MAX_LIVE][FZ_NAME_LEN];
	int nlive, nforks;
	struct gfile files[MAX_FILES];
	int nfiles, nnames;
	struct region regions[MAX_REGIONS];
	int nregions, next_region;
	int group;
	/* the families of operations this program uses */
	bool disk;			/* opens disk files */
	bool writeback;			/* fsync and MS_SYNC, else pageout */
	bool forks;
	bool frees;			/* MADV_FREE */
	bool uffd;			/* userfaultfd */
	char uffds[MAX_UFFDS][FZ_NAME_LEN];
	int nuffds;
};

static uint32_t below(struct gen *g, uint32_t n)
{
	return fz_below(g->rng, n);
}

static bool chance(struct gen *g, unsigned int percent)
{
	return fz_chance(g->rng, percent);
}

static bool bad(struct gen *g)
{
	return chance(g, g->bad);
}

/* One of @n strings. */
static const char *pick(struct gen *g, const char *const *v, int n)
{
	return v[below(g, n)];
}

#define PICK(g, v)	pick(g, v, (int)(sizeof(v) / sizeof(v[0])))

/* One of the weighted choices: {weight, value}, ended by a weight of 0. */
struct wchoice {
	int weight;
	int value;
};

static int wpick(struct gen *g, const struct wchoice *c)
{
	int total = 0, i, x;

	for (i = 0; c[i].weight; i++)
		total += c[i].weight;
	x = (int)below(g, (uint32_t)total);
	for (i = 0; c[i].weight; i++) {
		if (x < c[i].weight)
			return c[i].value;
		x -= c[i].weight;
	}
	return c[0].value;
}

/* ---- building statements --------------------------------------------- */

static void use(struct gen *g, const char *name)
{
	int i;

	if (!name || !*name)
		return;
	for (i = 0; i < FZ_MAX_USES; i++) {
		if (!strcmp(g->st->uses[i], name))
			return;
		if (!g->st->uses[i][0]) {
			snprintf(g->st->uses[i], FZ_NAME_LEN, "%s", name);
			return;
		}
	}
}

/*
 * Start a statement in process @proc ("" for main).  The text is appended
 * with add(); a statement that did not fit is dropped by end_stmt().
 */
struct fz_stmt *fz_prog_add(struct fz_prog *p)
{
	struct fz_stmt *st;

	if (p->n == p->cap) {
		int cap = p->cap ? p->cap * 2 : 64;
		struct fz_stmt *n = realloc(p->stmts, cap * sizeof(*n));

		if (!n)
			return NULL;
		p->stmts = n;
		p->cap = cap;
	}
	st = &p->stmts[p->n++];
	memset(st, 0, sizeof(*st));
	return st;
}

static int begin(struct gen *g, const char *proc)
{
	struct fz_stmt *st = fz_prog_add(g->p);

	if (!st)
		return -1;
	g->st = st;
	g->proc = proc;
	if (*proc) {
		snprintf(st->text, sizeof(st->text), "@%s ", proc);
		use(g, proc);
	}
	return 0;
}

static void add(struct gen *g, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void add(struct gen *g, const char *fmt, ...)
{
	size_t n = strlen(g->st->text);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(g->st->text + n, sizeof(g->st->text) - n, fmt, ap);
	va_end(ap);
}

static void define(struct gen *g, const char *name)
{
	snprintf(g->st->def, FZ_NAME_LEN, "%s", name);
}

static void expect(struct gen *g, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void expect(struct gen *g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(g->st->expect, sizeof(g->st->expect), fmt, ap);
	va_end(ap);
	g->st->flags |= FZ_CHECK;
}

/* ---- addresses, lengths and values ----------------------------------- */

/* A page of the carve-out as an expression: r, r + 5 * PAGE, r - PAGE. */
static void page_expr(char *buf, size_t len, int page, int byte)
{
	int n;

	if (page == 0)
		n = snprintf(buf, len, "r");
	else if (page == 1 || page == -1)
		n = snprintf(buf, len, "r %c PAGE", page < 0 ? '-' : '+');
	else
		n = snprintf(buf, len, "r %c %d * PAGE", page < 0 ? '-' : '+',
			     page < 0 ? -page : page);
	if (byte && n > 0 && (size_t)n < len)
		snprintf(buf + n, len - n, " + %d", byte);
}

static void pages_expr(char *buf, size_t len, int npages)
{
	if (npages == 1)
		snprintf(buf, len, "PAGE");
	else
		snprintf(buf, len, "%d * PAGE", npages);
}

static int pick_page(struct gen *g)
{
	switch (below(g, 20)) {
	case 0: case 1: case 2:
		return 500 + (int)below(g, 24);		/* across the PMD boundary */
	case 3: case 4: case 5:
		return (int)below(g, CARVE_PAGES);
	case 6:
		return CARVE_PAGES - 1 - (int)below(g, 8);
	default:
		return (int)below(g, 64);
	}
}

static int pick_npages(struct gen *g)
{
	switch (below(g, 20)) {
	case 0: case 1: case 2: case 3: case 4: case 5: case 6:
		return 1;
	case 7: case 8: case 9: case 10: case 11: case 12:
		return 2 + (int)below(g, 3);
	case 13: case 14: case 15: case 16:
		return 5 + (int)below(g, 12);
	case 17: case 18:
		return 17 + (int)below(g, 48);
	default:
		return 65 + (int)below(g, 192);
	}
}

/*
 * A range of pages: mostly one inside a mapping made earlier, else one
 * anywhere in the carve-out.  With @spill, operations that create nothing
 * may reach up to SPILL_PAGES past either edge.
 */
static void pick_range(struct gen *g, bool spill, int *start, int *npages)
{
	int s, n;

	if (g->nregions && chance(g, 60)) {
		const struct region *rg = &g->regions[below(g, g->nregions)];
		int left;

		s = rg->start + (int)below(g, rg->npages);
		if (chance(g, 25))
			s = rg->start;
		left = rg->start + rg->npages - s;
		n = chance(g, 30) ? left : 1 + (int)below(g, left);
		if (chance(g, 15))
			n += 1 + (int)below(g, 8);	/* past the mapping */
		if (chance(g, 8) && s > 0)
			s--, n++;			/* from before it */
	} else {
		s = pick_page(g);
		n = pick_npages(g);
	}
	if (spill && chance(g, 4)) {
		if (chance(g, 50))
			s = -1 - (int)below(g, SPILL_PAGES - 1);
		else
			n = CARVE_PAGES - s + 1 + (int)below(g, SPILL_PAGES - 1);
	}
	if (s < 0 && !spill)
		s = 0;
	if (s + n > CARVE_PAGES + (spill ? SPILL_PAGES : 0))
		n = CARVE_PAGES + (spill ? SPILL_PAGES : 0) - s;
	if (n < 1)
		n = 1;
	*start = s;
	*npages = n;
}

/* An address and a length in pages as text, with a bad one at times. */
struct range_text {
	char addr[64], len[64];
};

enum { SPILL = 1, CREATE = 2, BYTES_OK = 4, ACCESS = 8 };

/*
 * @how: SPILL lets the range leave the carve-out a little; CREATE marks
 * calls that make mappings, whose bad lengths are limited to ones every
 * kernel refuses before looking (0 and a length that wraps); BYTES_OK lets
 * a length end inside a page; ACCESS is for loads and stores, which take
 * no bad length (one that wraps would sweep the whole address space).
 */
static void range_text(struct gen *g, int how, struct range_text *t,
		       int *start_out, int *npages_out)
{
	int s, n, byte = 0;

	pick_range(g, how & SPILL, &s, &n);
	pages_expr(t->len, sizeof(t->len), n);
	if ((how & BYTES_OK) && chance(g, 10))
		snprintf(t->len + strlen(t->len), sizeof(t->len) - strlen(t->len),
			 " - %d", 1 + (int)below(g, 4095));
	if (bad(g)) {
		switch (below(g, how & ACCESS ? 1 : 4)) {
		case 0:
			byte = 1 + (int)below(g, 4095);	/* unaligned */
			break;
		case 1:
			snprintf(t->len, sizeof(t->len), "0");
			break;
		case 2:
			snprintf(t->len, sizeof(t->len), "-PAGE");
			break;
		default:
			snprintf(t->len, sizeof(t->len), "%d * PAGE + %d", n,
				 1 + (int)below(g, 4095));
			break;
		}
	}
	page_expr(t->addr, sizeof(t->addr), s, byte);
	if (start_out)
		*start_out = s;
	if (npages_out)
		*npages_out = n;
}

static const char *pick_byte(struct gen *g)
{
	static const char *const bytes[] = {
		"'a'", "'b'", "'c'", "'d'", "'e'", "'x'", "'y'", "0",
	};

	return PICK(g, bytes);
}

static const char *pick_prot(struct gen *g)
{
	static const char *const prots[] = {
		"PROT_READ | PROT_WRITE", "PROT_READ | PROT_WRITE",
		"PROT_READ | PROT_WRITE", "PROT_READ | PROT_WRITE",
		"PROT_READ", "PROT_READ", "PROT_NONE", "PROT_WRITE",
		"PROT_READ | PROT_EXEC", "PROT_EXEC",
		"PROT_READ | PROT_WRITE | PROT_EXEC",
	};
	static const char *const bad_prots[] = {
		"PROT_READ | 0x10", "0x20", "PROT_READ | PROT_GROWSDOWN",
		"PROT_READ | PROT_WRITE | PROT_GROWSUP", "-1",
		"PROT_READ | PROT_SEM",
	};

	return bad(g) ? PICK(g, bad_prots) : PICK(g, prots);
}

/* The process a statement runs in: main mostly, else a live child. */
static const char *pick_proc(struct gen *g)
{
	if (!g->nlive || chance(g, 70))
		return "";
	return g->live[below(g, g->nlive)];
}

static void remember(struct gen *g, int start, int npages, enum region_kind k)
{
	struct region *rg;

	/* what aims at mappings stays in the carve-out */
	if (start < 0 || npages < 1 || start + npages > CARVE_PAGES)
		return;
	if (g->nregions < MAX_REGIONS)
		rg = &g->regions[g->nregions++];
	else
		rg = &g->regions[g->next_region++ % MAX_REGIONS];
	rg->start = start;
	rg->npages = npages;
	rg->kind = k;
}

/* A descriptor: one of the program's files, or a bad number at times. */
static const char *pick_fd(struct gen *g, bool *is_disk)
{
	static const char *const bad_fds[] = { "99", "-1", "1000" };
	const struct gfile *f;

	if (is_disk)
		*is_disk = false;
	if (!g->nfiles || chance(g, 3))
		return PICK(g, bad_fds);
	/* a userfaultfd is a file too, of an anonymous inode */
	if (g->nuffds && chance(g, 5)) {
		const char *u = g->uffds[below(g, g->nuffds)];

		use(g, u);
		return u;
	}
	f = &g->files[below(g, g->nfiles)];
	use(g, f->name);
	if (is_disk)
		*is_disk = f->disk;
	return f->name;
}

/* ---- mappings -------------------------------------------------------- */

static const char *mmap_extras(struct gen *g, bool anon_private)
{
	static const char *const extras[] = {
		" | MAP_POPULATE", " | MAP_POPULATE", " | MAP_NORESERVE",
		" | MAP_LOCKED", " | MAP_STACK", " | MAP_NONBLOCK",
		" | MAP_POPULATE | MAP_LOCKED", " | MAP_UNINITIALIZED",
	};

	if (anon_private && chance(g, 3))
		return " | MAP_GROWSDOWN";
	return chance(g, 30) ? PICK(g, extras) : "";
}

static void gen_mmap_anon(struct gen *g)
{
	struct range_text t;
	int s, n, kind;
	const char *type, *fixed;
	static const struct wchoice kinds[] = {
		{ 70, 0 }, { 22, 1 }, { 3, 2 }, { 3, 3 }, { 0, 0 },
	};
	static const char *const bad_types[] = {
		"0", "MAP_SHARED | MAP_PRIVATE | MAP_DROPPABLE", "0x40000000",
	};

	range_text(g, CREATE, &t, &s, &n);
	kind = wpick(g, kinds);
	type = kind == 0 ? "MAP_PRIVATE" : kind == 1 ? "MAP_SHARED" :
	       kind == 2 ? "MAP_DROPPABLE" : "MAP_SHARED_VALIDATE";
	if (bad(g))
		type = PICK(g, bad_types);
	fixed = chance(g, 12) ? "MAP_FIXED_NOREPLACE" : "MAP_FIXED";
	add(g, "mmap(%s, %s, %s, %s | MAP_ANONYMOUS | %s%s, -1, 0)", t.addr,
	    t.len, pick_prot(g), type, fixed, mmap_extras(g, kind == 0));
	remember(g, s, n, kind == 1 || kind == 3 ? R_SHARED_ANON : R_ANON);
}

static void gen_mmap_file(struct gen *g)
{
	struct range_text t;
	const char *fd, *type;
	int s, n, off;
	char offs[48];
	static const char *const types[] = {
		"MAP_SHARED", "MAP_SHARED", "MAP_PRIVATE", "MAP_PRIVATE",
		"MAP_SHARED_VALIDATE",
	};
	static const char *const bad_types[] = {
		"MAP_SHARED_VALIDATE | MAP_SYNC", "MAP_SHARED_VALIDATE | 0x800000",
		"MAP_PRIVATE | MAP_SYNC", "0",
	};

	range_text(g, CREATE, &t, &s, &n);
	fd = pick_fd(g, NULL);
	type = bad(g) ? PICK(g, bad_types) : PICK(g, types);
	off = chance(g, 50) ? 0 : (int)below(g, 64);
	if (chance(g, 25))
		off = s % 64;		/* the file's page at the same offset */
	if (off)
		pages_expr(offs, sizeof(offs), off);
	else
		snprintf(offs, sizeof(offs), "0");
	if (bad(g))
		snprintf(offs, sizeof(offs), "%s", chance(g, 50) ? "1" : "-PAGE");
	add(g, "mmap(%s, %s, %s, %s | %s%s, %s, %s)", t.addr, t.len,
	    pick_prot(g), type,
	    chance(g, 12) ? "MAP_FIXED_NOREPLACE" : "MAP_FIXED",
	    mmap_extras(g, false), fd, offs);
	remember(g, s, n, R_FILE);
}

static void gen_munmap(struct gen *g)
{
	struct range_text t;

	range_text(g, SPILL | BYTES_OK, &t, NULL, NULL);
	add(g, "munmap(%s, %s)", t.addr, t.len);
}

static void gen_mprotect(struct gen *g)
{
	struct range_text t;

	range_text(g, SPILL | BYTES_OK, &t, NULL, NULL);
	add(g, "mprotect(%s, %s, %s)", t.addr, t.len, pick_prot(g));
}

/* An advice for madvise(), as the program's families allow. */
static const char *pick_advice(struct gen *g)
{
	static const struct wchoice advices[] = {
		{ 12, 0 }, { 6, 1 }, { 6, 2 }, { 5, 3 }, { 4, 4 }, { 4, 5 },
		{ 3, 6 }, { 3, 7 }, { 4, 8 }, { 3, 9 }, { 2, 10 }, { 2, 11 },
		{ 2, 12 }, { 2, 13 }, { 2, 14 }, { 5, 15 }, { 5, 16 },
		{ 4, 17 }, { 10, 18 }, { 6, 19 }, { 1, 20 }, { 1, 21 },
		{ 1, 22 }, { 0, 0 },
	};
	static const char *const names[] = {
		"MADV_DONTNEED", "MADV_FREE", "MADV_WILLNEED", "MADV_COLD",
		"MADV_PAGEOUT", "MADV_REMOVE", "MADV_DONTFORK", "MADV_DOFORK",
		"MADV_WIPEONFORK", "MADV_KEEPONFORK", "MADV_NORMAL",
		"MADV_RANDOM", "MADV_SEQUENTIAL", "MADV_DONTDUMP",
		"MADV_DODUMP", "MADV_POPULATE_READ", "MADV_POPULATE_WRITE",
		"MADV_DONTNEED_LOCKED", "MADV_GUARD_INSTALL",
		"MADV_GUARD_REMOVE", "MADV_NOHUGEPAGE", "MADV_MERGEABLE",
		"MADV_UNMERGEABLE",
	};
	/*
	 * Never a random number: 100 and 101 are MADV_HWPOISON and
	 * MADV_SOFT_OFFLINE, which would poison the host's memory.
	 */
	static const char *const bad_advices[] = {
		"5", "6", "7", "26", "99", "104", "-1",
	};
	int a;

	if (bad(g))
		return PICK(g, bad_advices);
	for (;;) {
		a = wpick(g, advices);
		if (a == 1 && !g->frees)
			continue;
		if (a == 4 && g->writeback)
			continue;
		return names[a];
	}
}

static void gen_madvise(struct gen *g)
{
	struct range_text t;

	range_text(g, SPILL | BYTES_OK, &t, NULL, NULL);
	add(g, "madvise(%s, %s, %s)", t.addr, t.len, pick_advice(g));
}

static void gen_mlock(struct gen *g)
{
	struct range_text t;
	static const char *const flags[] = { "0", "MLOCK_ONFAULT" };

	range_text(g, SPILL | BYTES_OK, &t, NULL, NULL);
	switch (below(g, 5)) {
	case 0: case 1:
		add(g, "mlock(%s, %s)", t.addr, t.len);
		break;
	case 2: case 3:
		add(g, "mlock2(%s, %s, %s)", t.addr, t.len,
		    bad(g) ? "2" : PICK(g, flags));
		break;
	default:
		add(g, "munlock(%s, %s)", t.addr, t.len);
		break;
	}
}

static void gen_msync(struct gen *g)
{
	struct range_text t;
	static const char *const flags[] = {
		"MS_ASYNC", "MS_INVALIDATE", "MS_ASYNC | MS_INVALIDATE", "0",
	};
	static const char *const sync_flags[] = {
		"MS_SYNC", "MS_SYNC | MS_INVALIDATE",
	};
	static const char *const bad_flags[] = {
		"MS_ASYNC | MS_SYNC", "8", "-1",
	};

	range_text(g, SPILL | BYTES_OK, &t, NULL, NULL);
	add(g, "msync(%s, %s, %s)", t.addr, t.len,
	    bad(g) ? PICK(g, bad_flags) :
	    g->writeback && chance(g, 50) ? PICK(g, sync_flags) : PICK(g, flags));
}

static void gen_mseal(struct gen *g)
{
	struct range_text t;

	range_text(g, SPILL, &t, NULL, NULL);
	add(g, "mseal(%s, %s, %s)", t.addr, t.len, bad(g) ? "1" : "0");
}

static void gen_mremap(struct gen *g)
{
	int s, n, ns, nn;
	bool dontunmap;
	char old[64], oldlen[64], newlen[64], to[64];

	pick_range(g, false, &s, &n);
	nn = chance(g, 40) ? n : pick_npages(g);
	page_expr(old, sizeof(old), s, 0);
	pages_expr(oldlen, sizeof(oldlen), n);
	pages_expr(newlen, sizeof(newlen), nn);
	if (bad(g)) {
		static const char *const bad_calls[] = {
			"mremap(%s, %s, %s, MREMAP_FIXED, r)",
			"mremap(%s + 1, %s, %s, 0)",
			"mremap(%s, %s, %s, MREMAP_DONTUNMAP)",
			"mremap(%s, %s, %s, 0x100)",
			"mremap(%s, %s, %s - %s, 0)",
		};
		int i = (int)below(g, 5);

		if (i == 4)
			add(g, "mremap(%s, %s, %s - %s, 0)", old, oldlen, newlen,
			    newlen);
		else
			add(g, bad_calls[i], old, oldlen, newlen);
		return;
	}
	switch (below(g, 4)) {
	case 0:
		/* in place; growth stays inside the carve-out */
		if (s + nn > CARVE_PAGES)
			nn = CARVE_PAGES - s;
		pages_expr(newlen, sizeof(newlen), nn);
		add(g, "mremap(%s, %s, %s, 0)", old, oldlen, newlen);
		remember(g, s, nn, R_ANON);
		return;
	case 1:
		/* a shrink never moves, with or without MAYMOVE */
		if (nn > n)
			nn = 1 + (int)below(g, n);
		pages_expr(newlen, sizeof(newlen), nn);
		add(g, "mremap(%s, %s, %s, MREMAP_MAYMOVE)", old, oldlen, newlen);
		return;
	default:
		dontunmap = chance(g, 20);
		if (dontunmap)
			nn = n;		/* DONTUNMAP keeps the size */
		ns = pick_page(g);
		if (ns + nn > CARVE_PAGES)
			ns = CARVE_PAGES - nn;
		page_expr(to, sizeof(to), ns, 0);
		if (dontunmap) {
			add(g, "mremap(%s, %s, %s, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, %s)",
			    old, oldlen, oldlen, to);
		} else {
			add(g, "mremap(%s, %s, %s, MREMAP_MAYMOVE | MREMAP_FIXED, %s)",
			    old, oldlen, newlen, to);
		}
		remember(g, ns, nn, R_ANON);
		return;
	}
}

static void gen_process_madvise(struct gen *g)
{
	static const char *const advices[] = {
		"MADV_COLD", "MADV_WILLNEED", "MADV_GUARD_INSTALL",
		"MADV_GUARD_INSTALL", "MADV_GUARD_REMOVE", "MADV_DONTNEED",
		"MADV_PAGEOUT",
	};
	int i, n = 1 + (int)below(g, 4);
	const char *advice;

	add(g, "process_madvise(PIDFD_SELF");
	for (i = 0; i < n; i++) {
		struct range_text t;

		range_text(g, SPILL, &t, NULL, NULL);
		add(g, ", {%s, %s}", t.addr, t.len);
	}
	do
		advice = bad(g) ? "MADV_HUGEPAGE + 1000" : PICK(g, advices);
	while (g->writeback && !strcmp(advice, "MADV_PAGEOUT"));
	add(g, ", %s, %s)", advice, bad(g) ? "1" : "0");
}

/* ---- accesses -------------------------------------------------------- */

static void gen_access(struct gen *g)
{
	struct range_text t;
	int s, n;
	char addr[64], len[64];

	range_text(g, SPILL | ACCESS, &t, &s, &n);
	/* byte-exact accesses: from inside a page, for part of one */
	snprintf(addr, sizeof(addr), "%s", t.addr);
	snprintf(len, sizeof(len), "%s", t.len);
	if (chance(g, 10))
		page_expr(addr, sizeof(addr), s, 1 + (int)below(g, 4095));
	if (chance(g, 10))
		snprintf(len, sizeof(len), "%d", 1 + (int)below(g, 8191));
	switch (below(g, 10)) {
	case 0: case 1: case 2:
		add(g, "read(%s)", addr);
		break;
	case 3: case 4:
		add(g, "read(%s, %s)", addr, len);
		break;
	case 5: case 6: case 7:
		add(g, "write(%s, %s, %s)", addr, len, pick_byte(g));
		break;
	case 8:
		add(g, "process_vm_readv(%s, %s)", addr, bad(g) ? "-1" : len);
		break;
	default:
		add(g, "process_vm_writev(%s, %s, %s)", addr,
		    bad(g) ? "-1" : len, pick_byte(g));
		break;
	}
}

/* ---- files ----------------------------------------------------------- */

static int add_file(struct gen *g, bool disk)
{
	struct gfile *f;

	if (g->nfiles == MAX_FILES)
		return -1;
	f = &g->files[g->nfiles++];
	snprintf(f->name, sizeof(f->name), "%c%d", disk ? 'f' : 'm',
		 g->nnames++);
	f->disk = disk;
	f->readable = true;
	return 0;
}

static void gen_open(struct gen *g)
{
	static const struct wchoice flags[] = {
		{ 50, 0 }, { 15, 1 }, { 10, 2 }, { 5, 3 }, { 5, 4 }, { 5, 5 },
		{ 3, 6 }, { 4, 7 }, { 3, 8 }, { 2, 9 }, { 1, 10 }, { 2, 11 },
		{ 1, 12 }, { 0, 0 },
	};
	/*
	 * O_PATH opens a file for nothing (and drops O_CREAT, O_TRUNC and the
	 * access mode); O_ACCMODE (3) opens one for neither reading nor
	 * writing.
	 */
	static const char *const flag_text[] = {
		"O_RDWR | O_CREAT", "O_RDWR", "O_RDONLY", "O_WRONLY | O_CREAT",
		"O_RDWR | O_CREAT | O_TRUNC", "O_RDWR | O_CREAT | O_EXCL",
		"O_RDWR | O_APPEND", "O_RDWR | O_CREAT | O_CLOEXEC",
		"O_PATH", "O_PATH | O_CLOEXEC", "O_PATH | O_RDWR | O_CREAT | O_TRUNC",
		"O_ACCMODE", "O_RDWR | O_NOFOLLOW",
	};
	static const bool flag_readable[] = {
		true, true, true, false, true, true, true, true,
		false, false, false, false, true,
	};
	static const char *const bad_opens[] = {
		"open(\".\", O_RDWR)", "open(\"f0\", O_RDWR | O_DIRECTORY)",
		"open(\"nosuch\", O_RDONLY)", "open(\".\", O_TMPFILE | O_RDONLY, 0600)",
		"open(\"f1\", O_RDWR | O_CREAT | O_DIRECTORY, 0600)",
		"open(\"f2/\", O_RDONLY)", "open(\"f3/\", O_RDWR | O_CREAT, 0600)",
		"open(\"f0/x\", O_RDWR | O_CREAT, 0600)",
		"open(\"nosuch\", O_PATH | O_CREAT, 0600)",
		"open(\"f1\", O_PATH | O_DIRECTORY)",
	};
	int path = (int)below(g, NPATHS), i;
	struct gfile *f;

	if (add_file(g, true))
		return;
	f = &g->files[g->nfiles - 1];
	define(g, f->name);
	add(g, "%s = ", f->name);
	if (bad(g)) {
		f->readable = false;
		if (chance(g, 15)) {
			/* a name one byte longer than NAME_MAX */
			add(g, "open(\"%0256d\", O_RDWR | O_CREAT, 0600)", 0);
			return;
		}
		add(g, "%s", PICK(g, bad_opens));
		return;
	}
	if (chance(g, 8)) {
		add(g, "open(\".\", O_TMPFILE | O_RDWR, 0600)");
		return;
	}
	i = wpick(g, flags);
	/* truncating to nothing means writeback on release: not with pageout */
	if (i == 4 && !g->writeback)
		i = 0;
	f->readable = flag_readable[i];
	add(g, "open(\"f%d\", %s, 0600)", path, flag_text[i]);
}

static void gen_memfd(struct gen *g)
{
	static const char *const flags[] = {
		"0", "MFD_ALLOW_SEALING", "MFD_ALLOW_SEALING", "MFD_CLOEXEC",
		"MFD_NOEXEC_SEAL", "MFD_EXEC", "MFD_ALLOW_SEALING | MFD_CLOEXEC",
	};
	static const char *const bad_flags[] = {
		"0x100", "MFD_EXEC | MFD_NOEXEC_SEAL", "-1",
	};

	if (add_file(g, false))
		return;
	define(g, g->files[g->nfiles - 1].name);
	add(g, "%s = memfd_create(\"%s\", %s)", g->files[g->nfiles - 1].name,
	    g->files[g->nfiles - 1].name, bad(g) ? PICK(g, bad_flags) :
	    PICK(g, flags));
}

/* A file size or offset in bytes: whole pages mostly. */
static void file_off(struct gen *g, char *buf, size_t len, int max_pages)
{
	int pages = (int)below(g, (uint32_t)max_pages);

	if (chance(g, 15))
		snprintf(buf, len, "%d", pages * 4096 + (int)below(g, 4096));
	else if (!pages)
		snprintf(buf, len, "0");
	else
		pages_expr(buf, len, pages);
}

/*
 * fallocate, every mode the model has.  FALLOC_FL_COLLAPSE_RANGE and
 * FALLOC_FL_INSERT_RANGE write a disk file back from the offset on and
 * drop its cache there: the pages read again come from disk blocks, and
 * a fault-around over pages still being read is timing-dependent.  So a
 * program with disk files shifts them only in the writeback family, on a
 * descriptor it can read, and reads the whole file back at once, which
 * waits for every page (to the end of file, where readahead stops too).
 * Pageout programs never shift a disk file: the blocks that writeback
 * gives its pages would be read back asynchronously after a pageout.
 */
static int gen_fallocate(struct gen *g)
{
	static const char *const modes[] = {
		"0", "FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_ZERO_RANGE", "FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_COLLAPSE_RANGE", "FALLOC_FL_INSERT_RANGE",
	};
	/* every file system refuses these, before or without changing anything */
	static const char *const bad_modes[] = {
		"FALLOC_FL_PUNCH_HOLE", "0x1000", "-1",
		"FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_INSERT_RANGE | FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_INSERT_RANGE",
		"FALLOC_FL_PUNCH_HOLE | FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE",
		"FALLOC_FL_UNSHARE_RANGE",
	};
	const char *fd, *mode, *proc = g->proc;
	char a[64], b[64];
	bool disk, shift, readable = true;
	int i;

	mode = bad(g) ? PICK(g, bad_modes) : PICK(g, modes);
	fd = pick_fd(g, &disk);
	/* shmem has only the first four modes: ext4's others want its files */
	if (strstr(mode, "_RANGE") && !disk && chance(g, 70))
		for (i = 0; i < g->nfiles; i++)
			if (g->files[(i + g->nnames) % g->nfiles].disk) {
				fd = g->files[(i + g->nnames) % g->nfiles].name;
				use(g, fd);
				disk = true;
				break;
			}
	for (i = 0; i < g->nfiles; i++)
		if (!strcmp(g->files[i].name, fd))
			readable = g->files[i].readable;
	shift = !strcmp(mode, "FALLOC_FL_COLLAPSE_RANGE") ||
		!strcmp(mode, "FALLOC_FL_INSERT_RANGE");
	if (shift && g->disk && (!g->writeback || (disk && !readable))) {
		mode = "FALLOC_FL_ZERO_RANGE";
		shift = false;
	}
	/* a shift needs whole blocks, and a collapse a range inside the file */
	file_off(g, a, sizeof(a), shift ? 24 : 96);
	if (shift && chance(g, 70))
		pages_expr(b, sizeof(b), 1 + (int)below(g, 8));
	else
		file_off(g, b, sizeof(b), 64);
	add(g, "fallocate(%s, %s, %s, %s)", fd, mode, a,
	    bad(g) ? "0" : strcmp(b, "0") ? b : "PAGE");
	if (!shift || !g->disk)
		return 0;
	/* the whole file back in the cache: kept and dropped together */
	g->st->group = ++g->group;
	if (begin(g, proc))
		return -1;
	add(g, "pread(%s, 64 * MiB, 0)", fd);
	if (fd[0] >= 'a' && fd[0] <= 'z')
		use(g, fd);
	g->st->group = g->group;
	return 0;
}

static int gen_file_op(struct gen *g)
{
	char a[64], b[64];
	const char *fd;
	bool disk;

	switch (below(g, 20)) {
	case 0: case 1: case 2: case 3: case 4: case 5: {
		fd = pick_fd(g, &disk);
		file_off(g, a, sizeof(a), 64);
		if (chance(g, 20))
			snprintf(a, sizeof(a), "%d * PAGE", 1 << below(g, 5));
		file_off(g, b, sizeof(b), 96);
		add(g, "pwrite(%s, %s, %s, %s)", fd, pick_byte(g),
		    bad(g) ? "-1" : a, bad(g) ? "-PAGE" : b);
		return 0;
	}
	case 6: case 7: case 8:
		fd = pick_fd(g, &disk);
		file_off(g, a, sizeof(a), 32);
		file_off(g, b, sizeof(b), 96);
		add(g, "pread(%s, %s, %s)", fd, bad(g) ? "-1" : a, b);
		return 0;
	case 9: case 10: case 11:
		fd = pick_fd(g, &disk);
		file_off(g, a, sizeof(a), 160);
		/* ext4 writes a file truncated to 0 back on release */
		if (!strcmp(a, "0") && !g->writeback)
			snprintf(a, sizeof(a), "1");
		add(g, "ftruncate(%s, %s)", fd, bad(g) ? "-1" : a);
		return 0;
	case 12: case 13:
		return gen_fallocate(g);
	case 14: case 15: {
		static const char *const cmds[] = {
			"F_GETFL, 0", "F_SETFL, O_APPEND", "F_SETFL, 0",
			"F_SETFL, O_NONBLOCK", "F_GETFD, 0", "F_SETFD, FD_CLOEXEC",
			"F_DUPFD, 20", "F_GET_SEALS, 0", "F_GET_SEALS, 0",
			"F_ADD_SEALS, F_SEAL_SHRINK", "F_ADD_SEALS, F_SEAL_GROW",
			"F_ADD_SEALS, F_SEAL_WRITE", "F_ADD_SEALS, F_SEAL_FUTURE_WRITE",
			"F_ADD_SEALS, F_SEAL_SEAL", "F_ADD_SEALS, F_SEAL_EXEC",
			"F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW",
			"F_DUPFD_CLOEXEC, 20",
		};
		/* no locks, leases or notifications: they could block */
		static const char *const bad_cmds[] = {
			"12345, 0", "F_ADD_SEALS, 0x100", "F_DUPFD, -1",
		};

		fd = pick_fd(g, &disk);
		add(g, "fcntl(%s, %s)", fd,
		    bad(g) ? PICK(g, bad_cmds) : PICK(g, cmds));
		return 0;
	}
	case 16:
		if (!g->writeback)
			break;
		fd = pick_fd(g, &disk);
		add(g, "fsync(%s)", fd);
		return 0;
	case 17:
		fd = pick_fd(g, &disk);
		add(g, "close(%s)", fd);
		return 0;
	case 18:
		if (bad(g)) {
			static const char *const bad_paths[] = {
				"nosuch", "nosuch", ".", "", "f0/", "f1/x",
			};

			add(g, "unlink(\"%s\")", PICK(g, bad_paths));
			return 0;
		}
		add(g, "unlink(\"f%d\")", (int)below(g, NPATHS));
		return 0;
	default:
		break;
	}
	if (g->nfiles == MAX_FILES)
		add(g, "pread(%s, PAGE, 0)", pick_fd(g, &disk));
	else if (chance(g, 60) || !g->disk)
		gen_memfd(g);
	else
		gen_open(g);
	return 0;
}

/* ---- observations ---------------------------------------------------- */

static void obs_addr(struct gen *g, char *buf, size_t len)
{
	int s, n;

	pick_range(g, true, &s, &n);
	if (n > 1)
		s += (int)below(g, (uint32_t)n);
	page_expr(buf, len, s, chance(g, 5) ? (int)below(g, 4096) : 0);
}

static void gen_observe(struct gen *g)
{
	static const char *const fields[] = {
		"Rss", "Rss", "Pss", "Size", "Anonymous", "Anonymous",
		"Private_Dirty", "Private_Clean", "Shared_Dirty",
		"Shared_Clean", "Pss_Dirty", "Locked", "Swap", "SwapPss",
		"KernelPageSize", "MMUPageSize", "AnonHugePages",
		"FilePmdMapped", "ShmemPmdMapped", "THPeligible", "KSM",
		"Shared_Hugetlb", "Private_Hugetlb",
	};
	static const char *const mnemonics[] = {
		"rd", "wr", "ex", "sh", "mr", "mw", "me", "ms", "gd", "lo",
		"lo", "io", "sr", "rr", "dc", "de", "ac", "nr", "ht", "wf",
		"dd", "mm", "hg", "nh", "mg", "um", "uw", "ss", "sl", "lf",
		"dp", "gu", "sf", "ar", "pf",
	};
	char a[64];

	if (chance(g, 6)) {
		add(g, "maps()");
		return;
	}
	obs_addr(g, a, sizeof(a));
	switch (below(g, 16)) {
	case 0: case 1: case 2:
		add(g, "vma(%s)", a);
		return;
	case 3: case 4:
		add(g, "vma_prot(%s)", a);
		return;
	case 5: case 6:
		add(g, "vmflag(%s, \"%s\")", a, PICK(g, mnemonics));
		return;
	case 7: case 8: case 9:
		add(g, "smaps(%s, \"%s\")", a, PICK(g, fields));
		return;
	case 10: case 11: case 12:
		add(g, "pagemap(%s)", a);
		return;
	case 13:
		add(g, "mapcount(%s)", a);
		return;
	default:
		add(g, "kpageflags(%s) & k", a);
		use(g, "k");
		return;
	}
}

/*
 * Frames compare only within one moment: `tN = frame(A)` and at once
 * `frame(B) == tN`, both pages alive.  Which frame a freed page's
 * successor gets, and whether a write reuses a page its other sharer
 * has let go, depend on the kernel's per-CPU lists and batches, so a
 * token is never compared with one taken before anything changed.
 */
static int gen_frames(struct gen *g)
{
	char a[64], b[64], t[FZ_NAME_LEN];
	const char *proc = g->proc, *other;

	snprintf(t, sizeof(t), "t%d", g->nnames++);
	obs_addr(g, a, sizeof(a));
	g->group++;
	add(g, "%s = frame(%s)", t, a);
	define(g, t);
	g->st->group = g->group;
	other = chance(g, 50) ? pick_proc(g) : proc;
	if (begin(g, other))
		return -1;
	if (chance(g, 50))
		snprintf(b, sizeof(b), "%s", a);
	else
		obs_addr(g, b, sizeof(b));
	add(g, "frame(%s)", b);
	use(g, t);
	expect(g, "%s %s", chance(g, 80) ? "==" : "!=", t);
	g->st->group = g->group;
	return 0;
}

static const char *pick_categories(struct gen *g)
{
	static const char *const cats[] = {
		"0", "PAGE_IS_PRESENT", "PAGE_IS_WRITTEN", "PAGE_IS_FILE",
		"PAGE_IS_GUARD", "PAGE_IS_PFNZERO", "PAGE_IS_SWAPPED",
		"PAGE_IS_PRESENT | PAGE_IS_FILE", "PAGE_IS_GUARD | PAGE_IS_PRESENT",
		"PAGE_IS_HUGE", "PAGE_IS_WPALLOWED", "PAGE_IS_SOFT_DIRTY",
		"PAGE_IS_PRESENT | PAGE_IS_WRITTEN | PAGE_IS_FILE | PAGE_IS_PFNZERO | PAGE_IS_GUARD | PAGE_IS_SWAPPED",
	};

	return PICK(g, cats);
}

/*
 * PAGEMAP_SCAN's flags.  PM_SCAN_WP_MATCHING would write-protect the pages
 * of a VMA registered for asynchronous write-protection
 * (UFFD_FEATURE_WP_ASYNC), which the model does not have (it stops there),
 * so programs with userfaultfd never ask for it; they check for such VMAs
 * instead (PM_SCAN_CHECK_WPASYNC), and their bad flag is an unknown one.
 */
static const char *scan_flags(struct gen *g)
{
	if (!g->uffd)
		return bad(g) ? "PM_SCAN_WP_MATCHING" : "0";
	if (bad(g))
		return "0x10";
	return chance(g, 20) ? "PM_SCAN_CHECK_WPASYNC" : "0";
}

static int gen_scan(struct gen *g)
{
	struct range_text t;
	const char *proc = g->proc;
	int i, n;
	const char *ret;

	range_text(g, SPILL, &t, NULL, NULL);
	ret = chance(g, 40) ? "PAGE_IS_PRESENT | PAGE_IS_WRITTEN | PAGE_IS_FILE | PAGE_IS_PFNZERO | PAGE_IS_GUARD | PAGE_IS_SWAPPED | PAGE_IS_HUGE" :
	      pick_categories(g);
	add(g, "pagemap_scan(%s, %s, %s, %s, %s, %s, %s", t.addr, t.len,
	    scan_flags(g),
	    chance(g, 15) ? pick_categories(g) : "0",
	    chance(g, 30) ? pick_categories(g) : "0",
	    chance(g, 40) ? pick_categories(g) : "0",
	    bad(g) ? "0x10000" : ret);
	/* max_pages, and then vec_len (at most SC_SCAN_MAX_REGIONS) */
	n = (int)below(g, 6);
	if (n >= 3)
		add(g, ", %d", (int)below(g, 40));
	if (n >= 5)
		add(g, ", %d", (int)below(g, 6));
	add(g, ")");
	n = (int)below(g, 4);
	for (i = 0; i < n; i++) {
		if (begin(g, proc))
			return -1;
		switch (below(g, 3)) {
		case 0:
			add(g, "scan_region(%d)", (int)below(g, 4));
			break;
		case 1:
			add(g, "scan_categories(%d)", (int)below(g, 4));
			break;
		default:
			add(g, "scan_walk_end()");
			break;
		}
	}
	return 0;
}

/* ---- userfaultfd ----------------------------------------------------- */

/*
 * Nothing in a scenario reads a userfaultfd, so nothing may wait for a
 * reader (the model stops, the host would block): every handshake that
 * can succeed asks for UFFD_FEATURE_SIGBUS, under which a fault the reader
 * would resolve (MISSING, MINOR) raises SIGBUS and get_user_pages fails,
 * and none asks for an event (UFFD_FEATURE_EVENT_FORK, _REMAP, _REMOVE,
 * _UNMAP), which fork, mremap, munmap and madvise would wait on.  WP
 * registration write-protects nothing by itself: only UFFDIO_WRITEPROTECT
 * (which the language lacks) and PAGEMAP_SCAN's PM_SCAN_WP_MATCHING (which
 * these programs never ask, scan_flags()) put the uffd-wp bit in a PTE, so
 * no write waits either.  A bad handshake is one every kernel refuses (a
 * wrong api, a feature no kernel offers), so that dropping the good one
 * before it, when shrinking, leaves no context without SIGBUS.
 */
static void gen_uffdio_api(struct gen *g, const char *fd)
{
	static const char *const extras[] = {
		"", "", "", " | UFFD_FEATURE_WP_ASYNC", " | UFFD_FEATURE_WP_ASYNC",
		" | UFFD_FEATURE_WP_UNPOPULATED",
		" | UFFD_FEATURE_MISSING_SHMEM | UFFD_FEATURE_MINOR_SHMEM | UFFD_FEATURE_WP_HUGETLBFS_SHMEM",
		" | UFFD_FEATURE_THREAD_ID | UFFD_FEATURE_EXACT_ADDRESS | UFFD_FEATURE_PAGEFAULT_FLAG_WP",
		" | UFFD_FEATURE_MOVE | UFFD_FEATURE_POISON",
		" | UFFD_FEATURE_MISSING_HUGETLBFS | UFFD_FEATURE_MINOR_HUGETLBFS",
		" | (UFFD_API_FEATURES & ~(UFFD_FEATURE_EVENT_FORK | UFFD_FEATURE_EVENT_REMAP | UFFD_FEATURE_EVENT_REMOVE | UFFD_FEATURE_EVENT_UNMAP))",
	};
	static const char *const bad_calls[] = {
		"uffdio_api(%s, 0xab, UFFD_FEATURE_SIGBUS)",
		"uffdio_api(%s, 0, 0)",
		"uffdio_api(%s, UFFD_API, UFFD_FEATURE_SIGBUS | 1 << 17)",
		"uffdio_api(%s, UFFD_API, 1 << 31)",
		"uffdio_api(%s, UFFD_API, UFFD_FEATURE_SIGBUS | 1 << 40)",
	};

	if (bad(g)) {
		add(g, PICK(g, bad_calls), fd);
		return;
	}
	add(g, "uffdio_api(%s, UFFD_API, UFFD_FEATURE_SIGBUS%s)", fd,
	    PICK(g, extras));
}

/* A userfaultfd to use: one of the program's, or at times a file that is none. */
static const char *pick_uffd(struct gen *g)
{
	static const char *const bad_fds[] = { "99", "-1" };

	if (g->nuffds && !bad(g)) {
		const char *u = g->uffds[below(g, g->nuffds)];

		use(g, u);
		return u;
	}
	if (g->nfiles && chance(g, 60)) {
		const char *f = g->files[below(g, g->nfiles)].name;

		use(g, f);		/* -ENOTTY */
		return f;
	}
	return PICK(g, bad_fds);
}

/* userfaultfd(), then (mostly) its handshake. */
static int gen_userfaultfd(struct gen *g)
{
	static const char *const flags[] = {
		"0", "0", "0", "O_CLOEXEC", "O_NONBLOCK", "UFFD_USER_MODE_ONLY",
		"O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY",
	};
	static const char *const bad_flags[] = {
		"2", "O_RDWR", "O_CLOEXEC | 4", "-1",
	};
	const char *proc = g->proc;
	char *name;

	if (g->nuffds == MAX_UFFDS)
		return 0;
	name = g->uffds[g->nuffds++];
	snprintf(name, FZ_NAME_LEN, "u%d", g->nnames++);
	add(g, "%s = userfaultfd(%s)", name, bad(g) ? PICK(g, bad_flags) :
	    PICK(g, flags));
	define(g, name);
	if (chance(g, 10))
		return 0;
	if (begin(g, proc))
		return -1;
	use(g, name);
	gen_uffdio_api(g, name);
	return 0;
}

static const char *pick_uffd_mode(struct gen *g)
{
	static const char *const modes[] = {
		"UFFDIO_REGISTER_MODE_MISSING", "UFFDIO_REGISTER_MODE_MISSING",
		"UFFDIO_REGISTER_MODE_MISSING", "UFFDIO_REGISTER_MODE_MISSING",
		"UFFDIO_REGISTER_MODE_WP", "UFFDIO_REGISTER_MODE_WP",
		"UFFDIO_REGISTER_MODE_WP", "UFFDIO_REGISTER_MODE_MINOR",
		"UFFDIO_REGISTER_MODE_MINOR",
		"UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP",
		"UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP",
		"UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_MINOR",
		"UFFDIO_REGISTER_MODE_WP | UFFDIO_REGISTER_MODE_MINOR",
		"UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP | UFFDIO_REGISTER_MODE_MINOR",
	};
	static const char *const bad_modes[] = {
		"0", "8", "UFFDIO_REGISTER_MODE_MISSING | 1 << 32", "-1",
	};

	return bad(g) ? PICK(g, bad_modes) : PICK(g, modes);
}

static void gen_uffdio_register(struct gen *g)
{
	struct range_text t;
	const char *fd = pick_uffd(g);

	range_text(g, SPILL, &t, NULL, NULL);
	add(g, "uffdio_register(%s, %s, %s, %s)", fd, t.addr, t.len,
	    pick_uffd_mode(g));
}

static int gen_uffd(struct gen *g)
{
	struct range_text t;

	switch (below(g, 20)) {
	case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
	case 8:
		gen_uffdio_register(g);
		return 0;
	case 9: case 10: case 11: case 12: {
		const char *fd = pick_uffd(g);

		range_text(g, SPILL, &t, NULL, NULL);
		add(g, "uffdio_unregister(%s, %s, %s)", fd, t.addr, t.len);
		return 0;
	}
	case 13: case 14:
		/* a second handshake, or a first one after a bad one */
		gen_uffdio_api(g, pick_uffd(g));
		return 0;
	case 15: case 16:
		if (g->nuffds < MAX_UFFDS)
			return gen_userfaultfd(g);
		gen_uffdio_register(g);
		return 0;
	case 17:
		/* the last close unregisters everything of the context */
		add(g, "close(%s)", pick_uffd(g));
		return 0;
	default: {
		char a[64];

		obs_addr(g, a, sizeof(a));
		add(g, "vmflag(%s, \"%s\")", a,
		    chance(g, 40) ? "um" : chance(g, 50) ? "uw" : "ui");
		return 0;
	}
	}
}

/* ---- processes ------------------------------------------------------- */

static void gen_fork(struct gen *g)
{
	char name[FZ_NAME_LEN];

	snprintf(name, sizeof(name), "c%d", g->nnames++);
	add(g, "%s = fork()", name);
	define(g, name);
	snprintf(g->live[g->nlive++], FZ_NAME_LEN, "%s", name);
	g->nforks++;
}

static int gen_exit(struct gen *g)
{
	int i = (int)below(g, g->nlive);

	if (begin(g, g->live[i]))
		return -1;
	add(g, "exit()");
	memmove(&g->live[i], &g->live[i + 1],
		(g->nlive - i - 1) * sizeof(g->live[0]));
	g->nlive--;
	return 0;
}

/* ---- programs -------------------------------------------------------- */

/*
 * The carve-out: 8 MiB reserved, then everything but the 2 MiB-aligned
 * 4 MiB inside unmapped again, so that unmapped space surrounds it on
 * both backends; `c` is unbound afterwards so that addresses print
 * relative to `r` alone.
 */
static int prologue(struct gen *g)
{
	static const char *const lines[] = {
		"c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)",
		"r = c + 2 * MiB - (c & (2 * MiB - 1))",
		"munmap(c, r - c)",
		"munmap(r + 4 * MiB, c + 4 * MiB - r)",
		"c = 0",
	};
	size_t i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		if (begin(g, ""))
			return -1;
		add(g, "%s", lines[i]);
		g->st->flags |= FZ_PROLOGUE;
	}
	return 0;
}

/*
 * The page flags kpageflags() observations look at, bound once to `k`.
 * Not LRU, ACTIVE, REFERENCED, UNEVICTABLE, LOCKED: the kernel sets them
 * as its per-CPU batches drain; nor MLOCKED, which munlock clears through
 * such a batch too (mlock_fbatch); nor WRITEBACK, set while writeback that
 * nobody waits for is in flight (ext4 starts it when a file truncated to
 * 0 is released).  DIRTY of an anonymous page depends on
 * whether a write after fork reused it (a sharer's zap dirties it) and
 * SWAPBACKED on whether MADV_FREE's batch drained, so programs with fork
 * or MADV_FREE leave those out as well.
 */
static int kpf_mask(struct gen *g)
{
	if (begin(g, ""))
		return -1;
	add(g, "k = KPF_UPTODATE | KPF_RECLAIM | KPF_MMAP | "
	    "KPF_ANON | KPF_SWAPCACHE | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | "
	    "KPF_THP | KPF_ZERO_PAGE | KPF_NOPAGE | KPF_OWNER_2 | KPF_PRIVATE%s%s",
	    g->forks ? "" : " | KPF_DIRTY", g->frees ? "" : " | KPF_SWAPBACKED");
	define(g, "k");
	return 0;
}

static int gen_stmt(struct gen *g)
{
	/* the last weight is userfaultfd's, 0 (the end) without it */
	struct wchoice ops[] = {
		{ 9, 0 },	/* mmap anonymous */
		{ 4, 1 },	/* mmap a file */
		{ 4, 2 },	/* munmap */
		{ 4, 3 },	/* mprotect */
		{ 9, 4 },	/* madvise */
		{ 2, 5 },	/* mlock */
		{ 1, 6 },	/* msync */
		{ 3, 7 },	/* mremap */
		{ 1, 8 },	/* process_madvise */
		{ 22, 9 },	/* accesses */
		{ 8, 10 },	/* files */
		{ 14, 11 },	/* observations */
		{ 3, 12 },	/* frames */
		{ 2, 13 },	/* pagemap_scan */
		{ 2, 14 },	/* fork */
		{ 1, 15 },	/* exit */
		{ 1, 16 },	/* mseal, rarely: it is for ever */
		{ g->uffd ? 5 : 0, 17 },	/* userfaultfd */
		{ 0, 0 },
	};
	int op = wpick(g, ops), ret = 0;
	size_t prefix;

	if (op == 15 && g->nlive)
		return gen_exit(g);
	if (begin(g, pick_proc(g)))
		return -1;
	prefix = strlen(g->st->text);
	switch (op) {
	case 0: gen_mmap_anon(g); break;
	case 1:
		if (!g->nfiles)
			gen_mmap_anon(g);
		else
			gen_mmap_file(g);
		break;
	case 2: gen_munmap(g); break;
	case 3: gen_mprotect(g); break;
	case 4: gen_madvise(g); break;
	case 5: gen_mlock(g); break;
	case 6: gen_msync(g); break;
	case 7: gen_mremap(g); break;
	case 8: gen_process_madvise(g); break;
	case 9: gen_access(g); break;
	case 10:
		if (!g->p->files)
			gen_access(g);
		else
			ret = gen_file_op(g);
		break;
	case 11: gen_observe(g); break;
	case 12: ret = gen_frames(g); break;
	case 13: ret = gen_scan(g); break;
	case 14:
		if (!g->forks || g->nlive == MAX_LIVE || g->nforks == MAX_FORKS)
			gen_access(g);
		else
			gen_fork(g);
		break;
	case 15:
		gen_observe(g);		/* no child to exit */
		break;
	case 17:
		ret = gen_uffd(g);
		break;
	default:
		if (chance(g, 25))
			gen_mseal(g);
		else
			gen_observe(g);
		break;
	}
	/* a generator that found nothing to say leaves no statement */
	if (!ret && g->p->n && strlen(g->p->stmts[g->p->n - 1].text) == prefix)
		g->p->n--;
	return ret;
}

int fz_generate(struct fz_prog *p, struct fz_rng *rng,
		const struct fz_gen_opts *opts)
{
	struct gen g;
	int n, i;

	memset(p, 0, sizeof(*p));
	memset(&g, 0, sizeof(g));
	g.rng = rng;
	g.p = p;
	g.bad = 2 + (int)below(&g, 12);
	if (opts && opts->bad_percent >= 0)
		g.bad = opts->bad_percent;
	p->files = chance(&g, 65);
	g.disk = p->files && chance(&g, 60);
	g.writeback = g.disk && chance(&g, 50);
	g.forks = chance(&g, 60);
	g.frees = chance(&g, 40);
	g.uffd = p->uffd = chance(&g, 25);
	n = opts && opts->max_stmts ? opts->max_stmts : 20 + (int)below(&g, 230);
	if (prologue(&g) || kpf_mask(&g))
		goto fail;
	/* files first, mostly, so that there is something to map */
	if (p->files) {
		int nf = 1 + (int)below(&g, 3);

		for (i = 0; i < nf; i++) {
			if (begin(&g, ""))
				goto fail;
			if (g.disk && chance(&g, 60))
				gen_open(&g);
			else
				gen_memfd(&g);
			if (begin(&g, ""))
				goto fail;
			add(&g, "ftruncate(%s, %d * PAGE)", g.files[g.nfiles - 1].name,
			    1 + (int)below(&g, 64));
			use(&g, g.files[g.nfiles - 1].name);
		}
	}
	/* and something mapped to start with */
	for (i = (int)below(&g, 4); i > 0; i--) {
		if (begin(&g, ""))
			goto fail;
		if (g.nfiles && chance(&g, 50))
			gen_mmap_file(&g);
		else
			gen_mmap_anon(&g);
	}
	/* a userfaultfd or two, and something registered */
	if (g.uffd) {
		for (i = 1 + (int)below(&g, 2); i > 0; i--)
			if (begin(&g, "") || gen_userfaultfd(&g))
				goto fail;
		if (begin(&g, ""))
			goto fail;
		gen_uffdio_register(&g);
	}
	while (p->n < n && !fz_rng_exhausted(rng))
		if (gen_stmt(&g))
			goto fail;
	snprintf(p->title, sizeof(p->title),
		 "%d statements; %s%s%s%s%s, %d%% bad arguments",
		 p->n, p->files ? (g.disk ? "disk files and memfds" : "memfds") :
		 "no files", g.disk ? (g.writeback ? " (writeback)" : " (pageout)") : "",
		 g.forks ? ", fork" : "", g.frees ? ", MADV_FREE" : "",
		 g.uffd ? ", userfaultfd" : "", g.bad);
	return 0;
fail:
	fz_prog_free(p);
	return -1;
}

void fz_prog_free(struct fz_prog *p)
{
	free(p->stmts);
	memset(p, 0, sizeof(*p));
}

/* ---- text ------------------------------------------------------------ */

struct buf {
	char *s;
	size_t len, cap;
	bool oom;
};

static void buf_add(struct buf *b, const char *s)
{
	size_t n = strlen(s);

	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 4096;
		char *ns;

		while (cap < b->len + n + 1)
			cap *= 2;
		ns = realloc(b->s, cap);
		if (!ns) {
			b->oom = true;
			return;
		}
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n + 1);
	b->len += n;
}

/* Does what is kept need `require files`: a file, a memfd, or shmem? */
static bool needs_files(const struct fz_prog *p, const bool *keep)
{
	int i;

	if (!p->files)
		return false;
	for (i = 0; i < p->n; i++) {
		const char *t = p->stmts[i].text;

		if ((!keep || keep[i]) && (strstr(t, "open(") ||
		    strstr(t, "memfd_create(") || strstr(t, "MAP_SHARED")))
			return true;
	}
	return false;
}

/* Does what is kept make a userfaultfd? */
static bool needs_uffd(const struct fz_prog *p, const bool *keep)
{
	int i;

	if (!p->uffd)
		return false;
	for (i = 0; i < p->n; i++)
		if ((!keep || keep[i]) && strstr(p->stmts[i].text, "userfaultfd("))
			return true;
	return false;
}

char *fz_prog_format(const struct fz_prog *p, const bool *keep,
		     char *const *expect_override, const char *header,
		     int *lines, size_t *len)
{
	struct buf b = { 0 };
	int i, line = 0;
	const char *h;

	/* the header's lines, a last one without its newline too */
	for (h = header; h && *h; h++) {
		if (*h != '\n' && h[1])
			continue;
		if (lines)
			lines[line] = -1;
		line++;
	}
	if (header) {
		buf_add(&b, header);
		if (b.len && b.s[b.len - 1] != '\n') {
			buf_add(&b, "\n");
		}
	}
	if (needs_files(p, keep)) {
		buf_add(&b, "require files\n");
		if (lines)
			lines[line] = -1;
		line++;
	}
	if (needs_uffd(p, keep)) {
		buf_add(&b, "require userfaultfd\n");
		if (lines)
			lines[line] = -1;
		line++;
	}
	for (i = 0; i < p->n; i++) {
		const struct fz_stmt *st = &p->stmts[i];
		const char *x = st->expect;

		if (keep && !keep[i])
			continue;
		if (expect_override && expect_override[i] && expect_override[i][0])
			x = expect_override[i];
		buf_add(&b, st->text);
		if (*x) {
			buf_add(&b, " ");
			buf_add(&b, x);
		}
		buf_add(&b, "\n");
		if (lines)
			lines[line] = i;
		line++;
	}
	if (b.oom) {
		free(b.s);
		return NULL;
	}
	if (!b.s)
		buf_add(&b, "");
	if (len)
		*len = b.len;
	return b.s;
}
