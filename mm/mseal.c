// SPDX-License-Identifier: MIT
/*
 * mseal(): make a range's VMAs immutable.  A sealed VMA refuses munmap,
 * mremap, mprotect, MAP_FIXED over it and discarding advice on read-only
 * anonymous memory.
 */
#include "internal.h"
#include "mm.h"
#include "vma.h"

static long do_mseal(struct mm_struct *mm, unsigned long start,
		     unsigned long len_in, unsigned long flags)
{
	struct vm_area_struct *vma, *prev;
	unsigned long end, cur;
	int r;

	if (flags)
		return -EINVAL;
	r = check_madvise_range(start, len_in, &end);
	if (r <= 0)
		return r;
	/* first pass: any hole refuses the whole call, before anything changes */
	for (cur = start, vma = find_vma(mm, start); cur < end; vma = vma_next(vma)) {
		if (!vma || vma->vm_start > cur)
			return -ENOMEM;
		cur = vma->vm_end;
	}
	vma = find_vma(mm, start);
	prev = start > vma->vm_start ? vma : vma_prev(vma);
	for (cur = start; cur < end; vma = vma_next(prev)) {
		unsigned long tmp = vma->vm_end < end ? vma->vm_end : end;

		if (!(vma->vm_flags & VM_SEALED)) {
			vma = vma_modify_flags(mm, prev, vma, cur, tmp,
					       vma->vm_flags | VM_SEALED);
			if (IS_ERR(vma))
				return PTR_ERR(vma);
			vma->vm_flags |= VM_SEALED;
		}
		prev = vma;
		cur = vma->vm_end;
	}
	return 0;
}

long mmsim_mseal(struct mmsim_process *p, unsigned long start,
		 unsigned long len, unsigned long flags)
{
	long ret = do_mseal(p->mm, start, len, flags);

	mm_debug_validate(p->machine);
	return ret;
}
