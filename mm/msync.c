// SPDX-License-Identifier: MIT
/*
 * msync(): its checks and its walk over the range (holes are -ENOMEM;
 * MS_INVALIDATE on locked memory is -EBUSY); MS_SYNC writes back what the
 * shared file mappings of the range dirtied.  MS_ASYNC does nothing: the
 * kernel tracks dirty pages without it.
 */
#include "fs.h"
#include "internal.h"
#include "mm.h"
#include "rmap.h"
#include "vma.h"

static long do_msync(struct mm_struct *mm, unsigned long start,
		     unsigned long len, unsigned long flags)
{
	struct vm_area_struct *vma;
	unsigned long end;
	long unmapped_error = 0;

	if (flags & ~(unsigned long)(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	len = page_align(len);
	end = start + len;
	if (end < start)
		return -ENOMEM;
	if (end == start)
		return 0;
	vma = find_vma(mm, start);
	for (;;) {
		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			if (flags == MS_ASYNC)
				return -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				return -ENOMEM;
			unmapped_error = -ENOMEM;
		}
		if ((flags & MS_INVALIDATE) && (vma->vm_flags & VM_LOCKED))
			return -EBUSY;
		if ((flags & MS_SYNC) && vma->vm_file && (vma->vm_flags & VM_SHARED)) {
			unsigned long first = linear_page_index(vma, start);
			unsigned long last = linear_page_index(vma, (end < vma->vm_end ?
							      end : vma->vm_end) - 1);

			if (filemap_write_and_wait_range(vma->vm_file->f_mapping,
							 first, last))
				return -ENOMEM;
		}
		start = vma->vm_end;
		if (start >= end)
			return unmapped_error;
		vma = vma_next(vma);
	}
}

long mmsim_msync(struct mmsim_process *p, unsigned long start,
		 unsigned long len, unsigned long flags)
{
	long ret = do_msync(p->mm, start, len, flags);

	mm_debug_validate(p->machine);
	return ret;
}
