/* SPDX-License-Identifier: MIT */
/*
 * VMA split, merge, expand and removal (mm/vma.c): no system call entry
 * points here, only the operations the system calls are built from.
 */
#ifndef MMSIM_MM_VMA_H
#define MMSIM_MM_VMA_H

#include "internal.h"

/*
 * One descriptor through a merge: the caller fills in the range and its
 * properties; the planner decides; vma_merge_*() applies.
 */
struct vma_merge_struct {
	struct mm_struct *mm;
	struct vm_area_struct *prev;	/* the VMA below the range, or NULL */
	struct vm_area_struct *middle;	/* existing-range merges: the VMA
					 * holding the range; new ranges: NULL */
	struct vm_area_struct *next;	/* the VMA above the range, or NULL */
	unsigned long start, end;
	unsigned long pgoff;		/* of start */
	vm_flags_t flags;
	struct file *file;
	struct anon_vma *anon_vma;
	struct userfaultfd_ctx *uffd_ctx;	/* must be the neighbour's to merge */
	struct vm_area_struct *copied_from;	/* mremap: the source VMA */
	int err;			/* set when a merge failed: -ENOMEM */
};

extern const struct vma_tree_ops vma_tree_mm_ops;

struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
void vm_area_free(struct vm_area_struct *vma);

/* Insert a new VMA into the tree and count it. */
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma);
/* Take a VMA out of the tree and free it; its pages must be gone. */
void vma_unlink_free(struct mm_struct *mm, struct vm_area_struct *vma);

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_prev_of(struct mm_struct *mm, unsigned long addr);

struct vm_area_struct *split_prepare(struct vm_area_struct *vma);
void split_commit(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *new, unsigned long addr, bool new_below);
void split_abort(struct vm_area_struct *new);
int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long addr, bool new_below);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, bool new_below);

/*
 * Merge the free range of @vmg into a neighbour.  Returns the VMA that now
 * covers it, or NULL (vmg->err says whether memory ran out).
 */
struct vm_area_struct *vma_merge_new_range(struct vma_merge_struct *vmg);

/*
 * Give [start, end) of @vma the flags @flags, merging with a neighbour where
 * the kernel would and splitting otherwise.  Returns the VMA covering
 * exactly [start, end) with the new flags, or an -errno cast by ERR_PTR.
 */
struct vm_area_struct *vma_modify_flags(struct mm_struct *mm,
					struct vm_area_struct *prev,
					struct vm_area_struct *vma,
					unsigned long start, unsigned long end,
					vm_flags_t flags);

/*
 * vma_modify_flags() for userfaultfd registration: [start, end) is to get
 * @flags and the context @ctx (NULL to unregister), which a neighbour must
 * share to merge.
 */
struct vm_area_struct *vma_modify_flags_uffd(struct mm_struct *mm,
					     struct vm_area_struct *prev,
					     struct vm_area_struct *vma,
					     unsigned long start, unsigned long end,
					     vm_flags_t flags,
					     struct userfaultfd_ctx *ctx);

/*
 * Give the VMA that vma_modify_flags() returned its new flags.  A merge
 * may have brought a neighbour's sticky flags (VM_STICKY), which stay, as
 * they would have in the neighbour.
 */
static inline void vma_set_modified_flags(struct vm_area_struct *vma,
					  vm_flags_t flags)
{
	vma->vm_flags = flags | (vma->vm_flags & VM_STICKY);
}

/* Try to merge @vma with its neighbours (after mremap or mprotect). */
struct vm_area_struct *vma_merge_neighbours(struct mm_struct *mm,
					   struct vm_area_struct *vma);

static inline void *ERR_PTR(long err) { return (void *)err; }
static inline long PTR_ERR(const void *p) { return (long)p; }
static inline bool IS_ERR(const void *p)
{
	return (unsigned long)p >= (unsigned long)-4095;
}

#endif /* MMSIM_MM_VMA_H */
