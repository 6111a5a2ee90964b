// SPDX-License-Identifier: MIT
/*
 * userfaultfd driven directly, for what a scenario must not do: every
 * operation that would make the process wait for a reader of the
 * descriptor -- a fault in a registered range, and the events of
 * UFFD_FEATURE_EVENT_FORK, _REMAP, _UNMAP and _REMOVE -- stops the machine
 * (mmsim_stopped() says why) and leaves it valid, as do PAGEMAP_SCAN's
 * write-protection, which the model does not have, and a context that
 * outlives the process it was made in.  And the stand-ins of the initial
 * layout for the host's program image and vDSO, which have no file in the
 * model, are no anonymous memory to a userfaultfd.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mmsim/mmsim.h"
#include "../../mm/uapi.h"
#include "check.h"

#define PG		4096UL
#define NPAGES		8

struct setup {
	struct mmsim_machine *m;
	struct mmsim_process *p;
	unsigned long addr;
	int fd;
};

/*
 * A machine whose main process has NPAGES of memory (@shared: shmem, else
 * private anonymous) with the first page written, registered in @mode with
 * a userfaultfd of @features.
 */
static void setup(struct setup *s, unsigned int features, uint64_t mode,
		  bool shared)
{
	struct mmsim_uffdio_api api = { .api = UFFD_API, .features = features };
	struct mmsim_uffdio_register reg = { .len = NPAGES * PG, .mode = mode };
	struct mmsim_profile pf;
	long r;

	mmsim_profile_builtin(&pf);
	s->m = mmsim_machine_create(&pf);
	s->p = mmsim_main_process(s->m);
	r = mmsim_mmap(s->p, 0, NPAGES * PG, PROT_READ | PROT_WRITE,
		       (shared ? MAP_SHARED : MAP_PRIVATE) | MAP_ANONYMOUS, -1, 0);
	s->addr = (unsigned long)r;
	mmsim_write(s->p, s->addr, PG, 'a');
	s->fd = (int)mmsim_userfaultfd(s->p, 0);
	reg.start = s->addr;
	if (r < 0 || s->fd < 0 || mmsim_uffdio_api(s->p, s->fd, &api) ||
	    mmsim_uffdio_register(s->p, s->fd, &reg)) {
		printf("FAIL %s:%d: setup (mmap %ld, fd %d)\n", __FILE__, __LINE__,
		       r, s->fd);
		failures++;
	}
}

/* The machine stopped with a reason naming @what, and is valid. */
static void check_stopped(struct setup *s, const char *what, const char *how)
{
	const char *why = mmsim_stopped(s->m);
	char msg[256] = "";

	CHECK(why && strstr(why, what), "%s stops the machine: %s", how,
	      why ? why : "(not stopped)");
	CHECK(mmsim_validate(s->m, msg, sizeof(msg)) == 0,
	      "and leaves it valid %s", msg);
	mmsim_machine_destroy(s->m);
}

static void check_running(struct setup *s, const char *how)
{
	CHECK(!mmsim_stopped(s->m), "%s does not stop the machine", how);
}

static void test_faults(void)
{
	struct setup s;
	int byte;

	setup(&s, 0, UFFDIO_REGISTER_MODE_MISSING, false);
	CHECK(mmsim_read(s.p, s.addr, 1, &byte) == MMSIM_ACCESS_OK && byte == 'a',
	      "a present page reads");
	check_running(&s, "a present page");
	mmsim_read(s.p, s.addr + PG, 1, &byte);
	check_stopped(&s, "MISSING", "a read of a missing anonymous page");

	setup(&s, 0, UFFDIO_REGISTER_MODE_MISSING, false);
	mmsim_write(s.p, s.addr + 2 * PG, 1, 'b');
	check_stopped(&s, "write fault", "a write of a missing anonymous page");

	setup(&s, 0, UFFDIO_REGISTER_MODE_MISSING, false);
	mmsim_process_vm_readv(s.p, s.addr, 2 * PG);
	check_stopped(&s, "MISSING", "process_vm_readv (get_user_pages)");

	setup(&s, 0, UFFDIO_REGISTER_MODE_MISSING, false);
	mmsim_mlock(s.p, s.addr, NPAGES * PG);
	check_stopped(&s, "MISSING", "mlock's populate");

	setup(&s, 0, UFFDIO_REGISTER_MODE_MISSING, true);
	mmsim_read(s.p, s.addr + 5 * PG, 1, &byte);
	check_stopped(&s, "MISSING", "a read of a hole of shmem");

	setup(&s, 0, UFFDIO_REGISTER_MODE_MINOR, true);
	mmsim_read(s.p, s.addr + 5 * PG, 1, &byte);
	check_running(&s, "a MINOR range's hole");
	mmsim_madvise(s.p, s.addr, PG, MADV_DONTNEED);
	mmsim_read(s.p, s.addr, 1, &byte);
	check_stopped(&s, "MINOR", "a read of a cached shmem page unmapped");

	setup(&s, UFFD_FEATURE_SIGBUS, UFFDIO_REGISTER_MODE_MISSING, false);
	CHECK(mmsim_read(s.p, s.addr + PG, 1, &byte) == MMSIM_ACCESS_SIGBUS,
	      "UFFD_FEATURE_SIGBUS: SIGBUS");
	check_running(&s, "UFFD_FEATURE_SIGBUS");
	mmsim_machine_destroy(s.m);
}

static void test_events(void)
{
	struct setup s;
	long err;

	setup(&s, UFFD_FEATURE_EVENT_FORK, UFFDIO_REGISTER_MODE_MISSING, false);
	CHECK(mmsim_fork(s.p, &err) != NULL, "fork under UFFD_FEATURE_EVENT_FORK forks");
	check_stopped(&s, "UFFD_EVENT_FORK", "and");

	setup(&s, UFFD_FEATURE_EVENT_UNMAP, UFFDIO_REGISTER_MODE_MISSING, false);
	CHECK(mmsim_munmap(s.p, s.addr, PG) == 0, "munmap under UFFD_FEATURE_EVENT_UNMAP");
	check_stopped(&s, "UFFD_EVENT_UNMAP", "and");

	setup(&s, UFFD_FEATURE_EVENT_UNMAP, UFFDIO_REGISTER_MODE_MISSING, false);
	mmsim_mmap(s.p, s.addr, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	check_stopped(&s, "UFFD_EVENT_UNMAP", "MAP_FIXED over a registered VMA");

	setup(&s, UFFD_FEATURE_EVENT_REMOVE, UFFDIO_REGISTER_MODE_MISSING, false);
	CHECK(mmsim_madvise(s.p, s.addr, PG, MADV_GUARD_INSTALL) == 0,
	      "MADV_GUARD_INSTALL under UFFD_FEATURE_EVENT_REMOVE");
	check_running(&s, "MADV_GUARD_INSTALL");
	mmsim_madvise(s.p, s.addr, PG, MADV_DONTNEED);
	check_stopped(&s, "UFFD_EVENT_REMOVE", "MADV_DONTNEED");

	setup(&s, UFFD_FEATURE_EVENT_REMOVE, UFFDIO_REGISTER_MODE_MISSING, true);
	mmsim_madvise(s.p, s.addr, PG, MADV_REMOVE);
	check_stopped(&s, "UFFD_EVENT_REMOVE", "MADV_REMOVE");

	setup(&s, UFFD_FEATURE_EVENT_REMAP, UFFDIO_REGISTER_MODE_MISSING, false);
	mmsim_mremap(s.p, s.addr, PG, PG, MREMAP_MAYMOVE | MREMAP_FIXED,
		     s.addr + 64 * PG);
	check_stopped(&s, "UFFD_EVENT_REMAP", "mremap");
}

static void test_pagemap_scan_wp(void)
{
	struct mmsim_page_region vec[4];
	struct mmsim_pm_scan_arg arg;
	struct setup s;

	setup(&s, UFFD_FEATURE_WP_ASYNC, UFFDIO_REGISTER_MODE_WP, false);
	memset(&arg, 0, sizeof(arg));
	arg.start = s.addr;
	arg.end = s.addr + NPAGES * PG;
	arg.vec = vec;
	arg.vec_len = 4;
	arg.category_anyof_mask = PAGE_IS_WRITTEN;
	arg.return_mask = PAGE_IS_WRITTEN;
	CHECK(mmsim_pagemap_scan(s.p, &arg) >= 0, "a scan of an async-WP VMA");
	check_running(&s, "a scan without PM_SCAN_WP_MATCHING");
	arg.flags = PM_SCAN_WP_MATCHING;
	mmsim_pagemap_scan(s.p, &arg);
	check_stopped(&s, "PM_SCAN_WP_MATCHING", "write-protection by PAGEMAP_SCAN");
}

/*
 * A child makes a userfaultfd and a grandchild inherits it; the child
 * exits.  The context keeps the child's mm_struct (not its memory), the
 * grandchild's close releases both.  ASan checks that nothing is used
 * after it is freed, nor leaked.
 */
static void test_context_outlives_its_process(void)
{
	struct mmsim_uffdio_register reg = { .len = PG, .mode = UFFDIO_REGISTER_MODE_MISSING };
	struct mmsim_uffdio_api api = { .api = UFFD_API };
	struct mmsim_process *c, *g;
	struct setup s;
	char msg[256] = "";
	long err, fd;

	setup(&s, 0, UFFDIO_REGISTER_MODE_MISSING, false);
	c = mmsim_fork(s.p, &err);
	fd = c ? mmsim_userfaultfd(c, 0) : -1;
	CHECK(fd >= 0 && mmsim_uffdio_api(c, (int)fd, &api) == 0,
	      "a child's userfaultfd %ld", fd);
	reg.start = s.addr + PG;
	CHECK(mmsim_uffdio_register(c, (int)fd, &reg) == 0,
	      "registers the child's memory");
	g = mmsim_fork(c, &err);
	CHECK(g != NULL, "a grandchild inherits it");
	mmsim_exit(c);
	CHECK(mmsim_uffdio_register(g, (int)fd, &reg) == -ENOMEM,
	      "with its process gone, registering is -ENOMEM");
	CHECK(mmsim_close(g, (int)fd) == 0, "the last close");
	CHECK(mmsim_validate(s.m, msg, sizeof(msg)) == 0, "leaves a valid machine %s", msg);
	mmsim_exit(g);
	check_running(&s, "a context outliving its process");
	mmsim_machine_destroy(s.m);
}

/* The [start, end) of the VMA named @name in the maps text, or 0. */
static unsigned long find_named(struct mmsim_process *p, const char *name)
{
	static char buf[1 << 16];
	char *line;

	mmsim_maps(p, buf, sizeof(buf));
	for (line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		unsigned long start, end;

		if (strstr(line, name) && sscanf(line, "%lx-%lx", &start, &end) == 2)
			return start;
	}
	return 0;
}

static void test_initial_layout(void)
{
	struct mmsim_uffdio_api api = { .api = UFFD_API };
	struct mmsim_uffdio_register reg = { .len = PG, .mode = UFFDIO_REGISTER_MODE_MISSING };
	struct mmsim_profile pf;
	struct mmsim_machine *m;
	struct mmsim_process *p;
	unsigned long image, vdso, vvar, heap;
	int u, v;

	mmsim_profile_builtin(&pf);
	m = mmsim_machine_create(&pf);
	p = mmsim_main_process(m);
	image = find_named(p, "mmsim-sandbox");
	vdso = find_named(p, "[vdso]");
	vvar = find_named(p, "[vvar]");
	heap = find_named(p, "[heap]");
	u = (int)mmsim_userfaultfd(p, 0);
	v = (int)mmsim_userfaultfd(p, 0);
	mmsim_uffdio_api(p, u, &api);
	api.features = UFFD_FEATURE_WP_ASYNC;
	mmsim_uffdio_api(p, v, &api);
	reg.start = image;
	CHECK(mmsim_uffdio_register(p, u, &reg) == -EINVAL,
	      "the program image (a file mapping on the host) is -EINVAL");
	reg.start = vdso;
	CHECK(mmsim_uffdio_register(p, u, &reg) == -EINVAL, "so is [vdso]");
	reg.start = heap;
	CHECK(mmsim_uffdio_register(p, u, &reg) == 0, "[heap] is anonymous memory");
	reg.mode = UFFDIO_REGISTER_MODE_WP;
	reg.start = image;
	CHECK(mmsim_uffdio_register(p, v, &reg) == 0,
	      "asynchronous WP registers the image");
	reg.start = vvar;
	CHECK(mmsim_uffdio_register(p, v, &reg) == -EPERM,
	      "but not [vvar], which has no VM_MAYWRITE");
	mmsim_machine_destroy(m);
}

int main(void)
{
	test_faults();
	test_events();
	test_pagemap_scan_wp();
	test_context_outlives_its_process();
	test_initial_layout();
	return check_summary();
}
