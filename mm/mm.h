/* SPDX-License-Identifier: MIT */
/*
 * What the files of mm/ share with each other beyond the core objects:
 * the pieces that several system calls are built from.
 */
#ifndef MMSIM_MM_MM_H
#define MMSIM_MM_MM_H

#include "internal.h"
#include "uapi.h"

/* mm/mmap.c */
vm_flags_t calc_vm_prot_bits(unsigned long prot);
unsigned long get_unmapped_area(struct mm_struct *mm, struct file *file,
				unsigned long addr, unsigned long len,
				unsigned long pgoff, unsigned long flags);
unsigned long mmap_region(struct mm_struct *mm, struct file *file,
			  unsigned long addr, unsigned long len,
			  vm_flags_t vm_flags, unsigned long pgoff);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
bool vm_enough_memory(struct mm_struct *mm, unsigned long pages);
int expand_downwards(struct vm_area_struct *vma, unsigned long addr);
void exit_mmap(struct mm_struct *mm);

/* mm/fork.c: the mm_struct's own references (mm_count) */
void mmgrab(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);

/* mm/gup.c */
long populate_vma_page_range(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end);
int __mm_populate(struct mm_struct *mm, unsigned long start,
		  unsigned long len, bool ignore_errors);
static inline void mm_populate(struct mm_struct *mm, unsigned long start,
			       unsigned long len)
{
	__mm_populate(mm, start, len, /* ignore_errors = */ true);
}


/* mm/vmscan.c */
long madvise_cold_or_pageout(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, bool pageout);

/* mm/debug.c: validate after every operation in test builds */
void mm_debug_validate(struct mmsim_machine *m);

static inline bool vma_is_accessible(const struct vm_area_struct *vma)
{
	return vma->vm_flags & VM_ACCESS_FLAGS;
}

static inline unsigned long page_align(unsigned long len)
{
	return (len + PAGE_SIZE - 1) & PAGE_MASK;
}

/*
 * The range checks madvise() and mseal() share: a page-aligned start, a
 * length that neither rounds up to zero nor wraps.  Returns -EINVAL, 0 for
 * an empty range (the call succeeds doing nothing), or 1 with *endp set.
 */
static inline int check_madvise_range(unsigned long start, unsigned long len_in,
				      unsigned long *endp)
{
	unsigned long len = page_align(len_in);

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (len_in && !len)
		return -EINVAL;
	if (start + len < start)
		return -EINVAL;
	*endp = start + len;
	return len ? 1 : 0;
}

#endif
