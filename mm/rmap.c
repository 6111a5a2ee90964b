// SPDX-License-Identifier: MIT
/*
 * The anonymous reverse map: anon_vmas, their chains, and the rmap counts
 * of anonymous folios.
 *
 * The shapes follow the kernel closely because they are observable: whether
 * two VMAs may merge depends on whether they share an anon_vma and on
 * whether a VMA's chain is singular (a VMA forked from a parent is chained
 * to its parent's anon_vmas too, and such a VMA does not merge with an
 * unfaulted neighbour).
 */
#include "fs.h"
#include "internal.h"
#include "pgtable_walk.h"
#include "rmap.h"

static struct anon_vma *anon_vma_alloc(struct mmsim_machine *m)
{
	struct anon_vma *av = mm_alloc(m, sizeof(*av));

	if (!av)
		return NULL;
	av->root = av;
	av->parent = av;
	av->refcount = 1;
	av->machine = m;
	INIT_LIST_HEAD(&av->chains);
	list_add_tail(&av->all, &m->anon_vmas);
	return av;
}

static void anon_vma_free(struct anon_vma *av)
{
	list_del(&av->all);
	mm_free(av);
}

static void get_anon_vma(struct anon_vma *av)
{
	av->refcount++;
}

static void put_anon_vma(struct anon_vma *av)
{
	struct anon_vma *root = av->root;

	VM_WARN_ON(av->refcount <= 0, "anon_vma %p refcount %d",
		   (void *)av, av->refcount);
	if (--av->refcount)
		return;
	VM_WARN_ON(!list_empty(&av->chains), "freeing a chained anon_vma");
	anon_vma_free(av);
	/* a non-root anon_vma holds a reference on its root */
	if (root != av)
		put_anon_vma(root);
}

static void anon_vma_chain_link(struct vm_area_struct *vma,
				struct anon_vma_chain *avc,
				struct anon_vma *av)
{
	avc->vma = vma;
	avc->anon_vma = av;
	list_add_tail(&avc->same_vma, &vma->anon_vma_chain);
	list_add_tail(&avc->same_anon_vma, &av->chains);
}

/* Allocate @n chains onto @list; all or nothing. */
static int alloc_chains(struct mmsim_machine *m, struct list_head *list, int n)
{
	int i;

	INIT_LIST_HEAD(list);
	for (i = 0; i < n; i++) {
		struct anon_vma_chain *avc = mm_alloc(m, sizeof(*avc));

		if (!avc) {
			free_chains(list);
			return -ENOMEM;
		}
		list_add_tail(&avc->same_vma, list);
	}
	return 0;
}

void free_chains(struct list_head *list)
{
	struct anon_vma_chain *avc, *n;

	list_for_each_entry_safe(avc, n, list, same_vma) {
		list_del(&avc->same_vma);
		mm_free(avc);
	}
}

static struct anon_vma_chain *take_chain(struct list_head *spare)
{
	struct anon_vma_chain *avc;

	avc = list_entry(spare->next, struct anon_vma_chain, same_vma);
	list_del(&avc->same_vma);
	return avc;
}

static int chain_length(const struct vm_area_struct *vma)
{
	const struct list_head *l;
	int n = 0;

	for (l = vma->anon_vma_chain.next; l != &vma->anon_vma_chain; l = l->next)
		n++;
	return n;
}

/* May VMAs @a and @b (a below b, adjacent) share an anon_vma? */
static bool anon_vma_compatible(const struct vm_area_struct *a,
				const struct vm_area_struct *b)
{
	return a->vm_end == b->vm_start && a->vm_file == b->vm_file &&
	       !((a->vm_flags ^ b->vm_flags) & ~(VM_ACCESS_FLAGS | VM_IGNORE_MERGE)) &&
	       b->vm_pgoff == a->vm_pgoff + vma_pages(a);
}

/*
 * The anon_vma of @old, if @a and @b could share it and @old is not chained
 * to anything else (sharing a forked anon_vma would spread its lock).
 */
static struct anon_vma *reusable_anon_vma(struct vm_area_struct *old,
					  struct vm_area_struct *a,
					  struct vm_area_struct *b)
{
	if (anon_vma_compatible(a, b) && old->anon_vma &&
	    list_is_singular(&old->anon_vma_chain))
		return old->anon_vma;
	return NULL;
}

static struct anon_vma *find_mergeable_anon_vma(struct vm_area_struct *vma)
{
	struct vm_area_struct *next = vma_next(vma), *prev = vma_prev(vma);
	struct anon_vma *av = NULL;

	if (next)
		av = reusable_anon_vma(next, vma, next);
	if (!av && prev)
		av = reusable_anon_vma(prev, prev, vma);
	return av;
}

/*
 * Give @vma an anon_vma before its first anonymous page: a neighbour's if
 * they could merge one day, else a new one.
 */
int anon_vma_prepare(struct vm_area_struct *vma)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	struct anon_vma_chain *avc;
	struct anon_vma *av;

	if (vma->anon_vma)
		return 0;
	avc = mm_alloc(m, sizeof(*avc));
	if (!avc)
		return -ENOMEM;
	av = find_mergeable_anon_vma(vma);
	if (!av) {
		av = anon_vma_alloc(m);
		if (!av) {
			mm_free(avc);
			return -ENOMEM;
		}
		av->num_children++;	/* a new root is its own parent */
	}
	vma->anon_vma = av;
	anon_vma_chain_link(vma, avc, av);
	av->num_active_vmas++;
	return 0;
}

/*
 * Chain @dst to every anon_vma @src is chained to.  A @dst without an
 * anon_vma of its own may adopt one that no VMA uses any more and that has
 * at most one child, which keeps fork chains from growing without bound.
 */
int anon_vma_clone(struct vm_area_struct *dst, struct vm_area_struct *src)
{
	struct mmsim_machine *m = src->vm_mm->machine;
	struct anon_vma_chain *pavc;
	struct list_head spare;

	if (alloc_chains(m, &spare, chain_length(src)))
		return -ENOMEM;
	/* walk oldest-last, as the kernel does, so the reuse pick matches */
	for (pavc = list_entry(src->anon_vma_chain.prev, struct anon_vma_chain, same_vma);
	     &pavc->same_vma != &src->anon_vma_chain;
	     pavc = list_entry(pavc->same_vma.prev, struct anon_vma_chain, same_vma)) {
		struct anon_vma *av = pavc->anon_vma;

		anon_vma_chain_link(dst, take_chain(&spare), av);
		if (!dst->anon_vma && src->anon_vma && av->num_children < 2 &&
		    av->num_active_vmas == 0)
			dst->anon_vma = av;
	}
	if (dst->anon_vma)
		dst->anon_vma->num_active_vmas++;
	return 0;
}

/*
 * fork(): chain the child's @vma to the parent @pvma's anon_vmas and give it
 * one of its own (unless an idle one was adopted), whose parent is pvma's.
 */
int anon_vma_fork(struct vm_area_struct *vma, struct vm_area_struct *pvma)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	struct anon_vma_chain *avc;
	struct anon_vma *av;

	vma->anon_vma = NULL;
	INIT_LIST_HEAD(&vma->anon_vma_chain);
	if (!pvma->anon_vma)
		return 0;
	if (anon_vma_clone(vma, pvma))
		return -ENOMEM;
	if (vma->anon_vma)
		return 0;
	av = anon_vma_alloc(m);
	avc = av ? mm_alloc(m, sizeof(*avc)) : NULL;
	if (!avc) {
		if (av)
			put_anon_vma(av);
		unlink_anon_vmas(vma);
		return -ENOMEM;
	}
	av->num_active_vmas++;
	av->root = pvma->anon_vma->root;
	av->parent = pvma->anon_vma;
	get_anon_vma(av->root);
	vma->anon_vma = av;
	anon_vma_chain_link(vma, avc, av);
	av->parent->num_children++;
	return 0;
}

/* Undo every chain of @vma; anon_vmas nothing uses any more are freed. */
void unlink_anon_vmas(struct vm_area_struct *vma)
{
	struct anon_vma_chain *avc, *n;

	list_for_each_entry_safe(avc, n, &vma->anon_vma_chain, same_vma) {
		struct anon_vma *av = avc->anon_vma;

		list_del(&avc->same_anon_vma);
		if (list_empty(&av->chains)) {
			/* keep avc: put_anon_vma() below, after counts settle */
			av->parent->num_children--;
			continue;
		}
		list_del(&avc->same_vma);
		mm_free(avc);
	}
	if (vma->anon_vma) {
		vma->anon_vma->num_active_vmas--;
		vma->anon_vma = NULL;
	}
	list_for_each_entry_safe(avc, n, &vma->anon_vma_chain, same_vma) {
		struct anon_vma *av = avc->anon_vma;

		list_del(&avc->same_vma);
		mm_free(avc);
		put_anon_vma(av);
	}
}

/*
 * A merge makes @dst cover @src's pages: give @dst @src's anon_vma and
 * chains if it has none.  Chains are allocated before anything changes.
 */
int dup_anon_vma(struct vm_area_struct *dst, struct vm_area_struct *src)
{
	if (!src->anon_vma || dst->anon_vma)
		return 0;
	dst->anon_vma = src->anon_vma;
	if (anon_vma_clone(dst, src)) {
		dst->anon_vma = NULL;
		return -ENOMEM;
	}
	return 0;
}

/* ---- folio rmap ------------------------------------------------------- */

unsigned long linear_page_index(const struct vm_area_struct *vma,
				unsigned long addr)
{
	return vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);
}

void folio_add_new_anon_rmap(struct folio *f, struct vm_area_struct *vma,
			     unsigned long addr, bool exclusive)
{
	folio_set(f, PG_anon);
	/* droppable memory is never swapped: reclaim just drops it */
	if (!(vma->vm_flags & VM_DROPPABLE))
		folio_set(f, PG_swapbacked);
	f->mapping = vma->anon_vma;
	f->index = linear_page_index(vma, addr);
	f->mapcount = 1;
	if (exclusive)
		folio_set(f, PG_anon_exclusive);
	vma->vm_mm->rss[MM_ANONPAGES]++;
}

void folio_add_anon_rmap_pte(struct folio *f, struct vm_area_struct *vma)
{
	f->mapcount++;
	vma->vm_mm->rss[MM_ANONPAGES]++;
}

/* Which RSS counter a folio's mappings count in (mm_counter()). */
enum mm_counter mm_counter(const struct folio *folio)
{
	if (folio_test_anon(folio))
		return MM_ANONPAGES;
	return folio_test(folio, PG_swapbacked) ? MM_SHMEMPAGES : MM_FILEPAGES;
}

/*
 * Pages [page, page + nr) of file folio @folio are mapped once more in
 * @vma, by one batch of PTEs.  A batch that maps all of the folio locks it
 * if @vma is locked; a large folio mapped there in parts is left evictable
 * (6.18 locks large folios at map time only whole).
 */
void folio_add_file_rmap_ptes(struct folio *folio, struct folio *page,
			      unsigned long nr, struct vm_area_struct *vma)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	unsigned long first = page->pfn - folio->pfn, i;

	for (i = 0; i < nr; i++)
		folio_page(m, folio, first + i)->mapcount++;
	vma->vm_mm->rss[mm_counter(folio)] += (long)nr;
	if (nr == folio_nr_pages(folio))
		mlock_vma_folio(folio, vma);
}

void folio_add_file_rmap_pte(struct folio *page, struct vm_area_struct *vma)
{
	folio_add_file_rmap_ptes(page_folio(page), page, 1, vma);
}

/*
 * Pages [page, page + nr) of @folio are mapped once less, from @vma, by
 * one batch of PTEs: one lock less if @vma is locked (munlock_vma_folio()).
 */
void folio_remove_rmap_ptes(struct folio *folio, struct folio *page,
			    unsigned long nr, struct vm_area_struct *vma)
{
	struct mmsim_machine *m = vma->vm_mm->machine;
	unsigned long first = page->pfn - folio->pfn, i;

	for (i = 0; i < nr; i++) {
		struct folio *p = folio_page(m, folio, first + i);

		VM_WARN_ON(p->mapcount <= 0, "pfn %u mapcount %d", p->pfn, p->mapcount);
		p->mapcount--;
	}
	vma->vm_mm->rss[mm_counter(folio)] -= (long)nr;
	munlock_vma_folio(folio, vma);
}

void folio_remove_rmap_pte(struct folio *page, struct vm_area_struct *vma)
{
	folio_remove_rmap_ptes(page_folio(page), page, 1, vma);
}

/* ---- the file reverse map ----------------------------------------------- */

/* The address of page @index of a file in @vma, or 0 if @vma does not map it. */
static unsigned long vma_address(const struct vm_area_struct *vma,
				 unsigned long index)
{
	if (index < vma->vm_pgoff || index - vma->vm_pgoff >= vma_pages(vma))
		return 0;
	return vma->vm_start + ((index - vma->vm_pgoff) << PAGE_SHIFT);
}

/*
 * Call @fn on every PTE that maps a page of file folio @f, through the
 * VMAs of @mapping (the kernel's rmap_walk_file()).
 */
static void rmap_walk_file(struct address_space *mapping, struct folio *f,
			   void (*fn)(struct vm_area_struct *vma, struct pgtable *pt,
				      unsigned long addr, void *priv),
			   void *priv)
{
	struct vm_area_struct *vma, *n;
	unsigned long i;

	list_for_each_entry_safe(vma, n, &mapping->i_mmap, shared) {
		for (i = 0; i < folio_nr_pages(f); i++) {
			unsigned long addr = vma_address(vma, f->index + i);
			struct pgtable *pt;
			pte_t pte;

			if (!addr)
				continue;
			pt = pte_table_lookup(vma->vm_mm, addr, NULL);
			if (!pt)
				continue;
			pte = pt->pte[pte_index(addr)];
			if (pte_present(pte) && !pte_special(pte) &&
			    pte_pfn(pte) == f->pfn + i)
				fn(vma, pt, addr, priv);
		}
	}
}

static void mkclean_one(struct vm_area_struct *vma, struct pgtable *pt,
			unsigned long addr, void *priv)
{
	(void)priv;
	if (vma->vm_flags & VM_SHARED)
		pte_store(pt, addr, pte_mkclean(pte_wrprotect(pt->pte[pte_index(addr)])));
}

/*
 * Before writeback: every shared mapping of @f loses write permission and
 * its dirty bit, so that the next store faults and dirties the folio.
 */
void folio_mkclean(struct address_space *mapping, struct folio *f)
{
	rmap_walk_file(mapping, f, mkclean_one, NULL);
}

static void unmap_one(struct vm_area_struct *vma, struct pgtable *pt,
		      unsigned long addr, void *priv)
{
	struct folio *folio = priv;
	pte_t pte = pt->pte[pte_index(addr)];

	pte_store(pt, addr, 0);
	if (pte_dirty(pte))
		folio_set(folio, PG_dirty);
	folio_remove_rmap_pte(pfn_folio(vma->vm_mm->machine, pte_pfn(pte)), vma);
	folio_put(vma->vm_mm->machine, folio);
}

/*
 * Reclaim: take every mapping of file folio @f away, the PTEs' dirty bits
 * passing to the folio (try_to_unmap()).
 */
void try_to_unmap_file(struct address_space *mapping, struct folio *f)
{
	rmap_walk_file(mapping, f, unmap_one, f);
}
