// SPDX-License-Identifier: MIT
/*
 * Faulting pages in on the process's behalf: populate (MAP_POPULATE,
 * mlock, MADV_POPULATE_*) and, later, get_user_pages() and pins.
 */
#include "internal.h"
#include "gup.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "vma.h"

/* May GUP with @gup_flags touch @vma?  0 or -EFAULT. */
static int check_vma_flags(const struct vm_area_struct *vma,
			   unsigned int gup_flags)
{
	vm_flags_t f = vma->vm_flags;
	bool write = gup_flags & FOLL_WRITE;

	if (f & (VM_IO | VM_PFNMAP))
		return -EFAULT;
	if (write) {
		if (!(f & VM_WRITE)) {
			if (!(gup_flags & FOLL_FORCE))
				return -EFAULT;
			/* forced writes only break COW, never write shared memory */
			if (!is_cow_mapping(f))
				return -EFAULT;
		}
	} else if (!(f & VM_READ)) {
		if (!(gup_flags & FOLL_FORCE))
			return -EFAULT;
		if (!(f & VM_MAYREAD))
			return -EFAULT;
	}
	return 0;
}

/*
 * Must a pin without FOLL_WRITE unshare the page first?  A read-only pin of
 * an anonymous page that may be shared (after fork, say) would go on seeing
 * the old page once the process writes to its own copy, so GUP unshares
 * it, and the pin sees what the process sees.  Other pages (the zero page,
 * page cache) need that only for long-term pins in COW mappings.
 */
static bool gup_must_unshare(const struct vm_area_struct *vma,
			     unsigned int gup_flags, const struct folio *f)
{
	if ((gup_flags & (FOLL_WRITE | FOLL_PIN)) != FOLL_PIN)
		return false;
	if (!f || !folio_test_anon(f))
		return (gup_flags & FOLL_LONGTERM) && is_cow_mapping(vma->vm_flags);
	return !folio_test(f, PG_anon_exclusive);
}

/*
 * Is the page at @addr already there as GUP with @gup_flags wants it?  If
 * not, *fault_flags says what the fault must do beyond the access itself.
 */
static bool follow_page_ok(struct vm_area_struct *vma, unsigned long addr,
			   unsigned int gup_flags, unsigned int *fault_flags)
{
	pte_t pte = pte_get(vma->vm_mm, addr);

	if (!pte_present(pte))
		return false;
	if ((gup_flags & FOLL_WRITE) && !pte_write(pte))
		return false;
	if (!pte_write(pte) &&
	    gup_must_unshare(vma, gup_flags, vm_normal_folio(vma, addr, pte))) {
		*fault_flags |= FAULT_FLAG_UNSHARE;
		return false;
	}
	return true;
}

/*
 * FOLL_TOUCH: a page taken for writing is dirtied, as the kernel dirties
 * the folio behind a clean PTE (the write itself goes through the
 * kernel's mapping, not the PTE).  Marking it accessed is left out: what
 * that shows depends on LRU batching (docs/scenario.md).
 */
static void follow_page_touch(struct vm_area_struct *vma, unsigned long addr,
			      unsigned int gup_flags)
{
	pte_t pte = pte_get(vma->vm_mm, addr);
	struct folio *f = vm_normal_folio(vma, addr, pte);

	if (f && (gup_flags & FOLL_WRITE) && !pte_dirty(pte))
		folio_set(f, PG_dirty);
}

/*
 * Fault in @nr pages from @start as GUP does.  Returns the number of pages
 * done, or -errno if the first one failed: -EFAULT for an access the VMA
 * refuses or a fault that signals, -ENOMEM for no VMA or no memory.
 * With FOLL_MADV_POPULATE a refused VMA is -EINVAL, as madvise reports it.
 */
long __get_user_pages(struct mm_struct *mm, unsigned long start,
		      unsigned long nr, unsigned int gup_flags)
{
	struct vm_area_struct *vma = NULL;
	unsigned long i;
	long err = 0;

	for (i = 0; i < nr; i++) {
		unsigned long addr = start + i * PAGE_SIZE;
		unsigned int fflags, tries;
		vm_fault_t ret;

		if (!vma || addr >= vma->vm_end) {
			vma = vma_lookup(mm, addr);
			if (!vma) {
				err = (gup_flags & FOLL_MADV_POPULATE) ? -ENOMEM : -EFAULT;
				break;
			}
			if (check_vma_flags(vma, gup_flags)) {
				err = (gup_flags & FOLL_MADV_POPULATE) ? -EINVAL : -EFAULT;
				break;
			}
		}
		/*
		 * Fault until the page is there as GUP wants it.  One fault
		 * usually does; a page that the first fault maps may still be
		 * shared, and a read-only pin must then unshare it.
		 */
		for (tries = 0;; tries++) {
			fflags = 0;
			if (follow_page_ok(vma, addr, gup_flags, &fflags))
				break;
			VM_WARN_ON(tries == 2, "GUP of %#lx (flags %#x) is not done after two faults",
				   addr, gup_flags);
			if (tries == 2)
				break;
			if (gup_flags & FOLL_WRITE)
				fflags |= FAULT_FLAG_WRITE;
			/* never FAULT_FLAG_USER: the kernel faults, not the process */
			if (gup_flags & FOLL_REMOTE)
				fflags |= FAULT_FLAG_REMOTE;
			ret = handle_mm_fault(vma, addr, fflags);
			if (ret & VM_FAULT_ERROR) {
				err = vm_fault_to_errno(ret);
				goto out;
			}
		}
		if (gup_flags & FOLL_TOUCH)
			follow_page_touch(vma, addr, gup_flags);
	}
out:
	return i ? (long)i : err;
}

/*
 * Populate [start, end) of @vma as mlock and MAP_POPULATE do: write faults
 * on private writable mappings (to break COW), read faults elsewhere,
 * forced so that write-only and exec-only mappings populate too.
 */
long populate_vma_page_range(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end)
{
	unsigned long nr = (end - start) >> PAGE_SHIFT;
	unsigned int gup_flags = FOLL_TOUCH;

	/* VM_LOCKONFAULT never faulted pages in to break COW */
	if (vma->vm_flags & VM_LOCKONFAULT)
		return (long)nr;
	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
		gup_flags |= FOLL_WRITE;
	/* mlock succeeds on any mapping but PROT_NONE */
	if (vma_is_accessible(vma))
		gup_flags |= FOLL_FORCE;
	return __get_user_pages(vma->vm_mm, start, nr, gup_flags);
}

int __mm_populate(struct mm_struct *mm, unsigned long start,
		  unsigned long len, bool ignore_errors)
{
	unsigned long end = start + len, nstart, nend;
	long ret = 0;

	for (nstart = start; nstart < end; nstart = nend) {
		struct vm_area_struct *vma = find_vma(mm, nstart);

		if (!vma || vma->vm_start >= end)
			break;
		nend = end < vma->vm_end ? end : vma->vm_end;
		if (vma->vm_flags & (VM_IO | VM_PFNMAP))
			continue;
		if (nstart < vma->vm_start)
			nstart = vma->vm_start;
		ret = populate_vma_page_range(vma, nstart, nend);
		if (ret < 0) {
			if (ignore_errors) {
				ret = 0;
				continue;
			}
			break;
		}
		nend = nstart + (unsigned long)ret * PAGE_SIZE;
		ret = 0;
	}
	return (int)ret;
}
