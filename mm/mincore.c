// SPDX-License-Identifier: MIT
/*
 * mincore(): which pages of a range are resident, by the rules of 6.18's
 * mm/mincore.c.  A page a PTE maps is resident; where none does (or a
 * marker stands), a file VMA asks the page cache, which answers for a
 * folio that is up to date only -- one that ext4 made not up to date is
 * not resident -- and an anonymous one answers no.  A swap-type entry
 * that is not real swap (migration, hardware poison) counts as resident;
 * the model has no swap device.
 */
#include "fs.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "vma.h"

/* Is page @index of @mapping cached and up to date (mincore_page())? */
static unsigned char mincore_page(struct address_space *mapping,
				  unsigned long index)
{
	struct folio *f = filemap_get_folio(mapping, index);

	return f && folio_test(f, PG_uptodate);
}

static unsigned char mincore_pte(struct vm_area_struct *vma, unsigned long addr,
				 pte_t pte)
{
	if (pte_none(pte) || is_pte_marker(pte)) {
		if (!vma->vm_file)
			return 0;
		return mincore_page(vma->vm_file->f_mapping,
				    linear_page_index(vma, addr));
	}
	if (pte_present(pte))
		return 1;
	return !is_real_swap_entry(pte_to_swp_entry(pte));
}

/*
 * Fill @vec for the pages of [addr, end), which lie in @vma.  The scenario's
 * process is privileged, so every file VMA is looked at (can_do_mincore()).
 */
static void mincore_vma(struct vm_area_struct *vma, unsigned long addr,
			unsigned long end, unsigned char *vec)
{
	for (; addr < end; addr += PAGE_SIZE)
		*vec++ = mincore_pte(vma, addr, pte_get(vma->vm_mm, addr));
}

/*
 * ASSUMPTIONS: @vec has room for one byte per page of [start, start + len).
 * Returns 0, or -EINVAL for an unaligned start, -ENOMEM for a range that
 * leaves the address space or meets a hole (@vec is filled up to it).
 */
long mmsim_mincore(struct mmsim_process *p, unsigned long start,
		   unsigned long len, unsigned char *vec)
{
	struct mm_struct *mm = p->mm;
	unsigned long pages, addr = start;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (start > mm->task_size || len > mm->task_size - start)
		return -ENOMEM;
	pages = (len >> PAGE_SHIFT) + ((len & ~PAGE_MASK) != 0);
	while (pages) {
		struct vm_area_struct *vma = vma_lookup(mm, addr);
		unsigned long end;

		if (!vma)
			return -ENOMEM;
		end = vma->vm_end;
		if (end > addr + (pages << PAGE_SHIFT))
			end = addr + (pages << PAGE_SHIFT);
		mincore_vma(vma, addr, end, vec);
		vec += (end - addr) >> PAGE_SHIFT;
		pages -= (end - addr) >> PAGE_SHIFT;
		addr = end;
	}
	return 0;
}
