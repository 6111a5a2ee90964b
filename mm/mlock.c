// SPDX-License-Identifier: MIT
/*
 * mlock(), mlock2() and munlock(): VM_LOCKED on the VMAs, PG_mlocked on the
 * pages, and populating what was locked.
 */
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "vma.h"

/* Set or clear PG_mlocked on the pages present in [start, end). */
static void mlock_pages(struct vm_area_struct *vma, unsigned long start,
			unsigned long end, bool lock)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t pte = pte_get(vma->vm_mm, addr);
		struct folio *f = vm_normal_folio(vma, addr, pte);

		if (!f)
			continue;
		if (lock) {
			folio_set(f, PG_mlocked);
			folio_set(f, PG_unevictable);
		} else {
			folio_clear(f, PG_mlocked);
			folio_clear(f, PG_unevictable);
		}
	}
}

static int mlock_fixup(struct mm_struct *mm, struct vm_area_struct *vma,
		       struct vm_area_struct **prev, unsigned long start,
		       unsigned long end, vm_flags_t newflags)
{
	vm_flags_t oldflags = vma->vm_flags;
	long nr_pages;

	/* special mappings are never locked, and never counted */
	if (newflags == oldflags || (oldflags & (VM_SPECIAL | VM_HUGETLB |
						 VM_DROPPABLE))) {
		*prev = vma;
		return 0;
	}
	vma = vma_modify_flags(mm, *prev, vma, start, end, newflags);
	if (IS_ERR(vma)) {
		*prev = NULL;
		return (int)PTR_ERR(vma);
	}
	nr_pages = (long)((end - start) >> PAGE_SHIFT);
	if (!(newflags & VM_LOCKED))
		nr_pages = -nr_pages;
	else if (oldflags & VM_LOCKED)
		nr_pages = 0;
	mm->locked_vm += nr_pages;
	/* a neighbour merged with brings its sticky flags (VM_MAYBE_GUARD) */
	vma->vm_flags = newflags | (vma->vm_flags & VM_STICKY);
	if (!((newflags & VM_LOCKED) && (oldflags & VM_LOCKED)))
		mlock_pages(vma, start, end, newflags & VM_LOCKED);
	*prev = vma;
	return 0;
}

static int apply_vma_lock_flags(struct mm_struct *mm, unsigned long start,
				unsigned long len, vm_flags_t flags)
{
	unsigned long nstart, end, tmp;
	struct vm_area_struct *vma, *prev;

	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	vma = vma_lookup(mm, start);
	if (!vma)
		return -ENOMEM;
	prev = start > vma->vm_start ? vma : vma_prev(vma);
	nstart = start;
	tmp = vma->vm_start;
	while (vma && vma->vm_start < end) {
		vm_flags_t newflags;
		int error;

		if (vma->vm_start != tmp)
			return -ENOMEM;
		newflags = (vma->vm_flags & ~VM_LOCKED_MASK) | flags;
		tmp = vma->vm_end < end ? vma->vm_end : end;
		error = mlock_fixup(mm, vma, &prev, nstart, tmp, newflags);
		if (error)
			return error;
		tmp = prev->vm_end;
		nstart = tmp;
		vma = vma_next(prev);
	}
	if (tmp < end)
		return -ENOMEM;
	return 0;
}

static long do_mlock(struct mm_struct *mm, unsigned long start,
		     unsigned long len, vm_flags_t flags)
{
	int error;

	len = page_align(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	/* root has CAP_IPC_LOCK: RLIMIT_MEMLOCK does not apply */
	error = apply_vma_lock_flags(mm, start, len, flags);
	if (error)
		return error;
	error = __mm_populate(mm, start, len, /* ignore_errors = */ false);
	/* POSIX wants ENOMEM for a range that cannot be faulted in */
	if (error == -EFAULT)
		return -ENOMEM;
	if (error == -ENOMEM)
		return -EAGAIN;
	return error;
}

long mmsim_mlock(struct mmsim_process *p, unsigned long start, unsigned long len)
{
	long ret = do_mlock(p->mm, start, len, VM_LOCKED);

	mm_debug_validate(p->machine);
	return ret;
}

long mmsim_mlock2(struct mmsim_process *p, unsigned long start,
		  unsigned long len, unsigned long flags)
{
	vm_flags_t vm_flags = VM_LOCKED;
	long ret;

	if (flags & ~(unsigned long)MLOCK_ONFAULT)
		return -EINVAL;
	if (flags & MLOCK_ONFAULT)
		vm_flags |= VM_LOCKONFAULT;
	ret = do_mlock(p->mm, start, len, vm_flags);
	mm_debug_validate(p->machine);
	return ret;
}

long mmsim_munlock(struct mmsim_process *p, unsigned long start,
		   unsigned long len)
{
	long ret;

	len = page_align(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	ret = apply_vma_lock_flags(p->mm, start, len, 0);
	mm_debug_validate(p->machine);
	return ret;
}
