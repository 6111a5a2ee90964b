// SPDX-License-Identifier: MIT
/*
 * Reclaim as MADV_COLD and MADV_PAGEOUT drive it (madvise_cold_or_pageout
 * and shrink_folio_list() of 6.18): only folios this mapping alone maps
 * are touched.  A clean file page leaves the page cache, to be read again
 * from the file; a dirty one is unmapped but stays cached (only kswapd
 * writes file pages back), as do dirty shmem pages with no swap to go to.
 * Anonymous pages need swap, except lazily freed ones, which are dropped
 * while still clean, and droppable ones (MAP_DROPPABLE), dropped always.
 */
#include "fs.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"

/* Make every page of the mapped, large file folio @f a folio of its own. */
static void split_folio_uniform(struct mmsim_machine *m, struct folio *f)
{
	struct address_space *mapping = f->mapping;
	unsigned long i, nr = folio_nr_pages(f);

	/* splitting unmaps a file folio: its pages fault back in one by one */
	try_to_unmap_file(mapping, f);
	for (i = 0; i < nr; i++) {
		struct folio *p = folio_page(m, f, i);

		p->flags = f->flags;
		/* only the old head keeps PG_mappedtodisk (__split_folio_to_order()) */
		if (i)
			folio_clear(p, PG_mappedtodisk);
		p->mapping = mapping;
		p->index = f->index + i;
		p->order = 0;
		p->refcount = 1;	/* the cache's */
		xa_store(&mapping->i_pages, p->index, p, m);
	}
}

/* Reclaim folio @folio, which @vma alone maps (shrink_folio_list()). */
static void reclaim_folio(struct vm_area_struct *vma, struct pgtable *pt,
			  unsigned long addr, struct folio *folio)
{
	struct mmsim_machine *m = vma->vm_mm->machine;

	if (folio_test(folio, PG_unevictable))
		return;
	if (folio_test_anon(folio)) {
		pte_t pte = pt->pte[pte_index(addr)];

		/* swap-backed anonymous memory has nowhere to go without swap */
		if (folio_test(folio, PG_swapbacked))
			return;
		/*
		 * Lazily freed: dropped unless written to since MADV_FREE.
		 * Droppable memory is dropped dirty or not, and never
		 * becomes swap-backed.
		 */
		if ((pte_dirty(pte) || folio_test(folio, PG_dirty)) &&
		    !(vma->vm_flags & VM_DROPPABLE)) {
			folio_set(folio, PG_dirty);
			folio_set(folio, PG_swapbacked);
			return;
		}
		pte_store(pt, addr, 0);
		folio_remove_rmap_pte(folio, vma);
		folio_put(m, folio);
		return;
	}
	try_to_unmap_file(folio->mapping, folio);
	if (folio_test(folio, PG_dirty)) {
		/* direct reclaim does not write file pages; kswapd will */
		if (!shmem_mapping(folio->mapping))
			folio_set(folio, PG_reclaim);
		return;
	}
	filemap_remove_folio(folio->mapping, folio);
}

struct cold_walk {
	struct vm_area_struct *vma;
	unsigned long start, end;
	bool pageout;
};

static void cold_or_pageout_pte(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct cold_walk *w = priv;
	struct vm_area_struct *vma = w->vma;
	struct mmsim_machine *m = vma->vm_mm->machine;
	pte_t pte = pt->pte[pte_index(addr)];
	struct folio *page, *folio;

	if (!pte_present(pte))
		return;
	page = vm_normal_page(vma, addr, pte);
	if (!page)
		return;
	folio = page_folio(page);
	if (folio_test_large(folio)) {
		unsigned long first = addr - ((page->pfn - folio->pfn) << PAGE_SHIFT);
		unsigned long last = first + (folio_nr_pages(folio) << PAGE_SHIFT);

		/* not all of it in range (or not all mapped here): split it */
		if (first < w->start || last > w->end ||
		    folio_mapcount(m, folio) != (int)folio_nr_pages(folio)) {
			if (folio_mapcount(m, folio) > (int)folio_nr_pages(folio))
				return;
			/*
			 * A split releases the folio's buffers first: dirty
			 * ones cannot be, and the folio is left as it is.
			 */
			if (folio_test(folio, PG_private) &&
			    folio_test(folio, PG_dirty))
				return;
			folio_clear(folio, PG_private);
			split_folio_uniform(m, folio);
			return;
		}
		/* whole: handled once, at its first page */
		if (page != folio)
			return;
	}
	if (!folio_test(folio, PG_lru) ||
	    folio_mapcount(m, folio) != (int)folio_nr_pages(folio))
		return;
	if (!w->pageout && pte_young(pte))
		pte_store(pt, addr, pte_mkold(pte));
	folio_clear(folio, PG_referenced);
	if (folio_test(folio, PG_active))
		folio_set(folio, PG_workingset);
	if (w->pageout)
		reclaim_folio(vma, pt, addr, folio);
	else
		folio_clear(folio, PG_active);
}

long madvise_cold_or_pageout(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, bool pageout)
{
	struct cold_walk w = { vma, start, end, pageout };

	if (vma->vm_flags & (VM_LOCKED | VM_PFNMAP | VM_HUGETLB))
		return -EINVAL;
	walk_ptes(vma->vm_mm, start, end, cold_or_pageout_pte, &w);
	return 0;
}
