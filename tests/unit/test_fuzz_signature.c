// SPDX-License-Identifier: MIT
/*
 * The signatures mmsim fuzz groups its differences by (scenario/fuzz_run.c,
 * docs/fuzzing.md "Signatures"), on outcomes made by hand: the same for
 * what one mistake of the model gives at different addresses, sizes and
 * program shapes, different where the call, its kind or the class of an
 * outcome differs.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "engine.h"
#include "fuzz.h"

static struct sc_call call;

static const struct sc_call_desc *desc(const char *name)
{
	return sc_call_lookup(name, (int)strlen(name));
}

/* A call of @name with @nargs arguments from @args, and @str. */
static const struct sc_call *make_call(const char *name, int nargs,
				       const int64_t *args, const char *str)
{
	memset(&call, 0, sizeof(call));
	call.op = desc(name)->op;
	call.nargs = nargs;
	memcpy(call.args, args, nargs * sizeof(*args));
	snprintf(call.str, sizeof(call.str), "%s", str ? str : "");
	return &call;
}

static struct fz_side num(int64_t v)
{
	return (struct fz_side){ .got = { .kind = SC_NUM, .v = v },
				 .has_outcome = true };
}

static struct fz_side err(int e)
{
	return (struct fz_side){ .got = { .kind = SC_NUM, .v = -e },
				 .has_outcome = true, .failed_call = true };
}

static struct fz_side kind(enum sc_kind k, int64_t v)
{
	return (struct fz_side){ .got = { .kind = k, .v = v }, .has_outcome = true };
}

static const char *sig(const char *name, int nargs, const int64_t *args,
		       const char *str, struct fz_side m, struct fz_side h)
{
	static char buf[FZ_SIG_LEN];

	fz_signature(desc(name), make_call(name, nargs, args, str), &m, &h,
		     buf, sizeof(buf));
	return buf;
}

#define EXPECT_SIG(got, want)						\
	do {								\
		const char *g_ = (got);					\
		CHECK(!strcmp(g_, want), "'%s' (want '%s')", g_, want);	\
	} while (0)

#define PM_PRESENT	(int64_t)(1ULL << 63)
#define PM_EXCL		(1LL << 56)
#define KPF(b)		(1LL << (b))

static void test_masks(void)
{
	int64_t a1[] = { 0x7f0000001000 }, a2[] = { 0x7f0000555000 };
	char one[FZ_SIG_LEN];

	/* the zero page: the host's page is exclusive, wherever it is */
	snprintf(one, sizeof(one), "%s", sig("pagemap", 1, a1, NULL,
		 num(PM_PRESENT), num(PM_PRESENT | PM_EXCL)));
	EXPECT_SIG(one, "pagemap: host +MMAP_EXCLUSIVE");
	EXPECT_SIG(sig("pagemap", 1, a2, NULL, num(PM_PRESENT),
		       num(PM_PRESENT | PM_EXCL)), one);
	/* a page missing on one side is another difference */
	EXPECT_SIG(sig("pagemap", 1, a1, NULL, num(0), num(PM_PRESENT | PM_EXCL)),
		   "pagemap: host +MMAP_EXCLUSIVE|PRESENT");

	/*
	 * kpageflags: KPF_SWAPBACKED (14) and KPF_DIRTY (4) are in some
	 * programs' masks only; along with other bits they do not count
	 */
	snprintf(one, sizeof(one), "%s", sig("kpageflags", 1, a1, NULL,
		 num(KPF(24)), num(KPF(3) | KPF(11) | KPF(12) | KPF(14) | KPF(34))));
	EXPECT_SIG(one, "kpageflags: model +ZERO_PAGE, host +UPTODATE|MMAP|ANON|OWNER_2");
	EXPECT_SIG(sig("kpageflags", 1, a2, NULL, num(KPF(24)),
		       num(KPF(3) | KPF(11) | KPF(12) | KPF(34))), one);
	EXPECT_SIG(sig("kpageflags", 1, a2, NULL, num(KPF(24)),
		       num(KPF(3) | KPF(4) | KPF(11) | KPF(12) | KPF(34))), one);
	/* alone they do */
	EXPECT_SIG(sig("kpageflags", 1, a1, NULL, num(KPF(3) | KPF(11)),
		       num(KPF(3) | KPF(4) | KPF(11))), "kpageflags: host +DIRTY");
	EXPECT_SIG(sig("kpageflags", 1, a1, NULL, num(KPF(14) | KPF(11)),
		       num(KPF(11))), "kpageflags: model +SWAPBACKED");

	/* mincore(): pages */
	EXPECT_SIG(sig("mincore", 2, (int64_t[]){ 0x1000, 0x3000 }, NULL,
		       num(0x1), num(0x7)), "mincore: host +page 1|page 2");
}

static void test_numbers_and_errors(void)
{
	int64_t dodump[] = { 0x1000, 0x1000, 17 }, dontdump[] = { 0x1000, 0x1000, 16 };
	int64_t rss1[] = { 0x1000 }, rss2[] = { 0x9000 };
	int64_t mm[] = { 0x1000, 0x2000, 3, 0x12, -1, 0 };
	int64_t fa[] = { 3, 0x3, 0, 4096 }, fc[] = { 3, 1034, 0 };
	char one[FZ_SIG_LEN];

	EXPECT_SIG(sig("madvise", 3, dodump, NULL, num(0), err(EINVAL)),
		   "madvise(MADV_DODUMP): model 0, host -EINVAL");
	EXPECT_SIG(sig("madvise", 3, dontdump, NULL, num(0), err(EINVAL)),
		   "madvise(MADV_DONTDUMP): model 0, host -EINVAL");
	EXPECT_SIG(sig("madvise", 3, (int64_t[]){ 0x1000, 0x1000, 99 }, NULL,
		       err(EINVAL), num(0)),
		   "madvise(99): model -EINVAL, host 0");

	/* sizes compare by which side is larger, not by how much */
	snprintf(one, sizeof(one), "%s", sig("smaps", 1, rss1, "Rss", num(0), num(4096)));
	EXPECT_SIG(one, "smaps(\"Rss\"): model < host");
	EXPECT_SIG(sig("smaps", 1, rss2, "Rss", num(8192), num(53248)), one);
	EXPECT_SIG(sig("smaps", 1, rss2, "Pss", num(8192), num(53248)),
		   "smaps(\"Pss\"): model < host");
	EXPECT_SIG(sig("mapcount", 1, rss1, NULL, num(2), num(1)),
		   "mapcount: model > host");

	/* an address compared as success only */
	{
		struct fz_side h = num(0x7f0000000000);

		h.success_only = true;
		EXPECT_SIG(sig("mmap", 6, mm, NULL, err(ENOMEM), h),
			   "mmap: model -ENOMEM, host an address");
	}
	EXPECT_SIG(sig("read", 1, rss1, NULL, num('a'), kind(SC_SIGNAL, SIGSEGV)),
		   "read: model a value, host SIGSEGV");
	EXPECT_SIG(sig("fallocate", 4, fa, NULL, num(0), err(EOPNOTSUPP)),
		   "fallocate(FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE): model 0, host -EOPNOTSUPP");
	EXPECT_SIG(sig("fcntl", 3, fc, NULL, num(8), num(40)),
		   "fcntl(F_GET_SEALS): model < host");
}

static void test_ranges_frames_maps(void)
{
	int64_t a[] = { 0x1000 };
	struct fz_side m = kind(SC_RANGE, 0x1000), h = kind(SC_RANGE, 0x1000);
	struct fz_side fm = kind(SC_NONE, 0), fh = kind(SC_TOKEN, 77);
	struct fz_side mm = { .has_outcome = true }, mh = mm;
	char buf[FZ_SIG_LEN];

	m.got.v2 = 0x3000;
	h.got.v2 = 0x5000;
	EXPECT_SIG(sig("vma", 1, a, NULL, m, h), "vma: end model < host");
	EXPECT_SIG(sig("vma", 1, a, NULL, m, kind(SC_NONE, 0)),
		   "vma: model a range, host NONE");

	/* frame(B) == tN: whether it held, whatever the frames */
	fm.expect = 1;
	fh.expect = -1;
	EXPECT_SIG(sig("frame", 1, a, NULL, fm, fh), "frame: model held, host not held");
	fm = kind(SC_TOKEN, 12);
	fm.expect = 1;
	EXPECT_SIG(sig("frame", 1, a, NULL, fm, fh), "frame: model held, host not held");
	fm = kind(SC_NONE, 0);
	fm.expect = -1;
	EXPECT_SIG(sig("frame", 1, a, NULL, fm, fh), "frame: model NONE, host a frame");

	mm.maps = "maps: r+0x9000-r+0x21000 rw-p 00000000 00:00 0 ";
	mh.maps = "maps: r+0x9000-r+0x1e000 rw-p 00000000 00:00 0 ";
	fz_signature(desc("maps"), make_call("maps", 0, a, NULL), &mm, &mh, buf,
		     sizeof(buf));
	EXPECT_SIG(buf, "maps: the VMAs differ in end");
	mh.maps = "maps: r-0x2000-r+0x1e000 r--p 00000000 00:00 0 ";
	fz_signature(desc("maps"), make_call("maps", 0, a, NULL), &mm, &mh, buf,
		     sizeof(buf));
	EXPECT_SIG(buf, "maps: the VMAs differ in start, end, permissions");
	mh.maps = "maps: (no more VMAs)";
	fz_signature(desc("maps"), make_call("maps", 0, a, NULL), &mm, &mh, buf,
		     sizeof(buf));
	EXPECT_SIG(buf, "maps: a VMA only on the model");

	fz_signature(NULL, NULL, &mm, NULL, buf, sizeof(buf));
	EXPECT_SIG(buf, "the model ran more statements");
}

static void test_broke(void)
{
	int64_t a[] = { 0x1000, 0x2000 };
	char one[FZ_SIG_LEN], buf[FZ_SIG_LEN];

	fz_broke_signature(desc("munmap"), make_call("munmap", 2, a, NULL),
			   "WARNING at mm/rmap.c:412: folio 0x1234 mapcount 2",
			   one, sizeof(one));
	EXPECT_SIG(one, "munmap: model broke: WARNING at mm/rmap.c:412");
	fz_broke_signature(desc("munmap"), make_call("munmap", 2, a, NULL),
			   "WARNING at mm/rmap.c:412: folio 0x9999 mapcount 7",
			   buf, sizeof(buf));
	EXPECT_SIG(buf, one);
	fz_broke_signature(desc("mprotect"), make_call("mprotect", 2, a, NULL),
			   "validate_mm: vma 0x7f0000001000 map_count 12 != 11",
			   buf, sizeof(buf));
	EXPECT_SIG(buf, "mprotect: model broke: validate_mm: vma N map_count N != N");
}

/*
 * The same through fz_run(), on the model alone: a fault that would wait
 * for a userfaultfd reader stops the model in read(), a call the step
 * never records, so the signature takes it from the statement.
 */
static void test_run_broke(void)
{
	static const char *const text[] = {
		"u = userfaultfd(0)",
		"uffdio_api(u, UFFD_API, 0)",
		"p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)",
		"uffdio_register(u, p, PAGE, UFFDIO_REGISTER_MODE_MISSING)",
		"read(p)",
	};
	struct fz_run_opts o = { .model_only = true, .profile = "builtin",
				 .validate = true };
	struct fz_prog p = { 0 };
	struct fz_result res;
	size_t i;

	for (i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
		struct fz_stmt *st = fz_prog_add(&p);

		CHECK(st != NULL, "fz_prog_add");
		if (st)
			snprintf(st->text, sizeof(st->text), "%s", text[i]);
	}
	CHECK(!fz_run(&p, NULL, &o, &res), "fz_run: %s", res.msg);
	CHECK(res.verdict == FZ_MODEL_BROKE && res.stmt == 4,
	      "the model broke at statement %d (verdict %d): %s", res.stmt,
	      res.verdict, res.msg);
	EXPECT_SIG(res.sig, "read: model broke: the read fault at N would wait for a "
		   "userfaultfd reader (UFFDIO_REGISTER_MODE_MISSING), and nothing reads the");
	fz_prog_free(&p);
}

int main(void)
{
	test_masks();
	test_numbers_and_errors();
	test_ranges_frames_maps();
	test_broke();
	test_run_broke();
	return check_summary();
}
