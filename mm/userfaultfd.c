// SPDX-License-Identifier: MIT
/*
 * userfaultfd: the descriptor and its context (the kernel's
 * fs/userfaultfd.c), registration of ranges (mm/userfaultfd.c), and what
 * a registered range changes elsewhere: faults, fork, mremap, munmap and
 * the madvise calls that drop pages.
 *
 * Registration sets VM_UFFD_MISSING, VM_UFFD_WP or VM_UFFD_MINOR over a
 * range and points its VMAs at the context, splitting them at the ends;
 * a VMA's context is part of what a neighbour must share to merge, so
 * registering or unregistering a whole neighbourhood merges it back.
 * Holes inside the range are skipped; a range with no VMA at all is
 * -EINVAL.  Every VMA is checked before any is changed, and the first
 * that fails decides the error: not a kind of memory the mode handles
 * (-EINVAL), not writable by the process even with mprotect
 * (VM_MAYWRITE; -EPERM), another context's (-EBUSY).
 */
#include <string.h>

#include "fs.h"
#include "mm.h"
#include "userfaultfd.h"
#include "vma.h"

#define UFFD_SHARED_FCNTL_FLAGS	(O_CLOEXEC | O_NONBLOCK)
#define UFFD_API_REGISTER_MODES	(UFFDIO_REGISTER_MODE_MISSING |	\
				 UFFDIO_REGISTER_MODE_WP |		\
				 UFFDIO_REGISTER_MODE_MINOR)

static const char *uffd_reason_name(vm_flags_t reason)
{
	switch (reason) {
	case VM_UFFD_MISSING:
		return "MISSING";
	case VM_UFFD_WP:
		return "WP";
	default:
		return "MINOR";
	}
}

/* ---- faults and events ---------------------------------------------- */

vm_fault_t handle_userfault(struct vm_fault *vmf, vm_flags_t reason)
{
	struct vm_area_struct *vma = vmf->vma;
	struct userfaultfd_ctx *ctx = vma->vm_userfaultfd_ctx.ctx;

	VM_WARN_ON(!ctx, "userfault (%s) at %#lx in [%#lx, %#lx), a VMA of no context",
		   uffd_reason_name(reason), vmf->address, vma->vm_start,
		   vma->vm_end);
	if (!ctx)
		return VM_FAULT_SIGBUS;
	if (ctx->features & UFFD_FEATURE_SIGBUS)
		return VM_FAULT_SIGBUS;
	if (!(vmf->flags & FAULT_FLAG_USER) && (ctx->flags & UFFD_USER_MODE_ONLY))
		return VM_FAULT_SIGBUS;
	mm_stop(vma->vm_mm->machine,
		"the %s fault at %#lx would wait for a userfaultfd reader "
		"(UFFDIO_REGISTER_MODE_%s), and nothing reads the descriptor",
		(vmf->flags & FAULT_FLAG_WRITE) ? "write" : "read",
		vmf->address, uffd_reason_name(reason));
	return VM_FAULT_SIGBUS;
}

/*
 * Does the VMA's context want to hear of the event (UFFD_EVENT_@event)
 * before the operation goes on?  Then the process would wait for the
 * reader: stop the machine.
 */
static void userfaultfd_event_wait(struct vm_area_struct *vma,
				   unsigned int feature, const char *event)
{
	struct userfaultfd_ctx *ctx = vma->vm_userfaultfd_ctx.ctx;

	if (!ctx || !(ctx->features & feature))
		return;
	mm_stop(vma->vm_mm->machine,
		"UFFD_EVENT_%s of [%#lx, %#lx) would make the process wait for "
		"its userfaultfd reader, and nothing reads the descriptor",
		event, vma->vm_start, vma->vm_end);
}

/* No context any more: the VMA is as if never registered. */
static void userfaultfd_reset_ctx(struct vm_area_struct *vma)
{
	vma->vm_userfaultfd_ctx.ctx = NULL;
	vma->vm_flags &= ~__VM_UFFD_FLAGS;
}

bool dup_userfaultfd(struct vm_area_struct *vma)
{
	struct userfaultfd_ctx *ctx = vma->vm_userfaultfd_ctx.ctx;

	if (!ctx)
		return false;
	/*
	 * Even where the kernel would give the child a context of its own, the
	 * model leaves the child unregistered: the machine stops at the event.
	 */
	userfaultfd_reset_ctx(vma);
	return ctx->features & UFFD_FEATURE_EVENT_FORK;
}

void dup_userfaultfd_complete(struct vm_area_struct *parent_vma)
{
	userfaultfd_event_wait(parent_vma, UFFD_FEATURE_EVENT_FORK, "FORK");
}

void mremap_userfaultfd_prep(struct vm_area_struct *new_vma)
{
	struct userfaultfd_ctx *ctx = new_vma->vm_userfaultfd_ctx.ctx;

	if (!ctx)
		return;
	if (ctx->features & UFFD_FEATURE_EVENT_REMAP)
		userfaultfd_event_wait(new_vma, UFFD_FEATURE_EVENT_REMAP, "REMAP");
	else
		userfaultfd_reset_ctx(new_vma);
}

void userfaultfd_unmap_prep(struct vm_area_struct *vma)
{
	userfaultfd_event_wait(vma, UFFD_FEATURE_EVENT_UNMAP, "UNMAP");
}

void userfaultfd_remove(struct vm_area_struct *vma)
{
	userfaultfd_event_wait(vma, UFFD_FEATURE_EVENT_REMOVE, "REMOVE");
}

/* ---- registration --------------------------------------------------- */

/*
 * May @vma be registered in the modes of @vm_flags?  Anonymous memory and
 * shmem may (MINOR: shmem only), never VM_DROPPABLE; a context of
 * asynchronous write-protection registers any memory for WP alone.
 */
static bool vma_can_userfault(const struct vm_area_struct *vma,
			      vm_flags_t vm_flags, bool wp_async)
{
	vm_flags &= __VM_UFFD_FLAGS;
	if (vma->vm_flags & VM_DROPPABLE)
		return false;
	if ((vm_flags & VM_UFFD_MINOR) && !vma_is_shmem(vma))
		return false;
	if (wp_async && vm_flags == VM_UFFD_WP)
		return true;
	return uffd_vma_is_anonymous(vma) || vma_is_shmem(vma);
}

/* A page-aligned range of user space, neither empty nor wrapping. */
static int validate_range(const struct mm_struct *mm, uint64_t start,
			  uint64_t len)
{
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (len & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return -EINVAL;
	if (start >= mm->task_size)
		return -EINVAL;
	if (len > mm->task_size - start)
		return -EINVAL;
	if (start + len <= start)
		return -EINVAL;
	return 0;
}

/* The first VMA that [start, end) meets, or NULL. */
static struct vm_area_struct *vma_find_range(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	return vma && vma->vm_start < end ? vma : NULL;
}

/* Set or clear the context of the VMA that vma_modify_flags_uffd() gave. */
static void userfaultfd_set_ctx(struct vm_area_struct *vma,
				struct userfaultfd_ctx *ctx, vm_flags_t vm_flags)
{
	vma->vm_userfaultfd_ctx.ctx = ctx;
	vma->vm_flags = (vma->vm_flags & ~__VM_UFFD_FLAGS) | vm_flags;
}

/*
 * Register [start, end) with @ctx in the modes of @vm_flags, from @vma,
 * the first VMA it meets, on.  A VMA that has the modes already is left
 * as it is (it keeps any others); one that has other modes takes these
 * instead.  Fails only for memory, with the VMAs before the failing one
 * registered, as in the kernel.
 *
 *   | prev | vma ... |        the range's part of each VMA is split off,
 *            ^start           or merged into a neighbour registered alike
 */
static int userfaultfd_register_range(struct userfaultfd_ctx *ctx,
				      struct vm_area_struct *vma,
				      vm_flags_t vm_flags,
				      unsigned long start, unsigned long end)
{
	struct mm_struct *mm = ctx->mm;
	struct vm_area_struct *prev = vma->vm_start < start ? vma : vma_prev(vma);

	for (; vma && vma->vm_start < end; vma = vma_next(vma)) {
		unsigned long vma_end = end < vma->vm_end ? end : vma->vm_end;

		if (vma->vm_userfaultfd_ctx.ctx == ctx &&
		    (vma->vm_flags & vm_flags) == vm_flags)
			goto skip;
		if (vma->vm_start > start)
			start = vma->vm_start;
		vma = vma_modify_flags_uffd(mm, prev, vma, start, vma_end,
					    (vma->vm_flags & ~__VM_UFFD_FLAGS) | vm_flags,
					    ctx);
		if (IS_ERR(vma))
			return (int)PTR_ERR(vma);
		userfaultfd_set_ctx(vma, ctx, vm_flags);
skip:
		prev = vma;
		start = vma->vm_end;
	}
	return 0;
}

/*
 * Unregister [start, end) of @vma.  When that is the whole VMA and only a
 * merge could fail, the kernel gives up the merge rather than fail
 * (give_up_on_oom): the VMA is unregistered in place.
 */
static struct vm_area_struct *userfaultfd_clear_vma(struct mm_struct *mm,
						    struct vm_area_struct *prev,
						    struct vm_area_struct *vma,
						    unsigned long start,
						    unsigned long end)
{
	bool whole = start == vma->vm_start && end == vma->vm_end;
	struct vm_area_struct *ret;

	ret = vma_modify_flags_uffd(mm, prev, vma, start, end,
				    vma->vm_flags & ~__VM_UFFD_FLAGS, NULL);
	if (IS_ERR(ret) && whole)
		ret = vma;
	if (!IS_ERR(ret))
		userfaultfd_set_ctx(ret, NULL, 0);
	return ret;
}

/* ---- the descriptor ------------------------------------------------- */

/*
 * The last reference to the descriptor is gone: every VMA of the context
 * is unregistered (and merges where it can), if its address space still
 * has a process.
 */
static void userfaultfd_release(struct file *file)
{
	struct userfaultfd_ctx *ctx = file->private_data;
	struct mm_struct *mm = ctx->mm;
	struct vm_area_struct *vma, *prev = NULL;

	if (mm->mm_users) {
		for (vma = node_vma(mm->mm_mt.first); vma; vma = vma_next(vma)) {
			if (vma->vm_userfaultfd_ctx.ctx == ctx)
				vma = userfaultfd_clear_vma(mm, prev, vma,
							    vma->vm_start,
							    vma->vm_end);
			prev = vma;
		}
	}
	mmdrop(mm);
	mm_free(ctx);
}

static const struct file_operations userfaultfd_fops = {
	.release = userfaultfd_release,
};

long mmsim_userfaultfd(struct mmsim_process *p, int flags)
{
	struct mmsim_machine *m = p->machine;
	struct userfaultfd_ctx *ctx;
	struct inode *inode;
	struct file *file;
	long fd;

	/*
	 * Faults in kernel mode may be handled only by a process with
	 * CAP_SYS_PTRACE (the profile's root), or where the sysctl allows it.
	 */
	if (!(flags & UFFD_USER_MODE_ONLY) && !m->profile.root &&
	    !m->profile.unprivileged_userfaultfd)
		return -EPERM;
	if (flags & ~(UFFD_SHARED_FCNTL_FLAGS | UFFD_USER_MODE_ONLY))
		return -EINVAL;
	ctx = mm_alloc(m, sizeof(*ctx));
	if (!ctx)
		return -ENOMEM;
	inode = new_inode(m, INODE_ANON, "[userfaultfd]");
	if (!inode) {
		mm_free(ctx);
		return -ENOMEM;
	}
	file = alloc_file(inode, FMODE_READ, O_RDONLY | (flags & O_NONBLOCK));
	iput(inode);			/* the file holds it now, if anyone */
	if (!file) {
		mm_free(ctx);
		return -ENOMEM;
	}
	ctx->mm = p->mm;
	ctx->file = file;
	ctx->flags = (unsigned int)flags;
	mmgrab(p->mm);
	file->private_data = ctx;
	file->f_op = &userfaultfd_fops;
	fd = fd_install(p, file, flags & O_CLOEXEC);
	if (fd < 0)
		fput(file);		/* releases the context */
	mm_debug_validate(m);
	return fd;
}

/*
 * The context behind @fd, for an ioctl: -EBADF without a file, -ENOTTY
 * for a file that has no such ioctl, -EINVAL before UFFDIO_API (but for
 * UFFDIO_API itself, @api).
 */
static long uffd_ctx_fdget(struct mmsim_process *p, int fd, bool api,
			   struct userfaultfd_ctx **ctxp)
{
	struct file *file = fget(p, fd);

	if (!file)
		return -EBADF;
	if (file->f_op != &userfaultfd_fops)
		return -ENOTTY;
	*ctxp = file->private_data;
	if (!api && !((*ctxp)->features & UFFD_FEATURE_INITIALIZED))
		return -EINVAL;
	return 0;
}

/*
 * UFFDIO_API: the handshake, once per context.  The features asked for
 * are the context's from then on; the answer is every feature the kernel
 * offers, and the ioctls.  A failed handshake zeroes the answer and may
 * be tried again; a second one after success is -EINVAL.
 */
long mmsim_uffdio_api(struct mmsim_process *p, int fd,
		      struct mmsim_uffdio_api *api)
{
	struct userfaultfd_ctx *ctx;
	uint64_t features = api->features;
	long ret;

	ret = uffd_ctx_fdget(p, fd, /* api = */ true, &ctx);
	if (ret)
		return ret;
	ret = -EINVAL;
	if (api->api != UFFD_API)
		goto err_out;
	/* UFFD_FEATURE_EVENT_FORK needs CAP_SYS_PTRACE, which the process has */
	if (features & UFFD_FEATURE_WP_ASYNC)
		features |= UFFD_FEATURE_WP_UNPOPULATED;
	if (features & ~(uint64_t)UFFD_API_FEATURES)
		goto err_out;
	api->features = UFFD_API_FEATURES;
	api->ioctls = UFFD_API_IOCTLS;
	if (ctx->features)
		goto err_out;
	ctx->features = (unsigned int)features | UFFD_FEATURE_INITIALIZED;
	return 0;
err_out:
	memset(api, 0, sizeof(*api));
	return ret;
}

static long uffdio_register(struct userfaultfd_ctx *ctx,
			    struct mmsim_uffdio_register *reg)
{
	struct mm_struct *mm = ctx->mm;
	bool wp_async = ctx->features & UFFD_FEATURE_WP_ASYNC;
	struct vm_area_struct *vma, *cur;
	unsigned long start, end;
	vm_flags_t vm_flags = 0;
	uint64_t ioctls;
	int ret;

	if (!reg->mode || (reg->mode & ~UFFD_API_REGISTER_MODES))
		return -EINVAL;
	if (reg->mode & UFFDIO_REGISTER_MODE_MISSING)
		vm_flags |= VM_UFFD_MISSING;
	if (reg->mode & UFFDIO_REGISTER_MODE_WP)
		vm_flags |= VM_UFFD_WP;
	if (reg->mode & UFFDIO_REGISTER_MODE_MINOR)
		vm_flags |= VM_UFFD_MINOR;
	ret = validate_range(mm, reg->start, reg->len);
	if (ret)
		return ret;
	/* the process the context was made in has exited */
	if (!mm->mm_users)
		return -ENOMEM;
	start = (unsigned long)reg->start;
	end = start + (unsigned long)reg->len;
	vma = vma_find_range(mm, start, end);
	if (!vma)
		return -EINVAL;
	for (cur = vma; cur && cur->vm_start < end; cur = vma_next(cur)) {
		if (!vma_can_userfault(cur, vm_flags, wp_async))
			return -EINVAL;
		/* a private mapping is writable after mprotect, a shared one never */
		if (!(cur->vm_flags & VM_MAYWRITE))
			return -EPERM;
		if (cur->vm_userfaultfd_ctx.ctx && cur->vm_userfaultfd_ctx.ctx != ctx)
			return -EBUSY;
	}
	ret = userfaultfd_register_range(ctx, vma, vm_flags, start, end);
	if (ret)
		return ret;
	ioctls = UFFD_API_RANGE_IOCTLS;
	if (!(reg->mode & UFFDIO_REGISTER_MODE_WP))
		ioctls &= ~(1ULL << _UFFDIO_WRITEPROTECT);
	if (!(reg->mode & UFFDIO_REGISTER_MODE_MINOR))
		ioctls &= ~(1ULL << _UFFDIO_CONTINUE);
	reg->ioctls = ioctls;
	return 0;
}

long mmsim_uffdio_register(struct mmsim_process *p, int fd,
			   struct mmsim_uffdio_register *reg)
{
	struct userfaultfd_ctx *ctx;
	long ret;

	ret = uffd_ctx_fdget(p, fd, /* api = */ false, &ctx);
	if (ret)
		return ret;
	ret = uffdio_register(ctx, reg);
	mm_debug_validate(p->machine);
	return ret;
}

/*
 * UFFDIO_UNREGISTER: the same range rules; every VMA met must be of no
 * context or of this one, and of a kind the context could register.
 */
static long uffdio_unregister(struct userfaultfd_ctx *ctx, uint64_t start_in,
			      uint64_t len)
{
	struct mm_struct *mm = ctx->mm;
	bool wp_async = ctx->features & UFFD_FEATURE_WP_ASYNC;
	struct vm_area_struct *vma, *prev, *cur;
	unsigned long start, end;
	int ret;

	ret = validate_range(mm, start_in, len);
	if (ret)
		return ret;
	if (!mm->mm_users)
		return -ENOMEM;
	start = (unsigned long)start_in;
	end = start + (unsigned long)len;
	vma = vma_find_range(mm, start, end);
	if (!vma)
		return -EINVAL;
	for (cur = vma; cur && cur->vm_start < end; cur = vma_next(cur)) {
		if (cur->vm_userfaultfd_ctx.ctx && cur->vm_userfaultfd_ctx.ctx != ctx)
			return -EINVAL;
		if (!vma_can_userfault(cur, cur->vm_flags, wp_async))
			return -EINVAL;
	}
	prev = vma->vm_start < start ? vma : vma_prev(vma);
	for (; vma && vma->vm_start < end; vma = vma_next(vma)) {
		unsigned long vma_end = end < vma->vm_end ? end : vma->vm_end;

		if (!vma->vm_userfaultfd_ctx.ctx)
			goto skip;
		if (vma->vm_start > start)
			start = vma->vm_start;
		vma = userfaultfd_clear_vma(mm, prev, vma, start, vma_end);
		if (IS_ERR(vma))
			return (int)PTR_ERR(vma);
skip:
		prev = vma;
		start = vma->vm_end;
	}
	return 0;
}

long mmsim_uffdio_unregister(struct mmsim_process *p, int fd, uint64_t start,
			     uint64_t len)
{
	struct userfaultfd_ctx *ctx;
	long ret;

	ret = uffd_ctx_fdget(p, fd, /* api = */ false, &ctx);
	if (ret)
		return ret;
	ret = uffdio_unregister(ctx, start, len);
	mm_debug_validate(p->machine);
	return ret;
}
