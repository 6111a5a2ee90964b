// SPDX-License-Identifier: MIT
/*
 * mprotect(): change the protection of a range, VMA by VMA, splitting and
 * merging as the flags change, and the PTEs under it.
 */
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "vma.h"

/*
 * Apply @vma's new protection to one PTE: writes are revoked from every
 * present PTE when VM_WRITE goes; when it comes, shared mappings that need
 * no write-notify and exclusive anonymous pages become writable at once
 * (anything else must take a write fault, to copy or to track dirtying).
 * Markers stay.
 */
static void change_pte(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct vm_area_struct *vma = priv;
	pte_t pte = pt->pte[pte_index(addr)];
	struct folio *f;

	if (!pte_present(pte))
		return;
	if (!(vma->vm_flags & VM_WRITE)) {
		pte_store(pt, addr, pte_wrprotect(pte));
		return;
	}
	if (pte_uffd_wp(pte))
		return;
	if (vma->vm_flags & VM_SHARED) {
		/*
		 * Shared: writable at once unless the file wants to hear of
		 * the first write; then only if already dirty.
		 */
		if (!vma_wants_writenotify(vma) || pte_dirty(pte))
			pte_store(pt, addr, pte_mkwrite(pte));
		return;
	}
	f = vm_normal_page(vma, addr, pte);
	if (f && folio_test_anon(f) && folio_test(f, PG_anon_exclusive))
		pte_store(pt, addr, pte_mkwrite(pte));
}

static void change_protection(struct vm_area_struct *vma, unsigned long start,
			      unsigned long end)
{
	walk_ptes(vma->vm_mm, start, end, change_pte, vma);
}

static int mprotect_fixup(struct mm_struct *mm, struct vm_area_struct **pprev,
			  struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, vm_flags_t newflags)
{
	vm_flags_t oldflags = vma->vm_flags;

	if (oldflags & VM_SEALED)
		return -EPERM;
	if (newflags == oldflags) {
		*pprev = vma;
		return 0;
	}
	/*
	 * A private mapping that becomes writable is charged (and keeps the
	 * charge when it becomes read-only again, unless it never faulted).
	 */
	if (newflags & VM_WRITE) {
		if (!(oldflags & (VM_ACCOUNT | VM_WRITE | VM_HUGETLB | VM_SHARED |
				  VM_NORESERVE))) {
			if (!vm_enough_memory(mm, (end - start) >> PAGE_SHIFT))
				return -ENOMEM;
			newflags |= VM_ACCOUNT;
		}
	} else if ((oldflags & VM_ACCOUNT) && vma_is_anonymous(vma) &&
		   !vma->anon_vma) {
		newflags &= ~VM_ACCOUNT;
	}
	vma = vma_modify_flags(mm, *pprev, vma, start, end, newflags);
	if (IS_ERR(vma))
		return (int)PTR_ERR(vma);
	*pprev = vma;
	/* a neighbour merged with brings its sticky flags (VM_MAYBE_GUARD) */
	vma->vm_flags = newflags | (vma->vm_flags & VM_STICKY);
	change_protection(vma, start, end);
	/* a private locked mapping turning writable breaks COW now */
	if ((oldflags & (VM_WRITE | VM_SHARED | VM_LOCKED)) == VM_LOCKED &&
	    (newflags & VM_WRITE))
		populate_vma_page_range(vma, start, end);
	return 0;
}

static long do_mprotect(struct mm_struct *mm, unsigned long start,
			unsigned long len, unsigned long prot)
{
	struct vm_area_struct *vma, *prev;
	unsigned long end, tmp;
	unsigned long grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
	int error = 0;

	prot &= ~(unsigned long)(PROT_GROWSDOWN | PROT_GROWSUP);
	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = page_align(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(unsigned long)(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM))
		return -EINVAL;

	vma = find_vma(mm, start);
	if (!vma || vma->vm_start >= end)
		return -ENOMEM;
	if (grows & PROT_GROWSDOWN) {
		if (vma->vm_start >= end)
			return -ENOMEM;
		start = vma->vm_start;
		if (!(vma->vm_flags & VM_GROWSDOWN))
			return -EINVAL;
	} else {
		if (vma->vm_start > start)
			return -ENOMEM;
		/* x86 has no VM_GROWSUP mappings */
		if (grows & PROT_GROWSUP)
			return -EINVAL;
	}
	prev = start > vma->vm_start ? vma : vma_prev(vma);
	tmp = vma->vm_start;
	for (; vma && vma->vm_start < end; vma = vma_next(prev)) {
		unsigned long nstart = tmp > start ? tmp : start;
		vm_flags_t newflags;

		if (vma->vm_start != tmp) {
			error = -ENOMEM;
			break;
		}
		newflags = calc_vm_prot_bits(prot) |
			   (vma->vm_flags & ~VM_ACCESS_FLAGS);
		/* VM_MAY* sit four bits above the flags they permit */
		if ((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS) {
			error = -EACCES;
			break;
		}
		tmp = vma->vm_end < end ? vma->vm_end : end;
		error = mprotect_fixup(mm, &prev, vma, nstart, tmp, newflags);
		if (error)
			break;
		tmp = prev->vm_end;
		if (tmp >= end)
			break;
	}
	if (!error && tmp < end)
		error = -ENOMEM;
	return error;
}

long mmsim_mprotect(struct mmsim_process *p, unsigned long start,
		    unsigned long len, unsigned long prot)
{
	long ret = do_mprotect(p->mm, start, len, prot);

	mm_debug_validate(p->machine);
	return ret;
}
