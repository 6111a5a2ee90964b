// SPDX-License-Identifier: MIT
/*
 * The model backend: scenario calls on libmmsim.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "mmsim/mmsim.h"

#define MAX_PROCS	1024

extern unsigned long mm_nr_warnings;

/*
 * A process's last pagemap_scan(), which scan_region() and friends read.
 * The host keeps it in the sandbox's memory, so a fork copies it; so does
 * the model.  NULL until the first successful scan, and after a failed one.
 */
struct model_scan {
	long nr;
	uint64_t walk_end;
	struct mmsim_page_region vec[SC_SCAN_MAX_REGIONS];
};

struct model_backend {
	struct sc_backend base;
	struct mmsim_machine *m;
	struct mmsim_process *procs[MAX_PROCS];
	struct model_scan *scans[MAX_PROCS];
	int nprocs;
	struct sc_call last;		/* for white-box tests */
};

static struct model_backend *to_model(struct sc_backend *b)
{
	return (struct model_backend *)b;
}

/*
 * What the model shows of the profile: the zero page or its absence,
 * THPeligible, soft-dirty, a privileged process, userfaultfd.  Not yet:
 * swap, KSM merging, NUMA placement and the huge zero page, so scenarios
 * that require them skip on the model whatever its profile says.
 */
static bool model_has_feature(struct sc_backend *b, const char *feature)
{
	static const char *const modelled[] = {
		"model", "files", "zero_page", "thp", "soft_dirty", "root",
		"userfaultfd",
	};
	size_t i;

	(void)b;
	for (i = 0; i < sizeof(modelled) / sizeof(modelled[0]); i++)
		if (!strcmp(feature, modelled[i]))
			return true;
	return false;
}

static void set_num(struct sc_outcome *o, int64_t v)
{
	o->kind = SC_NUM;
	o->v = v;
}

static void set_access(struct sc_outcome *o, enum mmsim_access a, int64_t v)
{
	if (a != MMSIM_ACCESS_OK) {
		o->kind = SC_SIGNAL;
		o->v = a;
	} else if (v == MMSIM_READ_MIXED) {
		o->kind = SC_MIXED;
	} else {
		set_num(o, v);
	}
}

/*
 * pwrite and pread as the sandbox makes them: system calls of at most
 * SANDBOX_IO bytes (its buffer), so that the page cache sees the same
 * writes (folio sizes follow them) and reads as on the host.
 */
#define SANDBOX_IO	(1 << 16)

static int64_t model_pwrite(struct mmsim_process *p, int fd, int byte,
			    int64_t len, int64_t off)
{
	int64_t done = 0, r;

	if (len < 0)
		return -EINVAL;
	do {
		int64_t n = len - done < SANDBOX_IO ? len - done : SANDBOX_IO;

		r = mmsim_pwrite(p, fd, byte, n, off + done);
		if (r < 0)
			return done ? done : r;
		if (r == 0)
			break;
		done += r;
	} while (done < len);
	return done;
}

/* mincore(addr, len): bit i for page i of the range, or -errno. */
static void model_mincore(struct mmsim_process *p, uint64_t addr, uint64_t len,
			  struct sc_outcome *o)
{
	unsigned char vec[SC_MINCORE_MAX_PAGES];
	long r;

	r = mmsim_mincore(p, addr, len, vec);
	if (r < 0) {
		set_num(o, r);
		return;
	}
	set_num(o, sc_mincore_mask(vec, (len + 4095) / 4096));
}

static void model_pread(struct mmsim_process *p, int fd, int64_t len,
			int64_t off, struct sc_outcome *o)
{
	int64_t done = 0, r;
	int common = MMSIM_READ_NONE, byte;

	if (len < 0) {
		set_num(o, -EINVAL);
		return;
	}
	do {
		int64_t n = len - done < SANDBOX_IO ? len - done : SANDBOX_IO;

		r = mmsim_pread(p, fd, n, off + done, &byte);
		if (r < 0 && !done) {
			set_num(o, r);
			return;
		}
		if (r <= 0)
			break;
		if (common == MMSIM_READ_NONE)
			common = byte;
		else if (common != byte)
			common = MMSIM_READ_MIXED;
		done += r;
	} while (done < len);
	if (common == MMSIM_READ_NONE)
		o->kind = SC_NONE;
	else if (common == MMSIM_READ_MIXED)
		o->kind = SC_MIXED;
	else
		set_num(o, common);
}

static int model_pagemap_scan(struct model_backend *mb, int proc,
			      const struct sc_call *c, struct sc_outcome *out,
			      char *err, size_t errlen)
{
	struct model_scan *scan = mb->scans[proc];
	const int64_t *a = c->args;
	struct mmsim_pm_scan_arg arg;
	long r;

	/* the engine keeps vec_len within the buffer; a direct caller may not */
	if (a[8] < 0 || a[8] > SC_SCAN_MAX_REGIONS) {
		snprintf(err, errlen, "pagemap_scan: vec_len %lld is over %d",
			 (long long)a[8], SC_SCAN_MAX_REGIONS);
		return -1;
	}
	if (!scan) {
		scan = malloc(sizeof(*scan));
		if (!scan) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
	}
	mb->scans[proc] = NULL;
	memset(&arg, 0, sizeof(arg));
	arg.start = (uint64_t)a[0];
	arg.end = (uint64_t)a[0] + (uint64_t)a[1];
	arg.flags = (uint64_t)a[2];
	arg.category_inverted = (uint64_t)a[3];
	arg.category_mask = (uint64_t)a[4];
	arg.category_anyof_mask = (uint64_t)a[5];
	arg.return_mask = (uint64_t)a[6];
	arg.max_pages = (uint64_t)a[7];
	arg.vec_len = (uint64_t)a[8];
	arg.vec = scan->vec;
	r = mmsim_pagemap_scan(mb->procs[proc], &arg);
	set_num(out, r);
	if (r < 0) {
		free(scan);
		return 0;
	}
	scan->nr = r;
	scan->walk_end = arg.walk_end;
	mb->scans[proc] = scan;
	return 0;
}

/* scan_region(i), scan_categories(i), scan_walk_end(): NONE where there is none */
static void model_observe_scan(const struct model_scan *scan,
			       const struct sc_call *c, struct sc_outcome *out)
{
	int64_t i = c->nargs ? c->args[0] : 0;

	if (!scan || (c->op != SC_SCAN_WALK_END && (i < 0 || i >= scan->nr))) {
		out->kind = SC_NONE;
		return;
	}
	switch (c->op) {
	case SC_SCAN_REGION:
		out->kind = SC_RANGE;
		out->is_addr = true;
		out->v = (int64_t)scan->vec[i].start;
		out->v2 = (int64_t)scan->vec[i].end;
		return;
	case SC_SCAN_CATEGORIES:
		set_num(out, (int64_t)scan->vec[i].categories);
		return;
	default:
		set_num(out, (int64_t)scan->walk_end);
		out->is_addr = true;
		return;
	}
}

static int model_observe(struct model_backend *mb, struct mmsim_process *p,
			 const struct sc_call *c, struct sc_outcome *out,
			 struct sc_text *text, char *err, size_t errlen)
{
	unsigned long start, end;
	char prot[5];
	long v;

	switch (c->op) {
	case SC_VMA:
		if (!mmsim_vma(p, c->args[0], &start, &end)) {
			out->kind = SC_NONE;
			return 0;
		}
		out->kind = SC_RANGE;
		out->is_addr = true;
		out->v = (int64_t)start;
		out->v2 = (int64_t)end;
		return 0;
	case SC_VMA_PROT:
		if (!mmsim_vma_prot(p, c->args[0], prot)) {
			out->kind = SC_NONE;
			return 0;
		}
		out->kind = SC_STRING;
		snprintf(out->str, sizeof(out->str), "%s", prot);
		return 0;
	case SC_VMFLAG:
		v = mmsim_vmflag(p, c->args[0], c->str);
		if (v < 0)
			out->kind = SC_NONE;
		else
			set_num(out, v);
		return 0;
	case SC_SMAPS:
		v = mmsim_smaps(p, c->args[0], c->str);
		if (v == -EFAULT) {
			out->kind = SC_NONE;
			return 0;
		}
		if (v < 0) {
			snprintf(err, errlen, "smaps has no field '%s'", c->str);
			return -1;
		}
		set_num(out, v);
		return 0;
	case SC_PAGEMAP:
		set_num(out, (int64_t)(mmsim_pagemap(p, c->args[0]) &
				       ~((1ULL << 55) - 1)));
		return 0;
	case SC_FRAME:
		v = mmsim_frame(p, c->args[0]);
		if (v < 0) {
			out->kind = SC_NONE;
		} else {
			out->kind = SC_TOKEN;
			out->v = v;
		}
		return 0;
	case SC_MAPCOUNT:
	case SC_KPAGEFLAGS:
		v = mmsim_frame(p, c->args[0]);
		if (v < 0)
			set_num(out, 0);
		else if (c->op == SC_MAPCOUNT)
			set_num(out, (int64_t)mmsim_kpagecount(mb->m, v));
		else
			set_num(out, (int64_t)mmsim_kpageflags(mb->m, v));
		return 0;
	case SC_MAPS: {
		size_t n = mmsim_maps(p, NULL, 0);
		char *buf = malloc(n + 1);

		if (!buf) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		mmsim_maps(p, buf, n + 1);
		if (text)
			sc_text_append(text, buf, n);
		free(buf);
		set_num(out, 0);
		return 0;
	}
	default:
		break;
	}
	snprintf(err, errlen, "unknown observation");
	return -1;
}

static int model_call(struct sc_backend *b, int proc, const struct sc_call *c,
		      struct sc_outcome *out, struct sc_text *text,
		      char *err, size_t errlen)
{
	struct model_backend *mb = to_model(b);
	struct mmsim_process *p;
	unsigned long warnings = mm_nr_warnings;
	const int64_t *a = c->args;
	int byte = 0;
	long err_fork;

	memset(out, 0, sizeof(*out));
	if (proc < 0 || proc >= mb->nprocs || !mb->procs[proc]) {
		snprintf(err, errlen, "no process %d", proc);
		return -1;
	}
	p = mb->procs[proc];
	mb->last = *c;
	switch (c->op) {
	case SC_MMAP:
		set_num(out, mmsim_mmap(p, a[0], a[1], a[2], a[3], (int)a[4], a[5]));
		break;
	case SC_MUNMAP:
		set_num(out, mmsim_munmap(p, a[0], a[1]));
		break;
	case SC_MPROTECT:
		set_num(out, mmsim_mprotect(p, a[0], a[1], a[2]));
		break;
	case SC_MADVISE:
		set_num(out, mmsim_madvise(p, a[0], a[1], (int)a[2]));
		break;
	case SC_MREMAP:
		set_num(out, mmsim_mremap(p, a[0], a[1], a[2], a[3],
					  c->nargs > 4 ? a[4] : 0));
		break;
	case SC_MLOCK:
		set_num(out, mmsim_mlock(p, a[0], a[1]));
		break;
	case SC_MLOCK2:
		set_num(out, mmsim_mlock2(p, a[0], a[1], a[2]));
		break;
	case SC_MUNLOCK:
		set_num(out, mmsim_munlock(p, a[0], a[1]));
		break;
	case SC_MSYNC:
		set_num(out, mmsim_msync(p, a[0], a[1], a[2]));
		break;
	case SC_MSEAL:
		set_num(out, mmsim_mseal(p, a[0], a[1], a[2]));
		break;
	case SC_PROCESS_MADVISE: {
		struct mmsim_iovec iov[SC_MAX_IOV];
		int i;

		for (i = 0; i < c->niov; i++) {
			iov[i].base = (unsigned long)c->iov[i][0];
			iov[i].len = (unsigned long)c->iov[i][1];
		}
		set_num(out, mmsim_process_madvise(p, (int)a[0], iov, c->niov,
						   (int)a[1], a[2]));
		break;
	}
	case SC_PROCESS_VM_READV:
		set_num(out, mmsim_process_vm_readv(p, a[0], a[1]));
		break;
	case SC_PROCESS_VM_WRITEV:
		set_num(out, mmsim_process_vm_writev(p, a[0], a[1], (int)a[2]));
		break;
	case SC_PAGEMAP_SCAN:
		if (model_pagemap_scan(mb, proc, c, out, err, errlen))
			return -1;
		break;
	case SC_SCAN_REGION:
	case SC_SCAN_CATEGORIES:
	case SC_SCAN_WALK_END:
		model_observe_scan(mb->scans[proc], c, out);
		break;
	case SC_READ: {
		enum mmsim_access r;

		r = mmsim_read(p, a[0], c->nargs > 1 ? a[1] : 1, &byte);
		set_access(out, r, byte);
		break;
	}
	case SC_WRITE:
		set_access(out, mmsim_write(p, a[0], a[1], (int)a[2]), 0);
		break;
	case SC_FORK: {
		struct mmsim_process *child;

		if (mb->nprocs >= MAX_PROCS) {
			snprintf(err, errlen, "too many processes");
			return -1;
		}
		child = mmsim_fork(p, &err_fork);
		if (!child) {
			set_num(out, err_fork);
			break;
		}
		if (mb->scans[proc]) {
			mb->scans[mb->nprocs] = malloc(sizeof(struct model_scan));
			if (!mb->scans[mb->nprocs]) {
				mmsim_exit(child);
				snprintf(err, errlen, "out of memory");
				return -1;
			}
			memcpy(mb->scans[mb->nprocs], mb->scans[proc],
			       sizeof(struct model_scan));
		}
		mb->procs[mb->nprocs] = child;
		out->kind = SC_PROC;
		out->v = mb->nprocs++;
		break;
	}
	case SC_EXIT:
		if (proc == 0) {
			snprintf(err, errlen, "main cannot exit");
			return -1;
		}
		mmsim_exit(p);
		mb->procs[proc] = NULL;
		free(mb->scans[proc]);
		mb->scans[proc] = NULL;
		set_num(out, 0);
		break;
	case SC_MEMFD_CREATE:
		set_num(out, mmsim_memfd_create(p, c->str, (unsigned int)a[0]));
		break;
	case SC_OPEN:
		set_num(out, mmsim_open(p, c->str, (int)a[0],
					c->nargs > 1 ? (unsigned int)a[1] : 0));
		break;
	case SC_CLOSE:
		set_num(out, mmsim_close(p, (int)a[0]));
		break;
	case SC_UNLINK:
		set_num(out, mmsim_unlink(p, c->str));
		break;
	case SC_FTRUNCATE:
		set_num(out, mmsim_ftruncate(p, (int)a[0], a[1]));
		break;
	case SC_FALLOCATE:
		set_num(out, mmsim_fallocate(p, (int)a[0], (int)a[1], a[2], a[3]));
		break;
	case SC_FCNTL:
		set_num(out, mmsim_fcntl(p, (int)a[0], (int)(unsigned int)a[1],
					 (unsigned long)a[2]));
		break;
	case SC_PWRITE:
		set_num(out, model_pwrite(p, (int)a[0], (int)a[1], a[2], a[3]));
		break;
	case SC_PREAD:
		model_pread(p, (int)a[0], a[1], a[2], out);
		break;
	case SC_FSYNC:
		set_num(out, mmsim_fsync(p, (int)a[0]));
		break;
	case SC_USERFAULTFD:
		set_num(out, mmsim_userfaultfd(p, (int)a[0]));
		break;
	case SC_UFFDIO_API: {
		struct mmsim_uffdio_api api = {
			.api = (uint64_t)a[1],
			.features = (uint64_t)a[2],
		};
		long r = mmsim_uffdio_api(p, (int)a[0], &api);

		set_num(out, r < 0 ? r : (int64_t)api.features);
		break;
	}
	case SC_UFFDIO_REGISTER: {
		struct mmsim_uffdio_register reg = {
			.start = (uint64_t)a[1],
			.len = (uint64_t)a[2],
			.mode = (uint64_t)a[3],
		};
		long r = mmsim_uffdio_register(p, (int)a[0], &reg);

		set_num(out, r < 0 ? r : (int64_t)reg.ioctls);
		break;
	}
	case SC_UFFDIO_UNREGISTER:
		set_num(out, mmsim_uffdio_unregister(p, (int)a[0], (uint64_t)a[1],
						     (uint64_t)a[2]));
		break;
	case SC_MINCORE:
		model_mincore(p, (uint64_t)a[0], (uint64_t)a[1], out);
		break;
	default:
		if (model_observe(mb, p, c, out, text, err, errlen))
			return -1;
		break;
	}
	if (mm_nr_warnings != warnings) {
		snprintf(err, errlen, "the model warned (see above)");
		return -1;
	}
	/* the process would wait for good (a userfaultfd reader), or worse */
	if (mmsim_stopped(mb->m)) {
		snprintf(err, errlen, "%s", mmsim_stopped(mb->m));
		return -1;
	}
	return 0;
}

const struct sc_call *sc_model_last_call(struct sc_backend *b)
{
	return &to_model(b)->last;
}

struct mmsim_machine *sc_model_machine(struct sc_backend *b, int *nprocs,
				       struct mmsim_process ***procs)
{
	struct model_backend *mb = to_model(b);

	*nprocs = mb->nprocs;
	*procs = mb->procs;
	return mb->m;
}

static void model_destroy(struct sc_backend *b)
{
	struct model_backend *mb = to_model(b);
	int i;

	for (i = 0; i < mb->nprocs; i++)
		free(mb->scans[i]);
	mmsim_machine_destroy(mb->m);
	free(mb);
}

static const struct sc_backend_ops model_ops = {
	.name = "model",
	.has_feature = model_has_feature,
	.call = model_call,
	.destroy = model_destroy,
};

struct sc_backend *sc_model_backend_create(const struct mmsim_profile *p,
					   char *err, size_t errlen)
{
	struct model_backend *mb = calloc(1, sizeof(*mb));

	if (!mb) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	mb->m = mmsim_machine_create(p);
	if (!mb->m) {
		free(mb);
		snprintf(err, errlen, "out of memory creating the machine");
		return NULL;
	}
	mb->base.ops = &model_ops;
	mb->base.profile = *p;
	mb->procs[0] = mmsim_main_process(mb->m);
	mb->nprocs = 1;
	return &mb->base;
}
