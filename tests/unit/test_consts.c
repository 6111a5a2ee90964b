// SPDX-License-Identifier: MIT
/*
 * The constants table (scenario/consts.c): sorted by name with no name
 * twice, every entry found by lookup, errno and signal names consistent,
 * and spot checks of values against Linux 6.18 on x86_64.
 *
 * The table is static, so the test includes the source itself; the
 * library's copy of consts.o is then never pulled in by the linker.
 */
#include <stdio.h>
#include <string.h>

#include "consts.c"

static int failures;

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			printf("FAIL %s:%d: ", __FILE__, __LINE__);	\
			printf(__VA_ARGS__);				\
			printf("\n");					\
			failures++;					\
		}							\
	} while (0)

static void expect(const char *name, int64_t want)
{
	int64_t v = 0;
	bool found = sc_const_lookup(name, strlen(name), &v);

	CHECK(found, "%s: not found", name);
	CHECK(!found || v == want, "%s = %lld, want %lld", name, (long long)v,
	      (long long)want);
}

static void expect_absent(const char *name, size_t len)
{
	int64_t v;

	CHECK(!sc_const_lookup(name, len, &v), "\"%.*s\" found", (int)len, name);
}

static void expect_str(const char *got, const char *want, const char *what)
{
	if (!want)
		CHECK(!got, "%s: got %s, want NULL", what, got);
	else
		CHECK(got && !strcmp(got, want), "%s: got %s, want %s", what,
		      got ? got : "NULL", want);
}

static void test_table(void)
{
	size_t i, n = ARRAY_SIZE(consts);

	for (i = 1; i < n; i++) {
		int c = strcmp(consts[i - 1].name, consts[i].name);

		CHECK(c != 0, "duplicate %s", consts[i].name);
		CHECK(c <= 0, "order: %s before %s", consts[i - 1].name,
		      consts[i].name);
	}
	for (i = 0; i < n; i++) {
		const char *name = consts[i].name;
		int64_t v;

		CHECK(sc_const_lookup(name, strlen(name), &v) &&
		      v == consts[i].value, "lookup %s", name);
		CHECK(strncmp(name, "SIG", 3), "signal %s in the table", name);
	}
}

static void test_lookup(void)
{
	static const char buf[] = "MAP_SHARED_VALIDATE";
	int64_t v = 0;

	/* (name, len) need not be NUL-terminated */
	CHECK(sc_const_lookup(buf, 10, &v) && v == 1, "MAP_SHARED by prefix");
	expect_absent(buf, 0);
	expect_absent(buf, 4);
	expect_absent("MAP_SHAREDX", 11);
	expect_absent("map_shared", 10);
	expect_absent("AAAA", 4);
	expect_absent("ZZZZ", 4);
	expect_absent("SIGSEGV", 7);
	expect_absent("SIGBUS", 6);
	expect_absent("KPF_UNCACHED", 12);	/* gone before 6.18 */
}

static void test_values(void)
{
	expect("PROT_NONE", 0);
	expect("PROT_READ", 1);
	expect("PROT_WRITE", 2);
	expect("PROT_EXEC", 4);
	expect("PROT_SEM", 8);
	expect("PROT_GROWSDOWN", 0x01000000);
	expect("PROT_GROWSUP", 0x02000000);

	expect("MAP_SHARED", 1);
	expect("MAP_PRIVATE", 2);
	expect("MAP_SHARED_VALIDATE", 3);
	expect("MAP_DROPPABLE", 8);
	expect("MAP_TYPE", 0xf);
	expect("MAP_FIXED", 0x10);
	expect("MAP_ANONYMOUS", 0x20);
	expect("MAP_ANON", 0x20);
	expect("MAP_32BIT", 0x40);
	expect("MAP_GROWSDOWN", 0x100);
	expect("MAP_DENYWRITE", 0x800);
	expect("MAP_EXECUTABLE", 0x1000);
	expect("MAP_LOCKED", 0x2000);
	expect("MAP_NORESERVE", 0x4000);
	expect("MAP_POPULATE", 0x8000);
	expect("MAP_NONBLOCK", 0x10000);
	expect("MAP_STACK", 0x20000);
	expect("MAP_HUGETLB", 0x40000);
	expect("MAP_SYNC", 0x80000);
	expect("MAP_FIXED_NOREPLACE", 0x100000);
	expect("MAP_UNINITIALIZED", 0x4000000);
	expect("MAP_HUGE_SHIFT", 26);
	expect("MAP_HUGE_2MB", INT64_C(21) << 26);
	expect("MAP_HUGE_1GB", INT64_C(30) << 26);
	expect("MAP_HUGE_16GB", INT64_C(34) << 26);
	expect("MAP_FILE", 0);

	expect("MADV_NORMAL", 0);
	expect("MADV_DONTNEED", 4);
	expect("MADV_FREE", 8);
	expect("MADV_REMOVE", 9);
	expect("MADV_DONTFORK", 10);
	expect("MADV_WIPEONFORK", 18);
	expect("MADV_COLD", 20);
	expect("MADV_PAGEOUT", 21);
	expect("MADV_POPULATE_WRITE", 23);
	expect("MADV_DONTNEED_LOCKED", 24);
	expect("MADV_COLLAPSE", 25);
	expect("MADV_HWPOISON", 100);
	expect("MADV_SOFT_OFFLINE", 101);
	expect("MADV_GUARD_INSTALL", 102);
	expect("MADV_GUARD_REMOVE", 103);

	expect("MREMAP_MAYMOVE", 1);
	expect("MREMAP_FIXED", 2);
	expect("MREMAP_DONTUNMAP", 4);
	expect("MREMAP_RELOCATE_ANON", 8);
	expect("MREMAP_MUST_RELOCATE_ANON", 16);

	expect("MFD_CLOEXEC", 1);
	expect("MFD_ALLOW_SEALING", 2);
	expect("MFD_HUGETLB", 4);
	expect("MFD_NOEXEC_SEAL", 8);
	expect("MFD_EXEC", 0x10);

	expect("O_RDONLY", 0);
	expect("O_WRONLY", 1);
	expect("O_RDWR", 2);
	expect("O_CREAT", 0100);
	expect("O_EXCL", 0200);
	expect("O_TRUNC", 01000);
	expect("O_APPEND", 02000);
	expect("O_NONBLOCK", 04000);
	expect("O_DIRECTORY", 0200000);
	expect("O_CLOEXEC", 02000000);
	expect("O_SYNC", 04010000);
	expect("O_PATH", 010000000);
	expect("O_TMPFILE", 020200000);

	expect("F_GETFL", 3);
	expect("F_SETLKW", 7);
	expect("F_LINUX_SPECIFIC_BASE", 1024);
	expect("F_DUPFD_CLOEXEC", 1030);
	expect("F_ADD_SEALS", 1033);
	expect("F_GET_SEALS", 1034);
	expect("F_SEAL_FUTURE_WRITE", 0x10);
	expect("F_SEAL_EXEC", 0x20);

	expect("FALLOC_FL_KEEP_SIZE", 1);
	expect("FALLOC_FL_PUNCH_HOLE", 2);
	expect("FALLOC_FL_ZERO_RANGE", 0x10);
	expect("FALLOC_FL_WRITE_ZEROES", 0x80);

	expect("MLOCK_ONFAULT", 1);
	expect("MCL_ONFAULT", 4);
	expect("MS_ASYNC", 1);
	expect("MS_INVALIDATE", 2);
	expect("MS_SYNC", 4);
	expect("SEEK_END", 2);
	expect("AT_FDCWD", -100);

	expect("PIDFD_SELF", -10000);
	expect("PIDFD_SELF_THREAD", -10000);
	expect("PIDFD_SELF_THREAD_GROUP", -10001);
	expect("PIDFD_SELF_PROCESS", -10001);

	expect("PM_PRESENT", INT64_MIN);
	expect("PM_SWAP", INT64_C(1) << 62);
	expect("PM_FILE", INT64_C(1) << 61);
	expect("PM_GUARD_REGION", INT64_C(1) << 58);
	expect("PM_UFFD_WP", INT64_C(1) << 57);
	expect("PM_MMAP_EXCLUSIVE", INT64_C(1) << 56);
	expect("PM_SOFT_DIRTY", INT64_C(1) << 55);
	expect("PM_SCAN_WP_MATCHING", 1);
	expect("PM_SCAN_CHECK_WPASYNC", 2);

	expect("PAGE_IS_WPALLOWED", 1 << 0);
	expect("PAGE_IS_PRESENT", 1 << 3);
	expect("PAGE_IS_PFNZERO", 1 << 5);
	expect("PAGE_IS_GUARD", 1 << 8);

	expect("KPF_LOCKED", INT64_C(1) << 0);
	expect("KPF_LRU", INT64_C(1) << 5);
	expect("KPF_ANON", INT64_C(1) << 12);
	expect("KPF_THP", INT64_C(1) << 22);
	expect("KPF_ZERO_PAGE", INT64_C(1) << 24);
	expect("KPF_PGTABLE", INT64_C(1) << 26);
	expect("KPF_RESERVED", INT64_C(1) << 32);
	expect("KPF_MLOCKED", INT64_C(1) << 33);
	expect("KPF_ARCH", INT64_C(1) << 38);
	expect("KPF_SOFTDIRTY", INT64_C(1) << 40);
	expect("KPF_ARCH_3", INT64_C(1) << 42);

	expect("UFFD_FEATURE_PAGEFAULT_FLAG_WP", 1 << 0);
	expect("UFFD_FEATURE_WP_ASYNC", 1 << 15);
	expect("UFFD_FEATURE_MOVE", 1 << 16);
	expect("UFFDIO_REGISTER_MODE_MINOR", 4);
	expect("UFFDIO_WRITEPROTECT_MODE_DONTWAKE", 2);
	expect("UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES", 2);
	expect("UFFD_USER_MODE_ONLY", 1);

	expect("EPERM", 1);
	expect("EAGAIN", 11);
	expect("EWOULDBLOCK", 11);
	expect("ENOMEM", 12);
	expect("EFAULT", 14);
	expect("EEXIST", 17);
	expect("EINVAL", 22);
	expect("EDEADLK", 35);
	expect("EDEADLOCK", 35);
	expect("EOPNOTSUPP", 95);
	expect("ENOTSUP", 95);
	expect("EHWPOISON", 133);
}

static void test_errno_names(void)
{
	size_t i, named = 0;
	int64_t e, v;

	for (e = 1; e < 140; e++) {
		const char *name = sc_errno_name(e);

		if (!name)
			continue;
		named++;
		CHECK(sc_const_lookup(name, strlen(name), &v) && v == e,
		      "errno %lld is %s, which looks up otherwise", (long long)e,
		      name);
	}
	CHECK(named == 131, "%zu errno names, want 131", named);
	for (i = 0; i < ARRAY_SIZE(consts); i++) {
		const char *name = consts[i].name;

		if (name[0] != 'E')
			continue;
		CHECK(sc_errno_name(consts[i].value), "%s has no errno name",
		      name);
	}
	expect_str(sc_errno_name(12), "ENOMEM", "errno 12");
	expect_str(sc_errno_name(11), "EAGAIN", "errno 11");
	expect_str(sc_errno_name(35), "EDEADLK", "errno 35");
	expect_str(sc_errno_name(95), "EOPNOTSUPP", "errno 95");
	expect_str(sc_errno_name(133), "EHWPOISON", "errno 133");
	expect_str(sc_errno_name(0), NULL, "errno 0");
	expect_str(sc_errno_name(41), NULL, "errno 41");
	expect_str(sc_errno_name(58), NULL, "errno 58");
	expect_str(sc_errno_name(134), NULL, "errno 134");
	expect_str(sc_errno_name(-12), NULL, "errno -12");
	expect_str(sc_errno_name(INT64_MIN), NULL, "errno INT64_MIN");
	expect_str(sc_errno_name(INT64_MAX), NULL, "errno INT64_MAX");
}

static void test_signal_names(void)
{
	int64_t s;

	for (s = 1; s <= 31; s++)
		CHECK(sc_signal_name(s), "signal %lld has no name", (long long)s);
	expect_str(sc_signal_name(7), "SIGBUS", "signal 7");
	expect_str(sc_signal_name(9), "SIGKILL", "signal 9");
	expect_str(sc_signal_name(10), "SIGUSR1", "signal 10");
	expect_str(sc_signal_name(11), "SIGSEGV", "signal 11");
	expect_str(sc_signal_name(16), "SIGSTKFLT", "signal 16");
	expect_str(sc_signal_name(17), "SIGCHLD", "signal 17");
	expect_str(sc_signal_name(29), "SIGIO", "signal 29");
	expect_str(sc_signal_name(31), "SIGSYS", "signal 31");
	expect_str(sc_signal_name(0), NULL, "signal 0");
	expect_str(sc_signal_name(32), NULL, "signal 32");
	expect_str(sc_signal_name(-11), NULL, "signal -11");
}

static void test_suggest(void)
{
	static const char typo[] = "MAP_PRIVTE, 0";
	char longname[200];

	expect_str(sc_const_suggest(typo, 10), "MAP_PRIVATE", "MAP_PRIVTE");
	expect_str(sc_const_suggest("MADV_DONTNEEDX", 14), "MADV_DONTNEED",
		   "MADV_DONTNEEDX");
	expect_str(sc_const_suggest("PROT_RAED", 9), "PROT_READ", "PROT_RAED");
	expect_str(sc_const_suggest("EINVL", 5), "EINVAL", "EINVL");
	expect_str(sc_const_suggest("XYZZY_PLUGH", 11), NULL, "XYZZY_PLUGH");
	expect_str(sc_const_suggest("MADV_GUARD_INSTALLING", 21), NULL,
		   "MADV_GUARD_INSTALLING");
	memset(longname, 'A', sizeof(longname));
	expect_str(sc_const_suggest(longname, sizeof(longname)), NULL,
		   "200 letters");
	expect_str(sc_const_suggest(longname, 0), NULL, "empty name");
}

int main(void)
{
	test_table();
	test_lookup();
	test_values();
	test_errno_names();
	test_signal_names();
	test_suggest();
	if (failures) {
		printf("test_consts: %d checks failed\n", failures);
		return 1;
	}
	printf("test_consts: ok, %zu constants\n", ARRAY_SIZE(consts));
	return 0;
}
