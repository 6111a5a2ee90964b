/* SPDX-License-Identifier: MIT */
/*
 * userfaultfd, as far as the model has it (the kernel's userfaultfd_k.h):
 * the context behind the descriptor, registration of ranges, and what a
 * registered range changes for faults, fork, mremap, munmap and madvise.
 *
 * A fault that the kernel hands to the context's reader, and an event
 * (UFFD_FEATURE_EVENT_*) it must read before the process goes on, would
 * make the process sleep: nothing in a scenario reads the descriptor.  The
 * model stops there (mm_stop()).  What does not wait is modelled: a fault
 * under UFFD_FEATURE_SIGBUS raises SIGBUS, and under UFFD_USER_MODE_ONLY a
 * fault the kernel takes on the process's behalf (get_user_pages) fails.
 */
#ifndef MMSIM_MM_USERFAULTFD_H
#define MMSIM_MM_USERFAULTFD_H

#include "internal.h"
#include "memory.h"
#include "uapi.h"

#define __VM_UFFD_FLAGS		(VM_UFFD_MISSING | VM_UFFD_WP | VM_UFFD_MINOR)

/* the kernel's mark of a context whose UFFDIO_API is done, never offered */
#define UFFD_FEATURE_INITIALIZED	(1U << 31)

/*
 * One userfaultfd.  It belongs to its descriptor's file (the file's last
 * reference releases it) and works on the address space it was made in,
 * whichever process uses the descriptor: a forked child that inherited
 * it registers its parent's memory.
 */
struct userfaultfd_ctx {
	struct mm_struct *mm;		/* held by mm_count */
	struct file *file;		/* the descriptor's */
	unsigned int flags;		/* userfaultfd()'s: UFFD_USER_MODE_ONLY... */
	unsigned int features;		/* UFFDIO_API's, | UFFD_FEATURE_INITIALIZED */
};

static inline bool userfaultfd_missing(const struct vm_area_struct *vma)
{
	return vma->vm_flags & VM_UFFD_MISSING;
}

static inline bool userfaultfd_wp(const struct vm_area_struct *vma)
{
	return vma->vm_flags & VM_UFFD_WP;
}

static inline bool userfaultfd_minor(const struct vm_area_struct *vma)
{
	return vma->vm_flags & VM_UFFD_MINOR;
}

/* Is the VMA registered in any mode? */
static inline bool userfaultfd_armed(const struct vm_area_struct *vma)
{
	return vma->vm_flags & __VM_UFFD_FLAGS;
}

/*
 * Anonymous memory as userfaultfd sees it: no file, and not a special
 * mapping (the kernel's test is "no vm_ops").  The model's stand-ins for
 * the program image and the vDSO have no file, but are VM_SPECIAL.
 */
static inline bool uffd_vma_is_anonymous(const struct vm_area_struct *vma)
{
	return vma_is_anonymous(vma) && !(vma->vm_flags & VM_SPECIAL);
}

/* Is the VMA's context one of asynchronous write-protection? */
static inline bool userfaultfd_wp_async(const struct vm_area_struct *vma)
{
	const struct userfaultfd_ctx *ctx = vma->vm_userfaultfd_ctx.ctx;

	return ctx && (ctx->features & UFFD_FEATURE_WP_ASYNC);
}

/*
 * Would write-protecting the VMA put markers in its empty entries?  File
 * memory always; anonymous memory under UFFD_FEATURE_WP_UNPOPULATED.
 */
static inline bool userfaultfd_wp_use_markers(const struct vm_area_struct *vma)
{
	const struct userfaultfd_ctx *ctx = vma->vm_userfaultfd_ctx.ctx;

	if (!userfaultfd_wp(vma))
		return false;
	if (!uffd_vma_is_anonymous(vma))
		return true;
	return ctx && (ctx->features & UFFD_FEATURE_WP_UNPOPULATED);
}

/*
 * A fault the context's reader must resolve (@reason: VM_UFFD_MISSING,
 * VM_UFFD_WP or VM_UFFD_MINOR).  SIGBUS under UFFD_FEATURE_SIGBUS, and for
 * a get_user_pages fault under UFFD_USER_MODE_ONLY; otherwise the process
 * would wait, and the machine stops (VM_FAULT_SIGBUS, meaning nothing).
 */
vm_fault_t handle_userfault(struct vm_fault *vmf, vm_flags_t reason);

/*
 * fork: the child's copy @vma of a registered VMA is not registered.
 * Returns whether the context wants UFFD_EVENT_FORK (the kernel gives the
 * child a context of its own then): once the fork has succeeded,
 * dup_userfaultfd_complete() of the parent's VMA makes the parent wait
 * for the reader, and the machine stops.
 */
bool dup_userfaultfd(struct vm_area_struct *vma);
void dup_userfaultfd_complete(struct vm_area_struct *parent_vma);

/*
 * mremap has moved a VMA to @new_vma: without UFFD_FEATURE_EVENT_REMAP
 * the new VMA is not registered (and with it, whatever it merged with);
 * with it mremap waits for the reader, and the machine stops.
 */
void mremap_userfaultfd_prep(struct vm_area_struct *new_vma);

/*
 * munmap (and what unmaps: MAP_FIXED, mremap) of @vma, and MADV_DONTNEED,
 * MADV_FREE and MADV_REMOVE of part of it: under UFFD_FEATURE_EVENT_UNMAP
 * and UFFD_FEATURE_EVENT_REMOVE the process waits for the reader, and the
 * machine stops.
 */
void userfaultfd_unmap_prep(struct vm_area_struct *vma);
void userfaultfd_remove(struct vm_area_struct *vma);

#endif
