// SPDX-License-Identifier: MIT
/*
 * validate_mm(): every invariant of the machine, checked by walking
 * everything.  Test builds run it after each operation; any violation is a
 * warning, and any warning fails the test.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "vma.h"

extern unsigned long mm_nr_warnings;

struct validate {
	struct mmsim_machine *m;
	char *msg;
	size_t len;
	int failed;
	int32_t *mapcount;		/* pfn -> mappings seen */
};

static void fail(struct validate *v, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void fail(struct validate *v, const char *fmt, ...)
{
	va_list ap;

	if (v->failed++)
		return;
	va_start(ap, fmt);
	vsnprintf(v->msg, v->len, fmt, ap);
	va_end(ap);
}

static bool chained_to(const struct vm_area_struct *vma,
		       const struct anon_vma *av)
{
	const struct anon_vma_chain *avc;

	list_for_each_entry(avc, &vma->anon_vma_chain, same_vma)
		if (avc->anon_vma == av)
			return true;
	return false;
}

static void validate_pte(struct validate *v, struct vm_area_struct *vma,
			 unsigned long addr, pte_t pte, long rss[])
{
	struct folio *f;

	if (!pte_present(pte))
		return;
	f = pfn_folio(v->m, pte_pfn(pte));
	if (!f || !f->in_use) {
		fail(v, "pte at %#lx maps free pfn %lu", addr, pte_pfn(pte));
		return;
	}
	if (pte_special(pte)) {
		if (!folio_test(f, PG_zero))
			fail(v, "special pte at %#lx maps pfn %lu, not the zero page",
			     addr, pte_pfn(pte));
		return;
	}
	if (folio_test(f, PG_zero)) {
		fail(v, "zero page mapped without the special bit at %#lx", addr);
		return;
	}
	v->mapcount[f->pfn]++;
	if (folio_test_anon(f)) {
		rss[MM_ANONPAGES]++;
		if (!vma->anon_vma)
			fail(v, "anon page at %#lx in a VMA without anon_vma", addr);
		else if (!chained_to(vma, f->mapping))
			fail(v, "anon page at %#lx (pfn %u): its anon_vma is not chained to [%#lx, %#lx)",
			     addr, f->pfn, vma->vm_start, vma->vm_end);
		if (f->index != linear_page_index(vma, addr))
			fail(v, "anon page at %#lx: index %lu, VMA says %lu",
			     addr, f->index, linear_page_index(vma, addr));
		if (pte_write(pte) && !folio_test(f, PG_anon_exclusive))
			fail(v, "writable pte at %#lx maps a non-exclusive anon page",
			     addr);
	} else {
		rss[MM_FILEPAGES]++;
	}
}

struct pte_check {
	struct validate *v;
	struct vm_area_struct *vma;
	long *rss;
};

static void validate_one(struct pgtable *pt, unsigned long addr, void *priv)
{
	struct pte_check *c = priv;

	validate_pte(c->v, c->vma, addr, pt->pte[pte_index(addr)], c->rss);
}

static void validate_vma_ptes(struct validate *v, struct vm_area_struct *vma,
			      long rss[])
{
	struct pte_check c = { v, vma, rss };

	walk_ptes(vma->vm_mm, vma->vm_start, vma->vm_end, validate_one, &c);
}

/*
 * Every used entry of every table must lie inside a VMA, and every table's
 * count of used entries must be right.  Returns the number of PTE tables.
 */
static unsigned long count_tables(struct pgtable *t, int level,
				  unsigned long base, struct mm_struct *mm,
				  struct validate *v)
{
	unsigned long span = 1UL << (39 - 9 * level), n = 0;
	unsigned int i, used = 0;

	for (i = 0; i < PTRS_PER_TABLE; i++) {
		unsigned long a = base + i * span;

		if (level == PT_LEVELS - 1) {
			if (pte_none(t->pte[i]))
				continue;
			used++;
			if (!vma_lookup(mm, a))
				fail(v, "entry %#llx at %#lx outside any VMA",
				     (unsigned long long)t->pte[i], a);
		} else if (t->next[i]) {
			used++;
			n += count_tables(t->next[i], level + 1, a, mm, v);
		}
	}
	if (used != t->nr)
		fail(v, "table at %#lx (level %d) counts %u entries, holds %u",
		     base, level, t->nr, used);
	return level == PT_LEVELS - 1 ? 1 : n;
}

/* The counts of every anon_vma against what points at it: O(VMAs + anon_vmas). */
static void validate_anon_vmas(struct validate *v)
{
	struct anon_vma *av;
	struct mmsim_process *p;

	list_for_each_entry(av, &v->m->anon_vmas, all)
		av->seen_children = av->seen_vmas = 0;
	list_for_each_entry(av, &v->m->anon_vmas, all)
		if (!list_empty(&av->chains))
			av->parent->seen_children++;
	list_for_each_entry(p, &v->m->processes, list) {
		struct vm_area_struct *vma;

		for (vma = node_vma(p->mm->mm_mt.first); vma; vma = vma_next(vma))
			if (vma->anon_vma)
				vma->anon_vma->seen_vmas++;
	}
	list_for_each_entry(av, &v->m->anon_vmas, all) {
		if (av->refcount <= 0)
			fail(v, "anon_vma %p with refcount %d", (void *)av,
			     av->refcount);
		if (av->seen_children != av->num_children)
			fail(v, "anon_vma %p: num_children %lu, counted %lu",
			     (void *)av, av->num_children, av->seen_children);
		if (av->seen_vmas != av->num_active_vmas)
			fail(v, "anon_vma %p: num_active_vmas %lu, counted %lu",
			     (void *)av, av->num_active_vmas, av->seen_vmas);
	}
}

static void validate_mm_struct(struct validate *v, struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	long rss[NR_MM_COUNTERS] = { 0 };
	unsigned long locked = 0, total = 0, ptes = 0;
	char msg[256];
	int i;

	if (vma_tree_validate(&mm->mm_mt, msg, sizeof(msg)))
		fail(v, "VMA tree: %s", msg);
	if ((unsigned long)mm->map_count != mm->mm_mt.count)
		fail(v, "map_count %d, tree holds %lu", mm->map_count,
		     mm->mm_mt.count);
	for (vma = node_vma(mm->mm_mt.first); vma; vma = vma_next(vma)) {
		if ((vma->vm_start | vma->vm_end) & ~PAGE_MASK)
			fail(v, "VMA [%#lx, %#lx) not page aligned",
			     vma->vm_start, vma->vm_end);
		if (vma->vm_mm != mm)
			fail(v, "VMA [%#lx, %#lx) points at another mm",
			     vma->vm_start, vma->vm_end);
		if (vma->anon_vma && !chained_to(vma, vma->anon_vma))
			fail(v, "VMA [%#lx, %#lx) not chained to its own anon_vma",
			     vma->vm_start, vma->vm_end);
		if (!vma->anon_vma && !list_empty(&vma->anon_vma_chain))
			fail(v, "VMA [%#lx, %#lx) chained without an anon_vma",
			     vma->vm_start, vma->vm_end);
		if (vma->vm_flags & VM_LOCKED)
			locked += vma_pages(vma);
		total += vma_pages(vma);
		validate_vma_ptes(v, vma, rss);
	}
	if (mm->pgd)
		ptes = count_tables(mm->pgd, 0, 0, mm, v);
	if (ptes != mm->nr_ptes)
		fail(v, "nr_ptes %lu, page tables hold %lu", mm->nr_ptes, ptes);
	if (total != mm->total_vm)
		fail(v, "total_vm %lu, VMAs say %lu", mm->total_vm, total);
	for (i = 0; i < NR_MM_COUNTERS; i++)
		if (rss[i] != mm->rss[i])
			fail(v, "rss counter %d is %ld, page tables say %ld", i,
			     mm->rss[i], rss[i]);
	if (locked != mm->locked_vm)
		fail(v, "locked_vm %lu, VMAs say %lu", mm->locked_vm, locked);
}

int mmsim_validate(struct mmsim_machine *m, char *msg, size_t len)
{
	struct validate v = { .m = m, .msg = msg, .len = len };
	struct mmsim_process *p;
	unsigned long pfn, used = 0;

	v.mapcount = calloc(m->frames.nr_frames + 1, sizeof(*v.mapcount));
	if (!v.mapcount) {
		snprintf(msg, len, "validate: out of memory");
		return -1;
	}
	list_for_each_entry(p, &m->processes, list)
		validate_mm_struct(&v, p->mm);
	validate_anon_vmas(&v);
	for (pfn = 0; pfn < m->frames.nr_frames; pfn++) {
		struct folio *f = pfn_folio(m, pfn);

		if (!f->in_use)
			continue;
		used++;
		if (folio_test(f, PG_zero))
			continue;
		if (f->mapcount != v.mapcount[pfn])
			fail(&v, "pfn %lu: mapcount %d, page tables map it %d times",
			     pfn, f->mapcount, v.mapcount[pfn]);
		if (f->refcount < f->mapcount || f->refcount <= 0)
			fail(&v, "pfn %lu: refcount %d below mapcount %d", pfn,
			     f->refcount, f->mapcount);
		if (f->mapcount == 0)
			fail(&v, "pfn %lu: in use but mapped nowhere (leak)", pfn);
		if (folio_test(f, PG_anon_exclusive) && f->mapcount > 1)
			fail(&v, "pfn %lu: exclusive but mapped %d times", pfn,
			     f->mapcount);
	}
	if (used != m->frames.nr_used)
		fail(&v, "frame table counts %lu used frames, found %lu",
		     m->frames.nr_used, used);
	free(v.mapcount);
	return v.failed ? -1 : 0;
}

/*
 * Test builds (MMSIM_VALIDATE) check the whole machine after every
 * operation and turn a violation into a warning.
 */
void mm_debug_validate(struct mmsim_machine *m)
{
#ifdef MMSIM_VALIDATE
	char msg[512];

	if (!m->no_validate && mmsim_validate(m, msg, sizeof(msg)))
		mm_warn(__FILE__, __LINE__, "validate_mm: %s", msg);
#else
	(void)m;
#endif
}

void mmsim_validate_each_op(struct mmsim_machine *m, bool on)
{
	m->no_validate = !on;
}
