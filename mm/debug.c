// SPDX-License-Identifier: MIT
/*
 * validate_mm(): every invariant of the machine, checked by walking
 * everything.  Test builds run it after each operation; any violation is a
 * warning, and any warning fails the test.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fs.h"
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "userfaultfd.h"
#include "vma.h"

extern unsigned long mm_nr_warnings;

struct validate {
	struct mmsim_machine *m;
	char *msg;
	size_t len;
	int failed;
	int32_t *mapcount;		/* pfn -> mappings seen */
	int32_t *locked;		/* head pfn -> its PTEs in locked VMAs */
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

static void validate_file_pte(struct validate *v, struct vm_area_struct *vma,
			      unsigned long addr, struct folio *page, long rss[])
{
	struct folio *f = page_folio(page);
	unsigned long index = f->index + (page->pfn - f->pfn);

	rss[folio_test(f, PG_swapbacked) ? MM_SHMEMPAGES : MM_FILEPAGES]++;
	if (!vma->vm_file) {
		fail(v, "file page at %#lx (pfn %u) in an anonymous VMA", addr, page->pfn);
		return;
	}
	if (f->mapping != vma->vm_file->f_mapping)
		fail(v, "page at %#lx (pfn %u) is not of the VMA's file", addr, page->pfn);
	else if (index != linear_page_index(vma, addr))
		fail(v, "page at %#lx (pfn %u) is file page %lu, the VMA says %lu",
		     addr, page->pfn, index, linear_page_index(vma, addr));
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
	if (!folio_test(f, PG_zero) && !pte_special(pte) &&
	    (vma->vm_flags & (VM_LOCKED | VM_SPECIAL)) == VM_LOCKED)
		v->locked[page_folio(f)->pfn]++;
	if (!folio_test_anon(page_folio(f)) && !folio_test(f, PG_zero)) {
		if (pte_special(pte))
			fail(v, "special pte at %#lx maps a file page", addr);
		v->mapcount[f->pfn]++;
		validate_file_pte(v, vma, addr, f, rss);
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

/*
 * The reference counts are checked by counting what holds each object:
 * the counters start from what is not a VMA's (anon_vma parents, the
 * directory, descriptors), the one walk over every mm's VMAs adds the
 * VMAs' references, and the checks compare afterwards.
 */
static void count_references(struct validate *v)
{
	struct mmsim_machine *m = v->m;
	struct mmsim_process *p;
	struct anon_vma *av;
	struct inode *inode;
	struct file *file;
	struct dentry *d;

	list_for_each_entry(av, &m->anon_vmas, all)
		av->seen_children = av->seen_vmas = 0;
	list_for_each_entry(av, &m->anon_vmas, all)
		if (!list_empty(&av->chains))
			av->parent->seen_children++;
	list_for_each_entry(inode, &m->inodes, list)
		inode->seen_count = inode == m->root_dir ? 1 : 0;
	list_for_each_entry(file, &m->files, list) {
		file->seen_count = 0;
		file->f_inode->seen_count++;
	}
	list_for_each_entry(d, &m->dentries, list)
		d->d_inode->seen_count++;
	list_for_each_entry(p, &m->processes, list) {
		unsigned int fd;

		for (fd = 0; fd < p->max_fds; fd++)
			if (p->fdt[fd].file)
				p->fdt[fd].file->seen_count++;
	}
}

/* A VMA's references to its anon_vma and file, and its place on the file's rmap. */
static void count_vma_references(struct validate *v, struct vm_area_struct *vma)
{
	if (vma->anon_vma)
		vma->anon_vma->seen_vmas++;
	if (!vma->vm_file)
		return;
	vma->vm_file->seen_count++;
	if (list_empty(&vma->shared))
		fail(v, "file VMA [%#lx, %#lx) not on its file's i_mmap",
		     vma->vm_start, vma->vm_end);
}

/* The counts of every anon_vma against what points at it: O(anon_vmas). */
static void validate_anon_vmas(struct validate *v)
{
	struct anon_vma *av;

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

/*
 * A VMA has a userfaultfd context exactly when it is registered in some
 * mode, and the context is a live descriptor's, made in the VMA's mm.
 */
static void validate_vma_uffd(struct validate *v, struct vm_area_struct *vma)
{
	const struct userfaultfd_ctx *ctx = vma->vm_userfaultfd_ctx.ctx;

	if (!ctx != !userfaultfd_armed(vma)) {
		fail(v, "VMA [%#lx, %#lx): userfaultfd context %p, VM_UFFD_* flags %#lx",
		     vma->vm_start, vma->vm_end, (const void *)ctx,
		     vma->vm_flags & __VM_UFFD_FLAGS);
		return;
	}
	if (!ctx)
		return;
	if (ctx->mm != vma->vm_mm)
		fail(v, "VMA [%#lx, %#lx) registered with a userfaultfd of another mm",
		     vma->vm_start, vma->vm_end);
	if (!ctx->file || ctx->file->private_data != ctx || ctx->file->f_count <= 0)
		fail(v, "VMA [%#lx, %#lx) registered with a userfaultfd of no descriptor",
		     vma->vm_start, vma->vm_end);
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
		validate_vma_uffd(v, vma);
		if (vma->vm_flags & VM_LOCKED)
			locked += vma_pages(vma);
		total += vma_pages(vma);
		count_vma_references(v, vma);
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

/*
 * A cached folio that is not up to date: nothing maps it (every fault reads
 * it in first).  On a disk file only ext4's partial-block zeroing leaves
 * one (ext4_zero_partial_blocks()): order 0, with buffers, never marked
 * for readahead; it may be dirty, the zeroed part of a mapped block.
 */
static void validate_folio_not_uptodate(struct validate *v, struct folio *f,
					int mapped)
{
	const struct address_space *mapping = f->mapping;

	if (mapped)
		fail(v, "pfn %u: file page %lu mapped %d times but not up to date",
		     f->pfn, f->index, mapped);
	if (mapping->host->kind != INODE_DISK)
		return;
	if (folio_test_large(f) || !folio_test(f, PG_private) ||
	    folio_test(f, PG_readahead))
		fail(v, "pfn %u: disk file page %lu not up to date: order %u, flags %#x",
		     f->pfn, f->index, f->order, f->flags);
}

/*
 * A folio's mlocks against its mappings in locked VMAs (mm/mlock.c).  The
 * model's folios are on the LRU whenever they are mapped, so no lock goes
 * uncounted.  PG_unevictable goes with PG_mlocked (nothing else makes a
 * folio unevictable here), and a count on a folio that is not mlocked is a
 * lock never given back.  (Mlocked with no count is allowed: the pieces of
 * a split mlocked folio start from 0, as the kernel's do.)  An order-0
 * folio holds at least one lock for each of its mappings in a locked VMA:
 * it gains one with each, and loses one only as a mapping leaves a locked
 * VMA or the VMA is unlocked over it.  It may hold more: MREMAP_DONTUNMAP
 * of part of a locked VMA unlocks the rest of it without taking its pages'
 * locks back, as the kernel does.  (A large folio is locked only by a
 * batch mapping it whole, and loses a lock to any batch: no such bound
 * holds for it.)
 */
static void validate_folio_mlock(struct validate *v, const struct folio *f)
{
	long locked = v->locked[f->pfn];
	long count = f->mlock_count;
	bool mlocked = folio_test(f, PG_mlocked);

	if (count && !mlocked)
		fail(v, "pfn %u: mlock_count %ld but not PG_mlocked", f->pfn, count);
	if (folio_test(f, PG_unevictable) != mlocked)
		fail(v, "pfn %u: PG_unevictable %d but PG_mlocked %d", f->pfn,
		     folio_test(f, PG_unevictable), mlocked);
	if (!folio_test_large(f) && count < locked)
		fail(v, "pfn %u: mlock_count %ld, but mapped %ld times in locked VMAs",
		     f->pfn, count, locked);
}

/*
 * A folio's references are exactly what holds it: the cache (one per page)
 * and its page-table mappings; an anonymous folio may have more (the model
 * takes none, but the counts must never fall below the mappings).
 */
static void validate_folio(struct validate *v, struct folio *f)
{
	int mapped = folio_mapcount(v->m, f);
	int cached = 0;

	if (!folio_test_anon(f) && f->mapping) {
		struct address_space *mapping = f->mapping;

		if (xa_load(&mapping->i_pages, f->index) != f)
			fail(v, "pfn %u: index %lu, but the cache holds another folio there",
			     f->pfn, f->index);
		cached = (int)folio_nr_pages(f);
	}
	if (folio_test_anon(f) ? f->refcount < mapped || f->refcount <= 0 :
				 f->refcount != cached + mapped)
		fail(v, "pfn %u: refcount %d, cache %d and mappings %d", f->pfn,
		     f->refcount, cached, mapped);
	if (!mapped && !cached)
		fail(v, "pfn %u: in use but cached and mapped nowhere (leak)", f->pfn);
	if (cached && !folio_test(f, PG_uptodate))
		validate_folio_not_uptodate(v, f, mapped);
	validate_folio_mlock(v, f);
}

/*
 * Every inode's cache against its folios, every file's and inode's
 * reference count against what holds them.
 */
static void validate_files(struct validate *v)
{
	struct mmsim_machine *m = v->m;
	struct inode *inode;
	struct file *file;

	list_for_each_entry(file, &m->files, list)
		if (file->seen_count != file->f_count)
			fail(v, "file of inode %lu: f_count %ld, held %ld times",
			     file->f_inode->i_ino, file->f_count, file->seen_count);
	list_for_each_entry(inode, &m->inodes, list) {
		unsigned long index = 0, pages = 0;
		struct folio *f;

		if (inode->seen_count != inode->i_count)
			fail(v, "inode %lu: i_count %ld, held %ld times",
			     inode->i_ino, inode->i_count, inode->seen_count);
		while ((f = xa_find(&inode->i_data.i_pages, &index, ~0UL))) {
			if (!f->in_use || folio_test(f, PG_tail) ||
			    f->mapping != &inode->i_data || index < f->index ||
			    index >= f->index + folio_nr_pages(f)) {
				fail(v, "inode %lu: cache slot %lu holds a stray folio",
				     inode->i_ino, index);
				break;
			}
			pages++;
			if (++index == 0)
				break;
		}
		if (pages != inode->i_data.nrpages)
			fail(v, "inode %lu: nrpages %lu, the cache holds %lu",
			     inode->i_ino, inode->i_data.nrpages, pages);
	}
}

int mmsim_validate(struct mmsim_machine *m, char *msg, size_t len)
{
	struct validate v = { .m = m, .msg = msg, .len = len };
	struct mmsim_process *p;
	unsigned long pfn, used = 0;

	v.mapcount = calloc(m->frames.nr_frames + 1, sizeof(*v.mapcount));
	v.locked = calloc(m->frames.nr_frames + 1, sizeof(*v.locked));
	if (!v.mapcount || !v.locked) {
		free(v.mapcount);
		free(v.locked);
		snprintf(msg, len, "validate: out of memory");
		return -1;
	}
	count_references(&v);
	list_for_each_entry(p, &m->processes, list)
		validate_mm_struct(&v, p->mm);
	validate_anon_vmas(&v);
	for (pfn = 0; pfn < m->frames.nr_frames; pfn++) {
		struct folio *f = pfn_folio(m, pfn), *head;

		if (!f->in_use)
			continue;
		used++;
		if (folio_test(f, PG_zero))
			continue;
		if (f->mapcount != v.mapcount[pfn])
			fail(&v, "pfn %lu: mapcount %d, page tables map it %d times",
			     pfn, f->mapcount, v.mapcount[pfn]);
		if (folio_test(f, PG_anon_exclusive) && f->mapcount > 1)
			fail(&v, "pfn %lu: exclusive but mapped %d times", pfn,
			     f->mapcount);
		if (folio_test(f, PG_tail)) {
			head = f->mapping;
			if (!head->in_use || folio_test(head, PG_tail) ||
			    head->pfn + folio_nr_pages(head) <= pfn || head->pfn > pfn)
				fail(&v, "pfn %lu: a tail outside its head's folio", pfn);
			continue;
		}
		validate_folio(&v, f);
	}
	validate_files(&v);
	if (used != m->frames.nr_used)
		fail(&v, "frame table counts %lu used frames, found %lu",
		     m->frames.nr_used, used);
	free(v.mapcount);
	free(v.locked);
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
