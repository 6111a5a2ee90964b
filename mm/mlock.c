// SPDX-License-Identifier: MIT
/*
 * mlock(), mlock2() and munlock(): VM_LOCKED on the VMAs, PG_mlocked and
 * the mlock count on the folios, and populating what was locked.
 *
 * A folio counts its locks (folio->mlock_count): one for each mapping of it
 * in a locked VMA, taken as the mapping is made (mlock_vma_folio() at rmap
 * time, mlock_new_folio() for a new anonymous page) or as the VMA becomes
 * locked over it (mlock_vma_pages_range()), and given back as the mapping
 * goes (munlock_vma_folio()) or the VMA is unlocked; the last one clears
 * PG_mlocked.  Fork adds none: the child's VMAs are never locked.  A large
 * folio is locked only where a locked VMA maps all of it in one batch of
 * PTEs, and loses a lock to any batch that goes.
 */
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "vma.h"

/* ---- the folio's mlock count ------------------------------------------ */

/*
 * A folio gains a lock: a mapping in a locked VMA, or a VMA over it becoming
 * locked.  PG_mlocked is set at once.  A folio that was evictable moves to
 * the unevictable "list" with one lock counted; one that is unevictable
 * already counts one more.  A folio off the LRU is not counted: the kernel
 * keeps the count in the LRU list's space, and an isolated folio uses that
 * for its isolation list (it starts again from 0 when it goes back).  The
 * kernel does all but setting PG_mlocked through a per-CPU batch
 * (mlock_fbatch); the model has no batches, so this is what the kernel does
 * when the batch drains in the uncontended case.
 */
void mlock_folio(struct folio *folio)
{
	folio_set(folio, PG_mlocked);
	if (!folio_test(folio, PG_lru))
		return;
	if (folio_test(folio, PG_unevictable)) {
		if (folio->mlock_count < MLOCK_COUNT_MAX)
			folio->mlock_count++;
		return;
	}
	folio_clear(folio, PG_active);
	folio_set(folio, PG_unevictable);
	folio->mlock_count = 1;
}

/*
 * A new folio, mapped first in a locked VMA, joins the LRU mlocked: on the
 * unevictable list, its one lock counted.
 */
void mlock_new_folio(struct folio *folio)
{
	folio_set(folio, PG_mlocked);
	folio_set(folio, PG_unevictable);
	folio->mlock_count = 1;
	folio_set(folio, PG_lru);
}

/*
 * A folio loses a lock.  While other locks are counted it stays mlocked;
 * the last one (or any, for a folio off the LRU, whose count is not kept)
 * clears PG_mlocked, and the folio becomes evictable.  The count may be
 * short of the folio's locks in the kernel (it errs that way, see
 * mlock_folio()); then the folio is munlocked early, and reclaim would
 * find it in a locked VMA and mlock it again.
 */
void munlock_folio(struct folio *folio)
{
	bool counted = folio_test(folio, PG_lru) &&
		       folio_test(folio, PG_unevictable);

	if (counted) {
		if (folio->mlock_count)
			folio->mlock_count--;
		if (folio->mlock_count)
			return;
	}
	folio_clear(folio, PG_mlocked);
	/* the model knows no other reason to be unevictable (SHM_LOCK, ramfs) */
	if (counted)
		folio_clear(folio, PG_unevictable);
}

/* ---- locking and unlocking what a range maps ---------------------------- */

/*
 * Does the large folio @folio lie all inside [start, end) of @vma, where
 * its index places it (folio_within_range())?
 */
static bool folio_within_range(const struct folio *folio,
			       const struct vm_area_struct *vma,
			       unsigned long start, unsigned long end)
{
	unsigned long addr;

	if (start < vma->vm_start)
		start = vma->vm_start;
	if (end > vma->vm_end)
		end = vma->vm_end;
	if (folio->index < vma->vm_pgoff ||
	    folio->index - vma->vm_pgoff >= vma_pages(vma))
		return false;
	addr = vma->vm_start + ((folio->index - vma->vm_pgoff) << PAGE_SHIFT);
	return addr >= start && end - addr >= folio_nr_pages(folio) * PAGE_SIZE;
}

/*
 * May the walk over [start, end) -- the part of the range in one page
 * table -- lock or unlock @folio, found in a batch of @nr PTEs?  Unlocking,
 * always: a large folio locked whole may since have been split across
 * VMAs.  Locking a large folio, only if it lies all inside the range and
 * the batch maps all of it: a folio partly outside a locked range is left
 * evictable, so that reclaim can split it and free what is outside.
 */
static bool allow_mlock_munlock(const struct folio *folio,
				const struct vm_area_struct *vma,
				unsigned long start, unsigned long end,
				unsigned long nr)
{
	if (!(vma->vm_flags & VM_LOCKED))
		return true;
	if (!folio_test_large(folio))
		return true;
	return folio_within_range(folio, vma, start, end) &&
	       nr == folio_nr_pages(folio);
}

struct mlock_walk {
	struct vm_area_struct *vma;
	unsigned long start, end;
	unsigned long next;		/* past the batch handled last */
};

/*
 * The kernel's mlock_pte_range(), one entry at a time: the folio mapped at
 * @addr, once for its whole batch of PTEs, is locked if the VMA now is,
 * else unlocked.
 */
static void mlock_pte(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct mlock_walk *w = priv;
	struct vm_area_struct *vma = w->vma;
	pte_t pte = pt->pte[pte_index(addr)];
	unsigned long table = addr & ~(PMD_SIZE - 1);
	unsigned long start = w->start > table ? w->start : table;
	unsigned long end = pte_table_end(addr, w->end);
	struct folio *folio;
	unsigned long nr;

	if (addr < w->next || !pte_present(pte))
		return;
	folio = vm_normal_folio(vma, addr, pte);
	if (!folio)
		return;
	nr = folio_pte_batch(folio, pt, addr, end, pte);
	w->next = addr + nr * PAGE_SIZE;
	if (!allow_mlock_munlock(folio, vma, start, end, nr))
		return;
	if (vma->vm_flags & VM_LOCKED)
		mlock_folio(folio);
	else
		munlock_folio(folio);
}

/*
 * @vma has just become locked, or unlocked, over [start, end): lock or
 * unlock the folios present there (mlock_vma_pages_range()).  Pages not
 * present are locked as populate or later faults map them.
 */
static void mlock_vma_pages_range(struct vm_area_struct *vma,
				  unsigned long start, unsigned long end)
{
	struct mlock_walk w = { vma, start, end, start };

	walk_ptes(vma->vm_mm, start, end, mlock_pte, &w);
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
	vma_set_modified_flags(vma, newflags);
	/* locked already: its folios are counted, and must not be again */
	if (!((newflags & VM_LOCKED) && (oldflags & VM_LOCKED)))
		mlock_vma_pages_range(vma, start, end);
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
