// SPDX-License-Identifier: MIT
/*
 * Running fuzz programs: the model alone, or the model and the host in
 * lockstep as `mmsim diff` does, and shrinking a difference by delta
 * debugging.
 *
 * Outcomes compare as `mmsim diff` prints them, with one change: frame
 * tokens compare only by whether there is a frame.  The generator asks
 * about frames only as `frame(B) == tN` right after `tN = frame(A)`
 * (fuzz_gen.c), and that expectation, held or not, is compared instead:
 * it is what the kernel guarantees, while the numbering of tokens over
 * a whole run follows which frames the kernel happens to hand out again.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "consts.h"
#include "engine.h"
#include "fuzz.h"
#include "mmsim/mmsim.h"

extern unsigned long mm_nr_warnings;
extern char mm_first_warning[512];
extern bool mm_warn_quiet;

int64_t fz_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- outcomes as text ------------------------------------------------- */

/* The value bound to @name in @env, if it is a number. */
static bool bound_value(const struct sc_env *env, const char *name, int64_t *v)
{
	int i;

	for (i = 0; i < env->prog->nnames; i++)
		if (!strcmp(env->prog->names[i], name) &&
		    env->vals[i].kind == SC_NUM) {
			*v = env->vals[i].v;
			return true;
		}
	return false;
}

/* An address as the generator writes them: r + 3 * PAGE + 17. */
static void addr_expr(const struct sc_env *env, int64_t a, char *buf, size_t len)
{
	int64_t r, d, pages, bytes;
	const char *sign = "+";

	if (!bound_value(env, "r", &r)) {
		sc_format_addr((struct sc_env *)env, a, buf, len);
		return;
	}
	d = a - r;
	if (d < 0) {
		sign = "-";
		d = -d;
	}
	pages = d / 4096;
	bytes = d % 4096;
	if (!d)
		snprintf(buf, len, "r");
	else if (!bytes && pages == 1)
		snprintf(buf, len, "r %s PAGE", sign);
	else if (!bytes)
		snprintf(buf, len, "r %s %" PRId64 " * PAGE", sign, pages);
	else if (!pages)
		snprintf(buf, len, "r %s %" PRId64, sign, bytes);
	else
		snprintf(buf, len, "r %s (%" PRId64 " * PAGE + %" PRId64 ")",
			 sign, pages, bytes);
}

struct bitname {
	int bit;
	const char *name;
};

static const struct bitname pm_bits[] = {
	{ 63, "PM_PRESENT" }, { 62, "PM_SWAP" }, { 61, "PM_FILE" },
	{ 58, "PM_GUARD_REGION" }, { 57, "PM_UFFD_WP" },
	{ 56, "PM_MMAP_EXCLUSIVE" }, { 55, "PM_SOFT_DIRTY" }, { -1, NULL },
};

static const struct bitname kpf_bits[] = {
	{ 0, "KPF_LOCKED" }, { 1, "KPF_ERROR" }, { 2, "KPF_REFERENCED" },
	{ 3, "KPF_UPTODATE" }, { 4, "KPF_DIRTY" }, { 5, "KPF_LRU" },
	{ 6, "KPF_ACTIVE" }, { 7, "KPF_SLAB" }, { 8, "KPF_WRITEBACK" },
	{ 9, "KPF_RECLAIM" }, { 10, "KPF_BUDDY" }, { 11, "KPF_MMAP" },
	{ 12, "KPF_ANON" }, { 13, "KPF_SWAPCACHE" }, { 14, "KPF_SWAPBACKED" },
	{ 15, "KPF_COMPOUND_HEAD" }, { 16, "KPF_COMPOUND_TAIL" },
	{ 17, "KPF_HUGE" }, { 18, "KPF_UNEVICTABLE" }, { 19, "KPF_HWPOISON" },
	{ 20, "KPF_NOPAGE" }, { 21, "KPF_KSM" }, { 22, "KPF_THP" },
	{ 23, "KPF_OFFLINE" }, { 24, "KPF_ZERO_PAGE" }, { 25, "KPF_IDLE" },
	{ 26, "KPF_PGTABLE" }, { 32, "KPF_RESERVED" }, { 33, "KPF_MLOCKED" },
	{ 34, "KPF_OWNER_2" }, { 35, "KPF_PRIVATE" }, { 36, "KPF_PRIVATE_2" },
	{ 37, "KPF_OWNER_PRIVATE" }, { 38, "KPF_ARCH" }, { 39, "KPF_UNCACHED" },
	{ 40, "KPF_SOFTDIRTY" }, { 41, "KPF_ARCH_2" }, { -1, NULL },
};

static const struct bitname no_bits[] = { { -1, NULL } };

static const struct bitname scan_bits[] = {
	{ 0, "PAGE_IS_WPALLOWED" }, { 1, "PAGE_IS_WRITTEN" },
	{ 2, "PAGE_IS_FILE" }, { 3, "PAGE_IS_PRESENT" },
	{ 4, "PAGE_IS_SWAPPED" }, { 5, "PAGE_IS_PFNZERO" },
	{ 6, "PAGE_IS_HUGE" }, { 7, "PAGE_IS_SOFT_DIRTY" },
	{ 8, "PAGE_IS_GUARD" }, { -1, NULL },
};

/* A mask as names or'ed together: PM_PRESENT | PM_MMAP_EXCLUSIVE. */
static void bits_expr(const struct bitname *names, uint64_t v, char *buf,
		      size_t len)
{
	size_t n = 0;
	int b, i;

	buf[0] = '\0';
	if (!v) {
		snprintf(buf, len, "0");
		return;
	}
	for (b = 63; b >= 0 && n < len; b--) {
		const char *name = NULL;

		if (!(v & (1ULL << b)))
			continue;
		for (i = 0; names[i].name; i++)
			if (names[i].bit == b)
				name = names[i].name;
		if (name)
			n += snprintf(buf + n, len - n, "%s%s", n ? " | " : "", name);
		else
			n += snprintf(buf + n, len - n, "%s(1 << %d)", n ? " | " : "", b);
	}
}

/*
 * The outcome of @step written as an expectation that the same outcome
 * meets: "== -EINVAL", "== [r, r + 2 * PAGE)", or "" where none is
 * written (bindings, processes, frame tokens, addresses that compare only
 * as success).
 */
static void expect_text(const struct sc_env *env, const struct sc_step *step,
			const struct fz_stmt *st, char *buf, size_t len)
{
	const struct sc_outcome *o = &step->got;
	char a[96], b[96];
	const char *name;
	enum sc_op op = step->call ? step->call->op : SC_NR_OPS;

	buf[0] = '\0';
	if (st->flags & FZ_CHECK) {
		/* the generator's expectation, turned to what the host says */
		if (step->passed)
			snprintf(buf, len, "%s", st->expect);
		else if (!strncmp(st->expect, "==", 2))
			snprintf(buf, len, "!=%s", st->expect + 2);
		else
			snprintf(buf, len, "==%s", st->expect + 2);
		return;
	}
	if (!step->has_outcome || step->compare_success_only)
		return;
	switch (o->kind) {
	case SC_NUM:
		if (step->failed_call && o->v < 0 && (name = sc_errno_name(-o->v)))
			snprintf(buf, len, "== -%s", name);
		else if (o->is_addr)
			addr_expr(env, o->v, a, sizeof(a)), snprintf(buf, len, "== %s", a);
		else if (op == SC_PAGEMAP)
			bits_expr(pm_bits, (uint64_t)o->v, a, sizeof(a)),
				snprintf(buf, len, "== %s", a);
		else if (op == SC_KPAGEFLAGS)
			bits_expr(kpf_bits, (uint64_t)o->v, b, sizeof(b)),
				snprintf(buf, len, "== %s", b);
		else if (op == SC_SCAN_CATEGORIES)
			bits_expr(scan_bits, (uint64_t)o->v, b, sizeof(b)),
				snprintf(buf, len, "== %s", b);
		else if ((op == SC_READ || op == SC_PREAD) &&
			 ((o->v >= 'a' && o->v <= 'z') || (o->v >= 'A' && o->v <= 'Z')))
			snprintf(buf, len, "== '%c'", (int)o->v);
		else if (op == SC_SMAPS && o->v && !(o->v % 1024))
			snprintf(buf, len, "== %" PRId64 " * KiB", o->v / 1024);
		else
			snprintf(buf, len, "== %" PRId64, o->v);
		return;
	case SC_SIGNAL:
		name = sc_signal_name(o->v);
		snprintf(buf, len, "== %s", name ? name : "SIGSEGV");
		return;
	case SC_MIXED:
		snprintf(buf, len, "== MIXED");
		return;
	case SC_NONE:
		snprintf(buf, len, "== NONE");
		return;
	case SC_RANGE:
		addr_expr(env, o->v, a, sizeof(a));
		addr_expr(env, o->v2, b, sizeof(b));
		snprintf(buf, len, "== [%.60s, %.60s)", a, b);
		return;
	case SC_STRING:
		snprintf(buf, len, "== \"%s\"", o->str);
		return;
	default:
		return;		/* processes, frame tokens */
	}
}

/* The outcome as the comparison sees it. */
static void step_form(struct sc_env *env, const struct sc_step *s,
		      char *buf, size_t len)
{
	size_t n;

	if (s->compare_success_only && s->got.kind == SC_NUM && !s->failed_call)
		snprintf(buf, len, "an address");
	else if (!s->has_outcome)
		snprintf(buf, len, "(binding)");
	else if (s->got.kind == SC_TOKEN)
		snprintf(buf, len, "a frame");
	else
		sc_format_outcome(env, s, &s->got, buf, len);
	n = strlen(buf);
	if (s->st->expect.kind != X_NOTHING && n < len)
		snprintf(buf + n, len - n, s->passed ? " (as expected)" :
			 " (not as expected)");
}

/*
 * maps() as the comparison sees it: the lines of VMAs around the carve-out
 * (the sandbox's own mappings lie elsewhere, at addresses that differ),
 * addresses relative to r, files as file#N, and of the name only whether
 * the file is deleted: an O_TMPFILE file's name holds its inode number.
 * Returns a malloc'd string, or NULL.
 */
#define MAPS_SLACK	(64 * 4096LL)
#define CARVE_BYTES	(4LL << 20)

static char *maps_form(struct sc_env *env, const struct sc_text *t)
{
	char *out = NULL, *line, *end;
	size_t outlen = 0, i = 0;
	int64_t r;
	FILE *f;

	if (!t->buf || !bound_value(env, "r", &r))
		return strdup("");
	f = open_memstream(&out, &outlen);
	if (!f)
		return NULL;
	while (i < t->len) {
		unsigned long long start, stop;
		char raw[512], sym[600];
		size_t e = i;

		while (e < t->len && t->buf[e] != '\n')
			e++;
		snprintf(raw, sizeof(raw), "%.*s", (int)(e - i), t->buf + i);
		i = e + 1;
		if (sscanf(raw, "%llx-%llx", &start, &stop) != 2 ||
		    (int64_t)start < r - MAPS_SLACK ||
		    (int64_t)stop > r + CARVE_BYTES + MAPS_SLACK)
			continue;
		{
			FILE *g = fmemopen(sym, sizeof(sym), "w");

			if (!g)
				continue;
			sc_print_maps(env, g, "", raw, strlen(raw));
			fclose(g);
			sym[sizeof(sym) - 1] = '\0';
		}
		sym[strcspn(sym, "\n")] = '\0';
		/* an O_TMPFILE file is named by its inode number: "./#15040522" */
		line = strstr(sym, "/#");
		if (line) {
			end = line + 2 + strspn(line + 2, "0123456789tmpfile");
			memmove(line + 2, end, strlen(end) + 1);
		}
		fprintf(f, "%s; ", sym);
	}
	fclose(f);
	return out;
}

/* The first of the '; '-ended entries where @a and @b part. */
static void first_difference(const char *a, const char *b, char *da, char *db,
			     size_t len)
{
	while (*a && *b) {
		size_t na = strcspn(a, ";"), nb = strcspn(b, ";");

		if (na != nb || memcmp(a, b, na))
			break;
		a += na + (a[na] ? 2 : 0);
		b += nb + (b[nb] ? 2 : 0);
	}
	snprintf(da, len, "maps: %.*s", (int)strcspn(a, ";"), *a ? a : "(no more VMAs)");
	snprintf(db, len, "maps: %.*s", (int)strcspn(b, ";"), *b ? b : "(no more VMAs)");
}

/* ---- signatures ------------------------------------------------------- */

/*
 * The names a signature gives the kind of a madvise(), fcntl() or
 * fallocate() call; their values come from consts.c, the one table.
 */
static const char *const madv_names[] = {
	"MADV_NORMAL", "MADV_RANDOM", "MADV_SEQUENTIAL", "MADV_WILLNEED",
	"MADV_DONTNEED", "MADV_FREE", "MADV_REMOVE", "MADV_DONTFORK",
	"MADV_DOFORK", "MADV_MERGEABLE", "MADV_UNMERGEABLE", "MADV_HUGEPAGE",
	"MADV_NOHUGEPAGE", "MADV_DONTDUMP", "MADV_DODUMP", "MADV_WIPEONFORK",
	"MADV_KEEPONFORK", "MADV_COLD", "MADV_PAGEOUT", "MADV_POPULATE_READ",
	"MADV_POPULATE_WRITE", "MADV_DONTNEED_LOCKED", "MADV_COLLAPSE",
	"MADV_HWPOISON", "MADV_SOFT_OFFLINE", "MADV_GUARD_INSTALL",
	"MADV_GUARD_REMOVE", NULL,
};

static const char *const fcntl_names[] = {
	"F_DUPFD", "F_DUPFD_CLOEXEC", "F_GETFD", "F_SETFD", "F_GETFL",
	"F_SETFL", "F_ADD_SEALS", "F_GET_SEALS", "F_GETLK", "F_SETLK",
	"F_SETLKW", "F_GETOWN", "F_SETOWN", "F_GETSIG", "F_SETSIG",
	"F_GETLEASE", "F_SETLEASE", "F_NOTIFY", "F_GETPIPE_SZ",
	"F_SETPIPE_SZ", "F_OFD_GETLK", "F_OFD_SETLK", "F_OFD_SETLKW",
	"F_GET_RW_HINT", "F_SET_RW_HINT", "F_DUPFD_QUERY", "F_CREATED_QUERY",
	NULL,
};

static const char *const falloc_names[] = {
	"FALLOC_FL_KEEP_SIZE", "FALLOC_FL_PUNCH_HOLE", "FALLOC_FL_NO_HIDE_STALE",
	"FALLOC_FL_COLLAPSE_RANGE", "FALLOC_FL_ZERO_RANGE",
	"FALLOC_FL_INSERT_RANGE", "FALLOC_FL_UNSHARE_RANGE",
	"FALLOC_FL_WRITE_ZEROES", NULL,
};

static int64_t const_value(const char *name)
{
	int64_t v = -1;

	sc_const_lookup(name, strlen(name), &v);
	return v;
}

static const char *const_name(const char *const *names, int64_t v)
{
	int i;

	for (i = 0; names[i]; i++)
		if (const_value(names[i]) == v)
			return names[i];
	return NULL;
}

/*
 * The call as a signature names it: what the call is for where one call
 * does many things (madvise(MADV_COLD), fcntl(F_GET_SEALS),
 * fallocate(FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE)), the field it
 * looks at (smaps("Rss"), vmflag("lo")), else its name.
 */
static void call_kind(const struct sc_call_desc *d, const struct sc_call *c,
		      char *buf, size_t len)
{
	const char *name = NULL;
	int64_t kind;
	size_t n;
	int i;

	if (!d || !c) {
		snprintf(buf, len, "%s", d ? d->name : "a binding");
		return;
	}
	switch (d->op) {
	case SC_SMAPS: case SC_VMFLAG:
		snprintf(buf, len, "%s(\"%.40s\")", d->name, c->str);
		return;
	case SC_MADVISE:
		kind = c->args[2];
		name = const_name(madv_names, kind);
		break;
	case SC_PROCESS_MADVISE:
		kind = c->args[1];
		name = const_name(madv_names, kind);
		break;
	case SC_FCNTL:
		kind = c->args[1];
		name = const_name(fcntl_names, kind);
		break;
	case SC_FALLOCATE:
		n = snprintf(buf, len, "%s(", d->name);
		for (i = 0; falloc_names[i] && n < len; i++)
			if (c->args[1] & const_value(falloc_names[i]))
				n += snprintf(buf + n, len - n, "%s%s",
					      buf[n - 1] == '(' ? "" : "|",
					      falloc_names[i]);
		if (n < len)
			snprintf(buf + n, len - n, "%s)",
				 buf[n - 1] == '(' ? "0" : "");
		return;
	default:
		snprintf(buf, len, "%s", d->name);
		return;
	}
	if (name)
		snprintf(buf, len, "%s(%s)", d->name, name);
	else
		snprintf(buf, len, "%s(%" PRId64 ")", d->name, kind);
}

/* Is @s a plain number: no error, no address compared as success only? */
static bool plain_number(const struct fz_side *s)
{
	return s->has_outcome && s->got.kind == SC_NUM && !s->failed_call &&
	       !s->success_only;
}

/* One side's outcome reduced to its class: -EFAULT, SIGBUS, a value, NONE... */
static void outcome_class(const struct fz_side *s, char *buf, size_t len)
{
	const struct sc_outcome *o = &s->got;
	const char *name;

	if (!s->has_outcome) {
		snprintf(buf, len, "a binding");
		return;
	}
	switch (o->kind) {
	case SC_NUM:
		if (s->failed_call && (name = sc_errno_name(-o->v)))
			snprintf(buf, len, "-%s", name);
		else if (s->failed_call)
			snprintf(buf, len, "-errno %" PRId64, -o->v);
		else if (s->success_only || o->is_addr)
			snprintf(buf, len, "an address");
		else
			snprintf(buf, len, "%s", o->v ? "a value" : "0");
		return;
	case SC_SIGNAL:
		name = sc_signal_name(o->v);
		snprintf(buf, len, "%s", name ? name : "a signal");
		return;
	case SC_MIXED:
		snprintf(buf, len, "MIXED");
		return;
	case SC_NONE:
		snprintf(buf, len, "NONE");
		return;
	case SC_RANGE:
		snprintf(buf, len, "a range");
		return;
	case SC_STRING:
		snprintf(buf, len, "\"%.16s\"", o->str);
		return;
	case SC_PROC:
		snprintf(buf, len, "a process");
		return;
	case SC_TOKEN:
		snprintf(buf, len, "a frame");
		return;
	default:
		snprintf(buf, len, "nothing");
		return;
	}
}

/* The bits only @v has of @v and @w, low to high, without their prefix: "+A|B". */
static void bits_only(const struct bitname *names, size_t skip, const char *unnamed,
		      uint64_t v, uint64_t w, char *buf, size_t len)
{
	uint64_t only = v & ~w;
	size_t n = 0;
	int b, i;

	buf[0] = '\0';
	for (b = 0; b < 64 && n < len; b++) {
		const char *name = NULL;

		if (!(only & (1ULL << b)))
			continue;
		for (i = 0; names[i].name; i++)
			if (names[i].bit == b)
				name = names[i].name + skip;
		if (name)
			n += snprintf(buf + n, len - n, "%s%s", n ? "|" : "+", name);
		else
			n += snprintf(buf + n, len - n, "%s%s%d", n ? "|" : "+",
				      unnamed, b);
	}
}

/*
 * Two masks that differ: the bits each side has and the other lacks,
 * "model +ZERO_PAGE, host +UPTODATE|MMAP|ANON".  pagemap's flags,
 * kpageflags and scan_categories() have names; mincore()'s bits are
 * pages, the userfaultfd ioctls' masks bit numbers.
 */
static void bits_difference(int op, uint64_t m, uint64_t h, char *buf, size_t len)
{
	const struct bitname *names = no_bits;
	const char *prefix = "", *unnamed = "bit ";
	char a[72], b[72];

	if (op == SC_PAGEMAP) {
		names = pm_bits, prefix = "PM_";
	} else if (op == SC_KPAGEFLAGS) {
		/*
		 * KPF_DIRTY and KPF_SWAPBACKED are in the mask of some
		 * programs only (those without fork, those without
		 * MADV_FREE: fuzz_gen.c), so whether they differ along with
		 * others says which program it was, not which mistake.
		 */
		uint64_t sometimes = (uint64_t)(const_value("KPF_DIRTY") |
						const_value("KPF_SWAPBACKED"));

		if ((m ^ h) & ~sometimes) {
			m &= ~sometimes;
			h &= ~sometimes;
		}
		names = kpf_bits, prefix = "KPF_";
	} else if (op == SC_SCAN_CATEGORIES) {
		names = scan_bits, prefix = "PAGE_IS_";
	} else if (op == SC_MINCORE) {
		unnamed = "page ";
	}
	bits_only(names, strlen(prefix), unnamed, m, h, a, sizeof(a));
	bits_only(names, strlen(prefix), unnamed, h, m, b, sizeof(b));
	snprintf(buf, len, "%s%s%s%s%s", a[0] ? "model " : "", a,
		 a[0] && b[0] ? ", " : "", b[0] ? "host " : "", b);
}

static bool is_mask(int op)
{
	return op == SC_PAGEMAP || op == SC_KPAGEFLAGS || op == SC_SCAN_CATEGORIES ||
	       op == SC_MINCORE || op == SC_UFFDIO_API || op == SC_UFFDIO_REGISTER;
}

/*
 * "maps: r+0x3000-r+0x5000 rw-p 00000000 00:00 0 name": the range's two
 * ends, the permissions, the offset and the rest (device, inode, name).
 * False for "(no more VMAs)".
 */
static bool maps_fields(const char *line, char f[5][128])
{
	const char *a = line, *c;
	int i;

	if (!strncmp(a, "maps: ", 6))
		a += 6;
	if (!*a || *a == '(')
		return false;
	for (i = 0; i < 5; i++)
		f[i][0] = '\0';
	/* the '-' between the two addresses, not one inside r-0x1000 */
	for (c = a + 1; *c && *c != ' '; c++)
		if (*c == '-' && (c[1] == 'r' || (c[1] == '0' && c[-1] != 'r')))
			break;
	snprintf(f[0], 128, "%.*s", (int)(c - a), a);
	a = *c == '-' ? c + 1 : c;
	for (i = 1; i < 5 && *a; i++) {
		size_t n = i < 4 ? strcspn(a, " ") : strlen(a);

		snprintf(f[i], 128, "%.*s", (int)(n < 127 ? n : 127), a);
		a += n;
		a += strspn(a, " ");
	}
	return true;
}

/* maps(): what differs in the first VMA where the sides part. */
static void maps_difference(const char *m, const char *h, char *buf, size_t len)
{
	static const char *const what[] = { "start", "end", "permissions",
					    "offset", "file" };
	char fm[5][128], fh[5][128];
	bool hm = maps_fields(m, fm), hh = maps_fields(h, fh);
	size_t n;
	int i, k = 0;

	if (!hm || !hh) {
		snprintf(buf, len, "a VMA only on the %s", hm ? "model" : "host");
		return;
	}
	n = snprintf(buf, len, "the VMAs differ in");
	for (i = 0; i < 5 && n < len; i++)
		if (strcmp(fm[i], fh[i]))
			n += snprintf(buf + n, len - n, "%s%s", k++ ? ", " : " ",
				      what[i]);
}

/* How the two outcomes differ, as a class: the heart of a signature. */
static void outcome_difference(int op, const struct fz_side *m,
			       const struct fz_side *h, char *buf, size_t len)
{
	const struct sc_outcome *om = &m->got, *oh = &h->got;
	char cm[64], ch[64];

	if (op == SC_MAPS && m->maps && h->maps) {
		maps_difference(m->maps, h->maps, buf, len);
		return;
	}
	/*
	 * A statement whose expectation is part of the test (frame(B) ==
	 * tN): whether it held is what matters, not the outcome it held on.
	 */
	if (m->expect != h->expect) {
		snprintf(buf, len, "model %s, host %s",
			 m->expect > 0 ? "held" : "not held",
			 h->expect > 0 ? "held" : "not held");
		return;
	}
	if (plain_number(m) && plain_number(h) && om->v != oh->v) {
		if (is_mask(op))
			bits_difference(op, (uint64_t)om->v, (uint64_t)oh->v,
					buf, len);
		else
			snprintf(buf, len, "model %c host", om->v < oh->v ? '<' : '>');
		return;
	}
	if (om->kind == SC_RANGE && oh->kind == SC_RANGE &&
	    (om->v != oh->v || om->v2 != oh->v2)) {
		char s[32] = "", e[32] = "";

		if (om->v != oh->v)
			snprintf(s, sizeof(s), "start model %c host",
				 om->v < oh->v ? '<' : '>');
		if (om->v2 != oh->v2)
			snprintf(e, sizeof(e), "end model %c host",
				 om->v2 < oh->v2 ? '<' : '>');
		snprintf(buf, len, "%s%s%s", s, s[0] && e[0] ? ", " : "", e);
		return;
	}
	outcome_class(m, cm, sizeof(cm));
	outcome_class(h, ch, sizeof(ch));
	snprintf(buf, len, "model %s, host %s", cm, ch);
}

void fz_signature(const struct sc_call_desc *desc, const struct sc_call *call,
		  const struct fz_side *model, const struct fz_side *host,
		  char *buf, size_t len)
{
	char kind[96], what[160];

	if (!model || !host) {
		snprintf(buf, len, "the %s ran more statements",
			 model ? "model" : "host");
		return;
	}
	call_kind(desc, call, kind, sizeof(kind));
	outcome_difference(desc ? (int)desc->op : -1, model, host, what,
			   sizeof(what));
	snprintf(buf, len, "%.90s: %.140s", kind, what);
}

/*
 * A message without its numbers, so that it names the check, not the
 * state it caught: "mapcount 2 != 1 at 0x7f12000" is "mapcount N != N at N".
 */
static void without_numbers(const char *msg, char *buf, size_t len)
{
	size_t n = 0;

	while (*msg && n + 2 < len) {
		if (*msg >= '0' && *msg <= '9' &&
		    (n == 0 || !((buf[n - 1] >= 'a' && buf[n - 1] <= 'z') ||
				 (buf[n - 1] >= 'A' && buf[n - 1] <= 'Z') ||
				 buf[n - 1] == '_'))) {
			msg += strspn(msg, "0123456789abcdefxABCDEF");
			buf[n++] = 'N';
			continue;
		}
		buf[n++] = *msg++;
	}
	/* cut short: at the end of a word */
	if (*msg && memchr(buf, ' ', n))
		while (n && buf[n - 1] != ' ')
			n--;
	while (n && buf[n - 1] == ' ')
		n--;
	buf[n] = '\0';
}

void fz_broke_signature(const struct sc_call_desc *desc, const struct sc_call *call,
			const char *msg, char *buf, size_t len)
{
	char kind[96], what[112];
	const char *c;

	if (!strncmp(msg, "WARNING at ", 11)) {
		/* the place is the check: "WARNING at mm/rmap.c:412" */
		c = strchr(msg + 11, ':');
		c = c ? c + 1 + strspn(c + 1, "0123456789") : msg + strlen(msg);
		snprintf(what, sizeof(what), "%.*s", (int)(c - msg), msg);
	} else {
		without_numbers(msg, what, sizeof(what));
	}
	call_kind(desc, call, kind, sizeof(kind));
	snprintf(buf, len, "%.60s: model broke: %.110s", kind, what);
}

/* ---- one run ---------------------------------------------------------- */

struct side {
	struct sc_backend *be;
	struct sc_env env;
	struct sc_step step;
	bool env_ok;
	int r;
};

static void side_fini(struct side *s)
{
	if (s->env_ok)
		sc_env_fini(&s->env);
	if (s->be)
		s->be->ops->destroy(s->be);
	s->env_ok = false;
	s->be = NULL;
}

static int side_init(struct side *s, const struct sc_program *prog, bool host,
		     const char *profile, struct fz_result *res)
{
	struct mmsim_profile pf;
	char err[256] = "";

	memset(s, 0, sizeof(*s));
	if (sc_profile_load(host || !profile ? "host" : profile, &pf, err,
			    sizeof(err))) {
		snprintf(res->msg, sizeof(res->msg), "%s", err);
		return -1;
	}
	s->be = host ? sc_host_backend_create(&pf, err, sizeof(err)) :
		       sc_model_backend_create(&pf, err, sizeof(err));
	if (!s->be) {
		snprintf(res->msg, sizeof(res->msg), "cannot create the %s backend: %s",
			 host ? "host" : "model", err);
		return -1;
	}
	if (sc_env_init(&s->env, prog, s->be)) {
		snprintf(res->msg, sizeof(res->msg), "%s", s->env.err);
		side_fini(s);
		return -1;
	}
	s->env_ok = true;
	return 0;
}

/* Is the error of @s its backend's, rather than the file's? */
static bool backend_broke(const struct side *s, const char *name)
{
	char what[32];

	snprintf(what, sizeof(what), "%s backend:", name);
	return strstr(s->env.err, what) != NULL;
}

static int stmt_of(const int *lines, int nlines, int line)
{
	return line >= 1 && line <= nlines ? lines[line - 1] : -1;
}

/* The call of a statement's text: "@c1 t = frame(r)" is frame(). */
static const struct sc_call_desc *text_call(const char *text)
{
	const char *a = text, *e;

	if (*a == '@')
		a += strcspn(a, " ") + strspn(a + strcspn(a, " "), " ");
	e = a + strspn(a, "abcdefghijklmnopqrstuvwxyz_0123456789");
	if (*e == ' ' && e[1] == '=' && e[2] == ' ') {
		a = e + 3;
		e = a + strspn(a, "abcdefghijklmnopqrstuvwxyz_0123456789");
	}
	return *e == '(' ? sc_call_lookup(a, (int)(e - a)) : NULL;
}

static void side_of(struct fz_side *fs, const struct sc_step *st, const char *maps)
{
	memset(fs, 0, sizeof(*fs));
	fs->got = st->got;
	fs->has_outcome = st->has_outcome;
	fs->failed_call = st->failed_call;
	fs->success_only = st->compare_success_only;
	if (st->st && st->st->expect.kind != X_NOTHING)
		fs->expect = st->passed ? 1 : -1;
	fs->maps = maps;
}

/*
 * The signature of the difference fz_run() found between @m and @h: the
 * model backend's last call is the one of the step that differs, if the
 * step made one.
 */
static void diff_signature(struct fz_result *res, struct side *m, struct side *h)
{
	bool maps = m->step.call && m->step.call->op == SC_MAPS;
	struct fz_side sm, sh;

	if (res->stmt < 0) {
		fz_signature(NULL, NULL, m->r ? &sm : NULL, m->r ? NULL : &sh,
			     res->sig, sizeof(res->sig));
		return;
	}
	side_of(&sm, &m->step, maps ? res->model : NULL);
	side_of(&sh, &h->step, maps ? res->host : NULL);
	fz_signature(m->step.call, m->step.call ? sc_model_last_call(m->be) : NULL,
		     &sm, &sh, res->sig, sizeof(res->sig));
}

int fz_run(const struct fz_prog *p, const bool *keep,
	   const struct fz_run_opts *o, struct fz_result *res)
{
	struct side side[2], *m, *h;
	struct sc_program *prog;
	char err[512], fm[160], fh[160], vmsg[512];
	int *lines, nlines = p->n + 8, i, ret = 0;
	const char *hc;
	size_t len;
	char *text;

	memset(res, 0, sizeof(*res));
	res->stmt = -1;
	for (hc = o->header; hc && *hc; hc++)
		nlines += *hc == '\n';
	lines = malloc(nlines * sizeof(*lines));
	text = lines ? fz_prog_format(p, keep, NULL, o->header, lines, &len) : NULL;
	if (!text) {
		free(lines);
		snprintf(res->msg, sizeof(res->msg), "out of memory");
		return -1;
	}
	prog = sc_parse("fuzz.mms", text, len, err, sizeof(err));
	free(text);
	if (!prog) {
		res->verdict = FZ_INVALID;
		snprintf(res->msg, sizeof(res->msg), "%s", err);
		free(lines);
		return 0;
	}
	memset(side, 0, sizeof(side));
	m = o->host_only ? NULL : &side[0];
	h = o->model_only ? NULL : &side[1];
	if ((m && side_init(m, prog, false, o->profile, res)) ||
	    (h && side_init(h, prog, true, NULL, res))) {
		ret = -1;
		goto out;
	}
	for (i = 0; o->skip_unmet && i < 2; i++) {
		const char *unmet = side[i].env_ok ?
			sc_env_unmet_requirement(&side[i].env) : NULL;

		if (unmet) {
			res->verdict = FZ_SKIPPED;
			snprintf(res->msg, sizeof(res->msg), "%s (on the %s backend)",
				 unmet, &side[i] == m ? "model" : "host");
			goto out;
		}
	}
	mm_nr_warnings = 0;
	mm_warn_quiet = true;
	for (;;) {
		struct fz_stmt *st;
		struct side *any;
		int stmt;

		if (m)
			m->r = sc_env_step(&m->env, &m->step);
		if (h)
			h->r = sc_env_step(&h->env, &h->step);
		if (m && m->r > 0 && o->validate) {
			struct mmsim_process **procs;
			int np;

			if (mmsim_validate(sc_model_machine(m->be, &np, &procs),
					   vmsg, sizeof(vmsg))) {
				m->r = -1;
				snprintf(m->env.err, sizeof(m->env.err),
					 "fuzz.mms:%d:1: error: model backend: validate_mm: %.400s",
					 m->step.line, vmsg);
			}
		}
		if ((m && m->r < 0) || (h && h->r < 0)) {
			bool mb = m && m->r < 0 && backend_broke(m, "model");
			bool hb = h && h->r < 0 && backend_broke(h, "host");

			if (hb) {
				res->verdict = FZ_HOST_BROKE;
				snprintf(res->msg, sizeof(res->msg), "%s", h->env.err);
				res->line = h->step.line;
			} else if (mb) {
				const char *why = strstr(m->env.err, "model backend: ");
				int k = stmt_of(lines, nlines, m->step.line);
				/* a call that broke is not the step's: its text says which */
				const struct sc_call_desc *d = m->step.call ? m->step.call :
					k >= 0 ? text_call(p->stmts[k].text) : NULL;

				res->verdict = FZ_MODEL_BROKE;
				if (mm_nr_warnings)
					snprintf(res->msg, sizeof(res->msg), "%.300s: %.200s",
						 m->env.err, mm_first_warning);
				else
					snprintf(res->msg, sizeof(res->msg), "%s",
						 m->env.err);
				const struct sc_call *c = sc_model_last_call(m->be);

				fz_broke_signature(d, d && c->op == d->op ? c : NULL,
						   mm_nr_warnings ?
						   mm_first_warning : why ?
						   why + strlen("model backend: ") :
						   m->env.err,
						   res->sig, sizeof(res->sig));
				res->line = m->step.line;
			} else {
				res->verdict = FZ_INVALID;
				snprintf(res->msg, sizeof(res->msg), "%s",
					 (m && m->r < 0 ? m : h)->env.err);
			}
			if (!res->line)
				sscanf(res->msg, "fuzz.mms:%d:", &res->line);
			res->stmt = stmt_of(lines, nlines, res->line);
			break;
		}
		if ((m && m->r == 0) || (h && h->r == 0)) {
			if (m && h && m->r != h->r) {
				res->verdict = FZ_DIFF;
				snprintf(res->msg, sizeof(res->msg),
					 "the %s backend ran more statements",
					 m->r ? "model" : "host");
			}
			break;
		}
		res->steps++;
		any = m ? m : h;
		stmt = stmt_of(lines, nlines, any->step.line);
		st = stmt >= 0 ? &p->stmts[stmt] : NULL;
		if (m && !m->step.passed)
			res->model_failed++;
		if (h && !h->step.passed && !res->host_failed++)
			res->host_failed_stmt = stmt;
		if (h) {
			step_form(&h->env, &h->step, fh, sizeof(fh));
			if (st && o->host_expect)
				expect_text(&h->env, &h->step, st,
					    o->host_expect[stmt], 160);
			if (st && o->host_form)
				snprintf(o->host_form[stmt], 160, "%s", fh);
		}
		if (m && h && m->step.call && m->step.call->op == SC_MAPS) {
			char *mm = maps_form(&m->env, &m->step.text);
			char *hm = maps_form(&h->env, &h->step.text);

			if (mm && hm && strcmp(mm, hm)) {
				res->verdict = FZ_DIFF;
				res->stmt = stmt;
				res->line = m->step.line;
				first_difference(mm, hm, res->model, res->host,
						 sizeof(res->model));
			}
			if (hm && st && o->host_form) {
				uint64_t hash = 0xcbf29ce484222325ULL;
				const char *c;

				for (c = hm; *c; c++)
					hash = (hash ^ (unsigned char)*c) * 0x100000001b3ULL;
				snprintf(o->host_form[stmt], 160, "maps %016" PRIx64, hash);
			}
			free(mm);
			free(hm);
		} else if (m && h) {
			step_form(&m->env, &m->step, fm, sizeof(fm));
			if (strcmp(fm, fh)) {
				res->verdict = FZ_DIFF;
				res->stmt = stmt;
				res->line = m->step.line;
				snprintf(res->model, sizeof(res->model), "%s", fm);
				snprintf(res->host, sizeof(res->host), "%s", fh);
			}
		}
		for (i = 0; i < 2; i++)
			sc_text_free(&side[i].step.text);
		if (res->verdict != FZ_SAME)
			break;
	}
	for (i = 0; i < 2; i++)
		sc_text_free(&side[i].step.text);
	if (res->verdict == FZ_DIFF && m && h)
		diff_signature(res, m, h);
out:
	mm_warn_quiet = false;
	for (i = 0; i < 2; i++)
		side_fini(&side[i]);
	sc_program_free(prog);
	free(lines);
	return ret;
}

/* ---- shrinking -------------------------------------------------------- */

struct shrink {
	const struct fz_prog *p;
	const struct fz_result *want;
	const struct fz_run_opts *o;
	bool *cand;
	long runs;
	int64_t deadline;
};

static bool same_result(const struct fz_result *a, const struct fz_result *b)
{
	return a->verdict == b->verdict && a->stmt == b->stmt;
}

static bool reproduces(struct shrink *s, const bool *keep)
{
	struct fz_run_opts o = *s->o;
	struct fz_result r;

	o.host_expect = NULL;
	o.host_form = NULL;
	s->runs++;
	if (fz_run(s->p, keep, &o, &r))
		return false;
	return same_result(&r, s->want);
}

/* Does statement @i use a name that no kept statement before it defines? */
static bool orphaned(const struct fz_prog *p, const bool *keep, int i)
{
	const struct fz_stmt *st = &p->stmts[i];
	int u, j;

	for (u = 0; u < FZ_MAX_USES && st->uses[u][0]; u++) {
		bool found = false;

		for (j = 0; j < i && !found; j++)
			found = keep[j] && !strcmp(p->stmts[j].def, st->uses[u]);
		if (!found)
			return true;
	}
	return false;
}

/*
 * Drop from @keep every statement that depends on a dropped definition,
 * and every statement of a group one of whose members is dropped, until
 * nothing changes.
 */
static void close_keep(const struct fz_prog *p, bool *keep, const bool *orig)
{
	bool changed;
	int i, j;

	do {
		changed = false;
		for (i = 0; i < p->n; i++) {
			if (!keep[i])
				continue;
			if (orphaned(p, keep, i)) {
				keep[i] = false;
				changed = true;
				continue;
			}
			if (!p->stmts[i].group)
				continue;
			for (j = 0; j < p->n; j++)
				if (j != i && orig[j] && !keep[j] &&
				    p->stmts[j].group == p->stmts[i].group) {
					keep[i] = false;
					changed = true;
					break;
				}
		}
	} while (changed);
}

/*
 * Try dropping the units [lo, hi) of @units from @keep: on success @keep
 * becomes the smaller set.
 */
static bool try_drop(struct shrink *s, bool *keep, const int *units,
		     int lo, int hi)
{
	const struct fz_prog *p = s->p;
	int i, target = s->want->stmt;

	memcpy(s->cand, keep, p->n * sizeof(bool));
	for (i = lo; i < hi; i++) {
		int j, u = units[i];

		for (j = 0; j < p->n; j++)
			if (j == u || (p->stmts[u].group &&
				       p->stmts[j].group == p->stmts[u].group))
				s->cand[j] = false;
	}
	close_keep(p, s->cand, keep);
	if (target >= 0 && !s->cand[target])
		return false;
	if (!memcmp(s->cand, keep, p->n * sizeof(bool)))
		return false;
	if (!reproduces(s, s->cand))
		return false;
	memcpy(keep, s->cand, p->n * sizeof(bool));
	return true;
}

/* The units of @keep: one statement, or the first of its group. */
static int list_units(const struct fz_prog *p, const bool *keep, int target,
		      int *units)
{
	int i, j, n = 0;

	for (i = 0; i < p->n; i++) {
		bool first = true;

		if (!keep[i] || (p->stmts[i].flags & FZ_PROLOGUE) || i == target)
			continue;
		for (j = 0; j < i && p->stmts[i].group && first; j++)
			if (keep[j] && p->stmts[j].group == p->stmts[i].group)
				first = false;
		if (first)
			units[n++] = i;
	}
	return n;
}

long fz_shrink(const struct fz_prog *p, bool *keep, const struct fz_result *want,
	       const struct fz_run_opts *o, int64_t deadline_ms)
{
	struct shrink s = { .p = p, .want = want, .o = o,
			    .deadline = deadline_ms };
	int *units = malloc(p->n * sizeof(*units));
	int nunits, chunks = 2, i;
	bool progress;

	s.cand = malloc(p->n * sizeof(bool));
	if (!units || !s.cand)
		goto out;
	/* nothing after the statement that differs matters */
	if (want->stmt >= 0) {
		memcpy(s.cand, keep, p->n * sizeof(bool));
		for (i = want->stmt + 1; i < p->n; i++)
			s.cand[i] = false;
		if (reproduces(&s, s.cand))
			memcpy(keep, s.cand, p->n * sizeof(bool));
	}
	/* ddmin: drop ever smaller chunks while the result stays */
	nunits = list_units(p, keep, want->stmt, units);
	while (nunits >= 1 && fz_now_ms() < s.deadline) {
		int size = (nunits + chunks - 1) / chunks;
		bool dropped = false;

		for (i = 0; i < nunits && fz_now_ms() < s.deadline; i += size) {
			int hi = i + size < nunits ? i + size : nunits;

			if (try_drop(&s, keep, units, i, hi)) {
				dropped = true;
				break;
			}
		}
		nunits = list_units(p, keep, want->stmt, units);
		if (dropped) {
			if (chunks > 2)
				chunks--;
			continue;
		}
		if (size == 1)
			break;
		chunks = chunks * 2 < nunits ? chunks * 2 : nunits;
	}
	/* and one statement at a time until none can go */
	do {
		progress = false;
		nunits = list_units(p, keep, want->stmt, units);
		for (i = nunits - 1; i >= 0 && fz_now_ms() < s.deadline; i--)
			if (try_drop(&s, keep, units, i, i + 1)) {
				progress = true;
				nunits = list_units(p, keep, want->stmt, units);
				if (i > nunits)
					i = nunits;
			}
	} while (progress && fz_now_ms() < s.deadline);
out:
	free(units);
	free(s.cand);
	return s.runs;
}
