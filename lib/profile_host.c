// SPDX-License-Identifier: MIT
/*
 * The profile of the running kernel.
 *
 * Most of it is in files: sysctls, the THP directory, /proc/meminfo.  What
 * no file says is asked of the kernel's behaviour, the way its own
 * selftests find out: a read fault shows whether the zero page is mapped,
 * a write whether pagemap has a soft-dirty bit, a fault on a cached file
 * how far fault-around reaches.  Each probe maps, touches and unmaps in
 * this process and leaves nothing behind.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <mmsim/profile.h>

#define THP_DIR		"/sys/kernel/mm/transparent_hugepage"

#define PM_PRESENT		(1ULL << 63)
#define PM_MMAP_EXCLUSIVE	(1ULL << 56)
#define PM_SOFT_DIRTY		(1ULL << 55)
#define PM_PFN_MASK		((1ULL << 55) - 1)
#define KPF_ZERO_PAGE		(1ULL << 24)

static bool read_ulong(const char *path, unsigned long *v)
{
	FILE *f = fopen(path, "r");
	bool ok;

	if (!f)
		return false;
	ok = fscanf(f, "%lu", v) == 1;
	fclose(f);
	return ok;
}

static void read_int(const char *path, int *v)
{
	unsigned long u;

	if (read_ulong(path, &u) && u <= INT_MAX)
		*v = (int)u;
}

/* The bracketed word of a sysfs choice file ("always [madvise] never"). */
static bool read_choice(const char *path, char *out, size_t len)
{
	char buf[256], *a, *b;
	FILE *f = fopen(path, "r");
	bool ok = false;

	if (!f)
		return false;
	if (fgets(buf, sizeof(buf), f) && (a = strchr(buf, '[')) &&
	    (b = strchr(a, ']'))) {
		*b = '\0';
		snprintf(out, len, "%s", a + 1);
		ok = true;
	}
	fclose(f);
	return ok;
}

/* A sysfs choice file into profile key @key; false if there is no file. */
static bool choice_key(struct mmsim_profile *p, const char *path,
		       const char *key)
{
	char word[32];

	if (!read_choice(path, word, sizeof(word)))
		return false;
	mmsim_profile_set(p, key, word);
	return true;
}

static void probe_thp(struct mmsim_profile *p)
{
	char path[128], key[64];
	unsigned long v;
	int order;

	if (access(THP_DIR, F_OK)) {
		/* CONFIG_TRANSPARENT_HUGEPAGE=n: no size at all */
		p->thp_enabled = MMSIM_THP_NEVER;
		p->thp_shmem_enabled = MMSIM_SHMEM_NEVER;
		p->thp_use_zero_page = false;
		for (order = 0; order <= MMSIM_THP_PMD_ORDER; order++) {
			p->thp_order[order] = MMSIM_THP_ABSENT;
			p->thp_shmem_order[order] = MMSIM_SHMEM_ABSENT;
		}
		return;
	}
	choice_key(p, THP_DIR "/enabled", "thp.enabled");
	choice_key(p, THP_DIR "/defrag", "thp.defrag");
	choice_key(p, THP_DIR "/shmem_enabled", "thp.shmem_enabled");
	if (read_ulong(THP_DIR "/use_zero_page", &v))
		p->thp_use_zero_page = v != 0;
	for (order = MMSIM_THP_MIN_ORDER; order <= MMSIM_THP_PMD_ORDER; order++) {
		unsigned long kb = 4UL << order;

		snprintf(path, sizeof(path), THP_DIR "/hugepages-%lukB/enabled", kb);
		snprintf(key, sizeof(key), "thp.hugepages-%lukB.enabled", kb);
		if (!choice_key(p, path, key))
			p->thp_order[order] = MMSIM_THP_ABSENT;
		snprintf(path, sizeof(path), THP_DIR "/hugepages-%lukB/shmem_enabled", kb);
		snprintf(key, sizeof(key), "thp.hugepages-%lukB.shmem_enabled", kb);
		if (!choice_key(p, path, key))
			p->thp_shmem_order[order] = MMSIM_SHMEM_ABSENT;
	}
}

/* The pagemap entry of @addr in this process, or 0. */
static uint64_t pagemap_of(const void *addr)
{
	long page = sysconf(_SC_PAGESIZE);
	uint64_t pm = 0;
	int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	if (pread(fd, &pm, sizeof(pm), (off_t)((uintptr_t)addr / (uintptr_t)page * 8)) !=
	    (ssize_t)sizeof(pm))
		pm = 0;
	close(fd);
	return pm;
}

static bool kpageflags_of(uint64_t pfn, uint64_t *kpf)
{
	int fd = open("/proc/kpageflags", O_RDONLY | O_CLOEXEC);
	bool ok;

	if (fd < 0)
		return false;
	ok = pread(fd, kpf, sizeof(*kpf), (off_t)(pfn * 8)) == (ssize_t)sizeof(*kpf);
	close(fd);
	return ok;
}

/*
 * Does a read fault of private anonymous memory map the shared zero page?
 * The zero page is present but never exclusive (it is not mapcounted);
 * where the kernel forbids it, the read allocates an exclusive anonymous
 * page.  Where kpageflags can be read, KPF_ZERO_PAGE says it outright.
 */
static void probe_zero_page(struct mmsim_profile *p)
{
	long page = sysconf(_SC_PAGESIZE);
	volatile char *m;
	uint64_t pm, kpf;

	m = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return;
	(void)m[0];
	pm = pagemap_of((const void *)m);
	if ((pm & PM_PRESENT) && (pm & PM_PFN_MASK) &&
	    kpageflags_of(pm & PM_PFN_MASK, &kpf))
		p->zero_page = (kpf & KPF_ZERO_PAGE) != 0;
	else if (pm & PM_PRESENT)
		p->zero_page = !(pm & PM_MMAP_EXCLUSIVE);
	munmap((void *)m, (size_t)page);
}

/* Private_Dirty of the VMA at @addr in /proc/self/smaps, in kB, or -1. */
static long smaps_private_dirty(uintptr_t addr)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	unsigned long start, end;
	bool in = false;
	char line[512];
	long kb = -1;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		/* "start-end perms ..." opens a VMA; "Field:  N kB" follow */
		if (sscanf(line, "%lx-%lx ", &start, &end) == 2) {
			in = addr >= start && addr < end;
			continue;
		}
		if (in && sscanf(line, "Private_Dirty: %ld kB", &kb) == 1)
			break;
	}
	fclose(f);
	return kb;
}

/*
 * Does an unshare fault leave the copy's PTE dirty?  Write a page, fork
 * (now the page is shared and write-protected), and read it through
 * process_vm_readv(): the read pin must unshare, so the parent gets a copy,
 * whose PTE smaps shows clean or dirty.  The child only waits to be killed.
 */
static void probe_unshare_copy_dirty(struct mmsim_profile *p)
{
	long page = sysconf(_SC_PAGESIZE);
	struct iovec local, remote;
	char buf[64];
	char *m;
	pid_t child;
	long kb;

	m = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return;
	memset(m, 'u', (size_t)page);
	fflush(NULL);
	child = fork();
	if (child == 0) {
		for (;;)
			pause();
	}
	if (child > 0) {
		local = (struct iovec){ .iov_base = buf, .iov_len = sizeof(buf) };
		remote = (struct iovec){ .iov_base = m, .iov_len = sizeof(buf) };
		if (process_vm_readv(getpid(), &local, 1, &remote, 1, 0) ==
		    (ssize_t)sizeof(buf)) {
			kb = smaps_private_dirty((uintptr_t)m);
			if (kb >= 0)
				p->unshare_copy_dirty = kb > 0;
		}
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	munmap(m, (size_t)page);
}

/*
 * Soft-dirty tracking needs CONFIG_MEM_SOFT_DIRTY, which nothing reports
 * directly.  With it, a page written since the last clear_refs shows
 * PM_SOFT_DIRTY in pagemap; without it, never.  clear_refs exists
 * whenever pagemap does, so it is only the first sign.
 */
static void probe_soft_dirty(struct mmsim_profile *p)
{
	long page = sysconf(_SC_PAGESIZE);
	volatile char *m;
	uint64_t pm;

	if (access("/proc/self/clear_refs", F_OK)) {
		p->soft_dirty = false;
		return;
	}
	m = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return;
	m[0] = 1;
	pm = pagemap_of((const void *)m);
	p->soft_dirty = (pm & PM_PRESENT) && (pm & PM_SOFT_DIRTY);
	munmap((void *)m, (size_t)page);
}

/*
 * fault_around_bytes is a debugfs file, often not mounted.  Without it:
 * cache a PMD's worth of a file in order-0 folios (one page a write),
 * map it PMD-aligned, fault its middle page, and count what got mapped.
 * The window is fault_around_bytes aligned down around the fault, so a
 * fault at the middle maps exactly that many bytes for any window up to a
 * PMD, and only the one page with fault-around off.
 */
#define FA_PAGES	512

static void probe_fault_around(struct mmsim_profile *p, const char *dir)
{
	long page = sysconf(_SC_PAGESIZE);
	size_t span = (size_t)page * FA_PAGES;
	unsigned long v, mapped = 0;
	char *buf = NULL, *res = MAP_FAILED, *map = MAP_FAILED;
	uint64_t *pm = NULL;
	int fd, pfd = -1, i;

	if (read_ulong("/sys/kernel/debug/fault_around_bytes", &v)) {
		p->fault_around_bytes = v;
		return;
	}
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0)
		return;
	buf = calloc(1, (size_t)page);
	pm = calloc(FA_PAGES, sizeof(*pm));
	if (!buf || !pm)
		goto out;
	memset(buf, 'f', (size_t)page);
	for (i = 0; i < FA_PAGES; i++)
		if (pwrite(fd, buf, (size_t)page, (off_t)i * page) != page)
			goto out;
	/* a PMD-aligned place: the window is clamped to the PMD */
	res = mmap(NULL, 2 * span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (res == MAP_FAILED)
		goto out;
	map = mmap((void *)(((uintptr_t)res + span - 1) & ~(uintptr_t)(span - 1)),
		   span, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
	if (map == MAP_FAILED)
		goto out;
	(void)*(volatile char *)(map + span / 2);
	pfd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	if (pfd < 0 ||
	    pread(pfd, pm, FA_PAGES * sizeof(*pm),
		  (off_t)((uintptr_t)map / (uintptr_t)page * 8)) !=
	    (ssize_t)(FA_PAGES * sizeof(*pm)))
		goto out;
	for (i = 0; i < FA_PAGES; i++)
		mapped += (pm[i] & PM_PRESENT) != 0;
	if (mapped)
		p->fault_around_bytes = mapped * (unsigned long)page;
out:
	if (pfd >= 0)
		close(pfd);
	if (res != MAP_FAILED)
		munmap(res, 2 * span);
	free(pm);
	free(buf);
	close(fd);
}

/*
 * The floor of mmap hints.  vm.mmap_min_addr is only the DAC half of it:
 * with CONFIG_LSM_MMAP_MIN_ADDR the kernel takes the larger of the two,
 * and nothing shows that value.  A hint of one page is rounded up to the
 * floor, and the low addresses of this process are free, so the address
 * the kernel picks is the floor itself.
 */
static void probe_mmap_min_addr(struct mmsim_profile *p)
{
	long page = sysconf(_SC_PAGESIZE);
	unsigned long sysctl = 0;
	void *m;

	if (read_ulong("/proc/sys/vm/mmap_min_addr", &sysctl)) {
		p->dac_mmap_min_addr = sysctl;
		if (sysctl > p->mmap_min_addr)
			p->mmap_min_addr = sysctl;
	}
	m = mmap((void *)page, (size_t)page, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m == MAP_FAILED)
		return;
	/* placed elsewhere (the floor was taken): keep what the sysctl gave */
	if ((uintptr_t)m >= (uintptr_t)page && (uintptr_t)m < (1UL << 24) &&
	    (uintptr_t)m >= sysctl)
		p->mmap_min_addr = (uintptr_t)m;
	munmap(m, (size_t)page);
}

/*
 * The file system under @dir: the type of the longest mount point of
 * /proc/self/mountinfo that holds it ("ext4", "tmpfs", ...).
 */
static void probe_scratch_fs(struct mmsim_profile *p, const char *dir)
{
	char real[PATH_MAX], line[4096], best[sizeof(p->scratch_fs)] = "";
	size_t bestlen = 0;
	FILE *f;

	if (!realpath(dir, real))
		return;
	f = fopen("/proc/self/mountinfo", "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char mnt[PATH_MAX], fstype[64], *dash;
		size_t n;

		/* ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS... - FSTYPE SOURCE ... */
		if (sscanf(line, "%*s %*s %*s %*s %4095s", mnt) != 1)
			continue;
		dash = strstr(line, " - ");
		if (!dash || sscanf(dash + 3, "%63s", fstype) != 1)
			continue;
		n = strlen(mnt);
		if (strncmp(real, mnt, n) ||
		    (real[n] && real[n] != '/' && strcmp(mnt, "/")))
			continue;
		if (n >= bestlen && strlen(fstype) < sizeof(best)) {
			bestlen = n;
			strcpy(best, fstype);
		}
	}
	fclose(f);
	if (*best)
		strcpy(p->scratch_fs, best);
}

/*
 * read_ahead_kb of the disk holding @dir: the queue of the device, or of
 * the disk a partition is on.
 */
static void probe_read_ahead(struct mmsim_profile *p, const char *dir)
{
	char path[128];
	struct stat st;

	if (stat(dir, &st))
		return;
	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/queue/read_ahead_kb",
		 major(st.st_dev), minor(st.st_dev));
	if (read_ulong(path, &p->read_ahead_kb))
		return;
	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/../queue/read_ahead_kb",
		 major(st.st_dev), minor(st.st_dev));
	read_ulong(path, &p->read_ahead_kb);
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
static void meminfo_pages(const char *name, unsigned long *pages)
{
	size_t n = strlen(name);
	FILE *f = fopen("/proc/meminfo", "r");
	char line[256];

	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, name, n) && line[n] == ':') {
			*pages = strtoul(line + n + 1, NULL, 10) /
				 ((unsigned long)sysconf(_SC_PAGESIZE) / 1024);
			break;
		}
	fclose(f);
}

/* How many nodes /sys/devices/system/node/online lists ("0", "0-3", "0,2"). */
static void probe_numa(struct mmsim_profile *p)
{
	FILE *f = fopen("/sys/devices/system/node/online", "r");
	int a, b, n = 0;
	char sep;

	if (!f)
		return;		/* CONFIG_NUMA=n: one node */
	while (fscanf(f, "%d", &a) == 1) {
		b = a;
		if (fscanf(f, "%c", &sep) == 1 && sep == '-') {
			if (fscanf(f, "%d", &b) != 1)
				break;
			if (fscanf(f, "%c", &sep) != 1)
				sep = '\n';
		}
		n += b >= a ? b - a + 1 : 1;
		if (sep != ',')
			break;
	}
	fclose(f);
	if (n > 0)
		p->numa_nodes = n;
}

/* CAP_SYS_ADMIN in the effective set: PFNs in pagemap, kpageflags readable. */
static void probe_root(struct mmsim_profile *p)
{
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");
	unsigned long long eff;

	p->root = geteuid() == 0;
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "CapEff: %llx", &eff) == 1)
			p->root = (eff >> 21) & 1;
	fclose(f);
}

static void probe_kernel(struct mmsim_profile *p)
{
	struct utsname u;
	int maj, min, patch = 0, n;

	if (uname(&u))
		return;
	/* "6.18.44-fc-v669", or "6.19-rc1" without a patch level */
	n = sscanf(u.release, "%d.%d.%d", &maj, &min, &patch);
	if (n >= 2) {
		p->kver_major = maj;
		p->kver_minor = min;
		p->kver_patch = n == 3 ? patch : 0;
	}
}

void mmsim_profile_probe(struct mmsim_profile *p, const char *scratch_dir)
{
	long page = sysconf(_SC_PAGESIZE);

	if (page > 0)
		p->page_size = (unsigned long)page;
	probe_kernel(p);
	probe_zero_page(p);
	probe_thp(p);
	probe_fault_around(p, scratch_dir);
	probe_read_ahead(p, scratch_dir);
	probe_scratch_fs(p, scratch_dir);
	read_ulong("/proc/sys/vm/max_map_count", &p->max_map_count);
	probe_mmap_min_addr(p);
	read_int("/proc/sys/vm/overcommit_memory", &p->overcommit_memory);
	read_ulong("/proc/sys/vm/overcommit_ratio", &p->overcommit_ratio);
	read_ulong("/proc/sys/vm/overcommit_kbytes", &p->overcommit_kbytes);
	read_int("/proc/sys/vm/unprivileged_userfaultfd",
		 &p->unprivileged_userfaultfd);
	read_int("/proc/sys/vm/memfd_noexec", &p->memfd_noexec);
	meminfo_pages("MemTotal", &p->totalram_pages);
	meminfo_pages("SwapTotal", &p->totalswap_pages);
	p->swap = any_swap();
	probe_soft_dirty(p);
	probe_unshare_copy_dirty(p);
	p->ksm = !access("/sys/kernel/mm/ksm", F_OK);
	probe_numa(p);
	probe_root(p);
}
