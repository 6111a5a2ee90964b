// SPDX-License-Identifier: MIT
/*
 * The machine, its processes, fork() and exit(): the parts of
 * kernel/fork.c and dup_mmap() that memory management sees.
 */
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

#define TASK_SIZE	0x7ffffffff000UL
/* x86_64 without randomization: TASK_SIZE less the 128 MiB minimum gap */
#define MMAP_BASE	(TASK_SIZE - (128UL << 20))

static struct mm_struct *mm_alloc_struct(struct mmsim_machine *m)
{
	struct mm_struct *mm = mm_alloc(m, sizeof(*mm));

	if (!mm)
		return NULL;
	mm->machine = m;
	mm->mm_users = 1;
	mm->mm_count = 1;		/* the users' */
	vma_tree_init(&mm->mm_mt, &vma_tree_mm_ops, m);
	mm->task_size = TASK_SIZE;
	mm->mmap_base = MMAP_BASE;
	return mm;
}

static struct mmsim_process *process_alloc(struct mmsim_machine *m)
{
	struct mmsim_process *p = mm_alloc(m, sizeof(*p));

	if (!p)
		return NULL;
	p->mm = mm_alloc_struct(m);
	if (!p->mm) {
		mm_free(p);
		return NULL;
	}
	p->machine = m;
	p->pid = m->next_pid++;
	list_add_tail(&p->list, &m->processes);
	return p;
}

void mmgrab(struct mm_struct *mm)
{
	mm->mm_count++;
}

void mmdrop(struct mm_struct *mm)
{
	VM_WARN_ON(mm->mm_count <= 0, "mmdrop of an mm with mm_count %d",
		   mm->mm_count);
	if (--mm->mm_count == 0)
		mm_free(mm);
}

/*
 * The process goes: its address space first, then its descriptors (a
 * userfaultfd closed now finds no VMA to unregister), then the struct,
 * unless a userfaultfd made in it still holds it.
 */
static void process_free(struct mmsim_process *p)
{
	struct mm_struct *mm = p->mm;

	exit_mmap(mm);
	mm->mm_users = 0;
	close_files(p);
	list_del(&p->list);
	mmdrop(mm);
	mm_free(p);
}

/*
 * The address space a process starts with: that of mmsim-sandbox, the
 * static program the host backend runs scenarios in, so that both backends
 * start from the same number of VMAs (max_map_count counts them) and
 * maps() shows a process.  The program's segments are file mappings on the
 * host; until the model has files they are special mappings here, which
 * never merge, expand or move.
 */
static const struct exec_vma {
	unsigned long start, end;	/* 0: placed top-down under mmap_base */
	unsigned long pages;
	vm_flags_t flags;
	const char *name;
} exec_layout[] = {
#define IMAGE	(VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_DONTEXPAND)
#define DATA	(VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_ACCOUNT)
	{ 0x400000, 0x401000, 0, VM_READ | IMAGE, "mmsim-sandbox" },
	{ 0x401000, 0x47c000, 0, VM_READ | VM_EXEC | IMAGE, "mmsim-sandbox" },
	{ 0x47c000, 0x4a4000, 0, VM_READ | IMAGE, "mmsim-sandbox" },
	{ 0x4a4000, 0x4a8000, 0, VM_READ | IMAGE, "mmsim-sandbox" },
	{ 0x4a8000, 0x4ab000, 0, VM_READ | VM_WRITE | IMAGE, "mmsim-sandbox" },
	{ 0x4ab000, 0x4e1000, 0, DATA, NULL },
	{ 0x4e2000, 0x504000, 0, DATA, "[heap]" },
	/* top-down: the first placed is the highest */
	{ 0, 0, 2, VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_DONTEXPAND, "[vdso]" },
	{ 0, 0, 2, VM_READ | VM_MAYREAD | VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP, "[vvar_vclock]" },
	{ 0, 0, 4, VM_READ | VM_MAYREAD | VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP, "[vvar]" },
	{ TASK_SIZE - 0x21000, TASK_SIZE, 0, DATA | VM_GROWSDOWN, "[stack]" },
#undef IMAGE
#undef DATA
};

static int exec_mmap(struct mm_struct *mm)
{
	size_t i;

	for (i = 0; i < sizeof(exec_layout) / sizeof(exec_layout[0]); i++) {
		const struct exec_vma *e = &exec_layout[i];
		struct vm_area_struct *vma = vm_area_alloc(mm);
		unsigned long start = e->start, end = e->end;

		if (!vma)
			return -ENOMEM;
		if (vma_tree_prealloc(&mm->mm_mt, 1)) {
			vm_area_free(vma);
			return -ENOMEM;
		}
		if (!start) {
			start = get_unmapped_area(mm, NULL, 0, e->pages << PAGE_SHIFT, 0, 0);
			end = start + (e->pages << PAGE_SHIFT);
		}
		vma->vm_start = start;
		vma->vm_end = end;
		vma->vm_pgoff = start >> PAGE_SHIFT;
		vma->vm_flags = e->flags;
		/* exec's mappings, brk and the stack are new: soft-dirty */
		if (mm->machine->profile.soft_dirty)
			vma->vm_flags |= VM_SOFTDIRTY;
		vma->vm_name = e->name;
		vma_link(mm, vma);
		mm->total_vm += vma_pages(vma);
	}
	return 0;
}

struct mmsim_machine *mmsim_machine_create(const struct mmsim_profile *pf)
{
	struct mmsim_machine *m = calloc(1, sizeof(*m));
	struct folio *zero;

	if (!m)
		return NULL;
	if (pf)
		m->profile = *pf;
	else
		mmsim_profile_builtin(&m->profile);
	INIT_LIST_HEAD(&m->processes);
	INIT_LIST_HEAD(&m->anon_vmas);
	m->next_pid = 1;
	/* frame 0 is the shared zero page; it is never mapcounted or freed */
	zero = folio_alloc(m, &m->zero_pfn);
	if (!zero || fs_init(m) || !process_alloc(m) ||
	    exec_mmap(mmsim_main_process(m)->mm)) {
		mmsim_machine_destroy(m);
		return NULL;
	}
	folio_set(zero, PG_zero);
	folio_set(zero, PG_reserved);
	return m;
}

void mmsim_machine_destroy(struct mmsim_machine *m)
{
	struct mmsim_process *p, *n;
	unsigned long c;

	if (!m)
		return;
	list_for_each_entry_safe(p, n, &m->processes, list)
		process_free(p);
	if (m->root_dir)
		fs_exit(m);
	for (c = 0; c < m->frames.nr_chunks; c++) {
		unsigned long i;

		for (i = 0; i < FRAMES_PER_CHUNK; i++)
			free(m->frames.chunks[c][i].data);
		free(m->frames.chunks[c]);
	}
	free(m->frames.chunks);
	free(m->frames.free);
	free(m);
}

struct mmsim_process *mmsim_main_process(struct mmsim_machine *m)
{
	if (list_empty(&m->processes))
		return NULL;
	return list_entry(m->processes.next, struct mmsim_process, list);
}

/* ---- fork --------------------------------------------------------------- */

/*
 * Copy the parent's address space: every VMA but VM_DONTCOPY ones, chained
 * to the parent's anon_vmas; page tables copied only where pages may be
 * there to share (an anon_vma, or a mapping that may hold guards), never
 * for VM_WIPEONFORK, which starts empty in the child.  mlock is not
 * inherited, nor is userfaultfd registration (dup_userfaultfd()).
 */
static int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm,
		    struct vm_area_struct **uffd_fork)
{
	struct vm_area_struct *mpnt, *tmp;

	mm->mmap_base = oldmm->mmap_base;
	mm->task_size = oldmm->task_size;
	for (mpnt = node_vma(oldmm->mm_mt.first); mpnt; mpnt = vma_next(mpnt)) {
		if (mpnt->vm_flags & VM_DONTCOPY)
			continue;
		tmp = vm_area_alloc(mm);
		if (!tmp)
			return -ENOMEM;
		if (vma_tree_prealloc(&mm->mm_mt, 1)) {
			vm_area_free(tmp);
			return -ENOMEM;
		}
		tmp->vm_start = mpnt->vm_start;
		tmp->vm_end = mpnt->vm_end;
		tmp->vm_flags = mpnt->vm_flags & ~VM_LOCKED_MASK;
		tmp->vm_pgoff = mpnt->vm_pgoff;
		tmp->vm_file = mpnt->vm_file ? get_file(mpnt->vm_file) : NULL;
		tmp->vm_ops = mpnt->vm_ops;
		tmp->vm_name = mpnt->vm_name;
		tmp->vm_userfaultfd_ctx = mpnt->vm_userfaultfd_ctx;
		if (dup_userfaultfd(tmp) && !*uffd_fork)
			*uffd_fork = mpnt;
		if (!(mpnt->vm_flags & VM_WIPEONFORK) && anon_vma_fork(tmp, mpnt)) {
			vm_area_free(tmp);
			return -ENOMEM;
		}
		vma_link(mm, tmp);
		mm->total_vm += vma_pages(tmp);
		if (tmp->vm_flags & VM_WIPEONFORK)
			continue;
		/*
		 * The child's flags decide (vma_needs_copy()): its VMA is no
		 * longer registered, so uffd-wp state is not copied.
		 */
		if (!(tmp->vm_flags & (VM_PFNMAP | VM_MIXEDMAP | VM_UFFD_WP |
				       VM_MAYBE_GUARD)) && !mpnt->anon_vma)
			continue;
		if (copy_page_range(tmp, mpnt))
			return -ENOMEM;
	}
	return 0;
}

struct mmsim_process *mmsim_fork(struct mmsim_process *parent, long *err)
{
	struct mmsim_machine *m = parent->machine;
	struct mmsim_process *child = process_alloc(m);
	struct vm_area_struct *uffd_fork = NULL;

	if (!child) {
		*err = -ENOMEM;
		return NULL;
	}
	if (dup_mmap(child->mm, parent->mm, &uffd_fork) ||
	    dup_fdtable(child, parent)) {
		process_free(child);
		m->next_pid--;
		*err = -ENOMEM;
		mm_debug_validate(m);
		return NULL;
	}
	*err = 0;
	/* the child is made; the parent would wait to tell of it */
	if (uffd_fork)
		dup_userfaultfd_complete(uffd_fork);
	mm_debug_validate(m);
	return child;
}

void mmsim_exit(struct mmsim_process *p)
{
	struct mmsim_machine *m = p->machine;

	process_free(p);
	mm_debug_validate(m);
}
