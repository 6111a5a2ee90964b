// SPDX-License-Identifier: MIT
/*
 * mmsim_pagemap_scan() and process_vm_readv/writev() driven directly, for
 * what a scenario cannot reach: a VM_PFNMAP VMA (the [vvar] of the initial
 * layout, whose address the host randomizes) is skipped, output without a
 * vector is -EINVAL, a scan over the whole address space walks only VMAs,
 * and a pin through process_vm_readv takes no reference that outlives it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mmsim/mmsim.h"
#include "../../mm/uapi.h"
#include "check.h"

#define PG	4096UL
#define TASK_SIZE_MAX	0x7ffffffff000UL

static struct mmsim_page_region vec[64];

static long scan(struct mmsim_process *p, unsigned long start,
		 unsigned long end, uint64_t anyof, uint64_t ret_mask,
		 struct mmsim_pm_scan_arg *arg)
{
	memset(arg, 0, sizeof(*arg));
	arg->start = start;
	arg->end = end;
	arg->vec = vec;
	arg->vec_len = sizeof(vec) / sizeof(vec[0]);
	arg->category_anyof_mask = anyof;
	arg->return_mask = ret_mask;
	return mmsim_pagemap_scan(p, arg);
}

/* The [start, end) of the VMA named @name in the maps text, or 0. */
static unsigned long find_named(struct mmsim_process *p, const char *name,
				unsigned long *end)
{
	static char buf[1 << 16];
	char *line;

	mmsim_maps(p, buf, sizeof(buf));
	for (line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		unsigned long s, e;

		if (strstr(line, name) && sscanf(line, "%lx-%lx", &s, &e) == 2) {
			*end = e;
			return s;
		}
	}
	return 0;
}

int main(void)
{
	struct mmsim_profile pf;
	struct mmsim_machine *m;
	struct mmsim_process *p;
	struct mmsim_pm_scan_arg arg;
	unsigned long vvar, vvar_end, vdso, vdso_end;
	long r, n, i;
	int byte;

	mmsim_profile_builtin(&pf);
	m = mmsim_machine_create(&pf);
	p = mmsim_main_process(m);

	vvar = find_named(p, "[vvar]", &vvar_end);
	vdso = find_named(p, "[vdso]", &vdso_end);
	CHECK(vvar && vdso, "the initial layout has [vvar] at %#lx and [vdso] at %#lx",
	      vvar, vdso);
	r = scan(p, vvar, vvar_end, 0, 0, &arg);
	CHECK(r == 0 && arg.walk_end == vvar_end,
	      "a VM_PFNMAP VMA is skipped: %ld regions, walk_end %#lx", r,
	      (unsigned long)arg.walk_end);
	r = scan(p, vdso, vdso_end, 0, 0, &arg);
	CHECK(r == 1 && vec[0].start == vdso && vec[0].end == vdso_end,
	      "a special mapping that is not VM_PFNMAP is walked (%ld)", r);

	/* the whole address space: every VMA but the PFNMAP ones, holes skipped */
	r = scan(p, 0, TASK_SIZE_MAX, 0, 0, &arg);
	for (i = 0, n = 0; i < r; i++)
		if (vec[i].start < vvar_end && vec[i].end > vvar)
			n++;
	CHECK(r > 1 && n == 0 && arg.walk_end == TASK_SIZE_MAX,
	      "scan of all user space: %ld regions, none over [vvar]", r);

	memset(&arg, 0, sizeof(arg));
	arg.start = vdso;
	arg.end = vdso_end;
	arg.vec_len = 4;
	CHECK(mmsim_pagemap_scan(p, &arg) == -EINVAL, "vec_len without vec is -EINVAL");
	arg.vec_len = 0;
	arg.start = vdso;
	arg.end = vdso_end;
	CHECK(mmsim_pagemap_scan(p, &arg) == 0 && arg.walk_end == vdso_end,
	      "no vec and no vec_len: 0 regions, walk_end at the end");

	/* a pin taken and dropped within the call leaves the counts as they were */
	r = mmsim_mmap(p, 0, 2 * PG, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(r > 0 && mmsim_write(p, (unsigned long)r, 2 * PG, 'q') == MMSIM_ACCESS_OK,
	      "a written mapping at %#lx", (unsigned long)r);
	n = mmsim_frame(p, (unsigned long)r);
	CHECK(mmsim_process_vm_readv(p, (unsigned long)r, 2 * PG) == (long)(2 * PG) &&
	      mmsim_kpagecount(m, (unsigned long)n) == 1,
	      "process_vm_readv of an exclusive page: same page, mapcount 1");
	CHECK(mmsim_process_vm_writev(p, (unsigned long)r + 10, 5, 'w') == 5 &&
	      mmsim_read(p, (unsigned long)r + 10, 5, &byte) == MMSIM_ACCESS_OK &&
	      byte == 'w' && mmsim_frame(p, (unsigned long)r) == n,
	      "process_vm_writev writes in place");
	{
		char msg[256] = "";

		CHECK(mmsim_validate(m, msg, sizeof(msg)) == 0, "validate_mm() is clean %s", msg);
	}

	mmsim_machine_destroy(m);
	return check_summary();
}
