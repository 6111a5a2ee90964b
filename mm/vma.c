// SPDX-License-Identifier: MIT
/*
 * VMA split, merge and removal, by the rules of Linux 6.18's mm/vma.c.
 *
 * Two VMAs merge when everything about them but their range agrees: flags
 * (apart from the sticky ones, which are ORed), file, pgoff contiguity, and
 * anon_vma -- equal, or one side has none and the other was not forked.
 * Planners decide on a vma_merge_struct; every allocation a merge needs is
 * made before anything changes, so a failed merge leaves no trace.
 */
#include <string.h>

#include "fs.h"
#include "internal.h"
#include "rmap.h"
#include "vma.h"

/* The VMA tree's nodes come from the machine's allocator, which can fail. */
static void *vma_tree_node_alloc(void *machine, size_t size)
{
	return mm_alloc(machine, size);
}

static void vma_tree_node_free(void *machine, void *p)
{
	(void)machine;
	mm_free(p);
}

const struct vma_tree_ops vma_tree_mm_ops = {
	.alloc = vma_tree_node_alloc,
	.free = vma_tree_node_free,
};

struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm_alloc(mm->machine, sizeof(*vma));

	if (!vma)
		return NULL;
	vma->vm_mm = mm;
	INIT_LIST_HEAD(&vma->anon_vma_chain);
	INIT_LIST_HEAD(&vma->shared);
	return vma;
}

static struct vm_area_struct *vm_area_dup(struct vm_area_struct *orig)
{
	struct vm_area_struct *vma = vm_area_alloc(orig->vm_mm);

	if (!vma)
		return NULL;
	vma->vm_start = orig->vm_start;
	vma->vm_end = orig->vm_end;
	vma->vm_flags = orig->vm_flags;
	vma->vm_pgoff = orig->vm_pgoff;
	vma->vm_file = orig->vm_file ? get_file(orig->vm_file) : NULL;
	vma->vm_ops = orig->vm_ops;
	vma->vm_name = orig->vm_name;
	vma->anon_vma = orig->anon_vma;
	vma->vm_userfaultfd_ctx = orig->vm_userfaultfd_ctx;
	return vma;
}

/* Free a VMA that is not (or no longer) in the tree, and its file reference. */
void vm_area_free(struct vm_area_struct *vma)
{
	if (vma->vm_file)
		fput(vma->vm_file);
	mm_free(vma);
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	return node_vma(vma_tree_find(&mm->mm_mt, addr));
}

struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr)
{
	return node_vma(vma_tree_lookup(&mm->mm_mt, addr));
}

/* The last VMA that starts below @addr. */
struct vm_area_struct *find_vma_prev_of(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma)
		return node_vma(mm->mm_mt.last);
	if (vma->vm_start < addr)
		return vma;
	return vma_prev(vma);
}

void vma_link(struct mm_struct *mm, struct vm_area_struct *vma)
{
	vma_tree_insert(&mm->mm_mt, &vma->node);
	mm->map_count++;
	if (vma->vm_file)
		list_add_tail(&vma->shared, &vma->vm_file->f_mapping->i_mmap);
}

void vma_unlink_free(struct mm_struct *mm, struct vm_area_struct *vma)
{
	vma_tree_remove(&mm->mm_mt, &vma->node);
	mm->map_count--;
	if (vma->vm_file)
		list_del(&vma->shared);
	unlink_anon_vmas(vma);
	vm_area_free(vma);
}

static void vma_set_range(struct mm_struct *mm, struct vm_area_struct *vma,
			  unsigned long start, unsigned long end,
			  unsigned long pgoff)
{
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_pgoff = pgoff;
	vma_tree_update(&mm->mm_mt, &vma->node);
}

/* ---- split ------------------------------------------------------------ */

/*
 * Splitting in two steps, so that an operation can make every allocation it
 * needs before it changes anything: split_prepare() allocates the new VMA
 * and its anon_vma chains, split_commit() cannot fail, split_abort() undoes
 * the preparation.
 */
struct vm_area_struct *split_prepare(struct vm_area_struct *vma)
{
	struct vm_area_struct *new = vm_area_dup(vma);

	if (!new)
		return NULL;
	if (anon_vma_clone(new, vma)) {
		vm_area_free(new);
		return NULL;
	}
	return new;
}

void split_abort(struct vm_area_struct *new)
{
	if (!new)
		return;
	unlink_anon_vmas(new);
	vm_area_free(new);
}

/*
 * Split @vma at @addr with the prepared @new.  With @new_below the new VMA
 * takes the part below addr, otherwise the part above; @vma keeps the
 * other part.
 *
 *   new_below:  | new | vma |        !new_below:  | vma | new |
 *                     ^addr                             ^addr
 */
void split_commit(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *new, unsigned long addr, bool new_below)
{
	unsigned long delta = (addr - vma->vm_start) >> PAGE_SHIFT;

	VM_WARN_ON(addr <= vma->vm_start || addr >= vma->vm_end,
		   "split of [%#lx, %#lx) at %#lx", vma->vm_start,
		   vma->vm_end, addr);
	/* the VMA's flags may have changed since the preparation: copy them now */
	new->vm_flags = vma->vm_flags;
	new->vm_name = vma->vm_name;
	new->vm_userfaultfd_ctx = vma->vm_userfaultfd_ctx;
	if (new_below) {
		new->vm_start = vma->vm_start;
		new->vm_end = addr;
		new->vm_pgoff = vma->vm_pgoff;
		vma_set_range(mm, vma, addr, vma->vm_end, vma->vm_pgoff + delta);
	} else {
		new->vm_start = addr;
		new->vm_end = vma->vm_end;
		new->vm_pgoff = vma->vm_pgoff + delta;
		vma_set_range(mm, vma, vma->vm_start, addr, vma->vm_pgoff);
	}
	vma_link(mm, new);
}

int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long addr, bool new_below)
{
	struct vm_area_struct *new = split_prepare(vma);

	if (!new)
		return -ENOMEM;
	if (vma_tree_prealloc(&mm->mm_mt, 1)) {
		split_abort(new);
		return -ENOMEM;
	}
	split_commit(mm, vma, new, addr, new_below);
	return 0;
}

int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, bool new_below)
{
	if ((unsigned long)mm->map_count >= mm->machine->profile.max_map_count)
		return -ENOMEM;
	return __split_vma(mm, vma, addr, new_below);
}

/* ---- merge predicates ------------------------------------------------- */

/* Was @vma forked, i.e. is it chained to a parent's anon_vma as well? */
static bool vma_had_uncowed_parents(const struct vm_area_struct *vma)
{
	return vma && vma->anon_vma && !list_is_singular(&vma->anon_vma_chain);
}

static bool is_mergeable_anon_vma(const struct vma_merge_struct *vmg,
				  bool merge_next)
{
	const struct vm_area_struct *tgt = merge_next ? vmg->next : vmg->prev;
	const struct vm_area_struct *src = vmg->middle;
	const struct anon_vma *tgt_anon = tgt->anon_vma;
	const struct anon_vma *src_anon = vmg->anon_vma;

	/* the target will take the source's anon_vma */
	if (!tgt_anon && src_anon)
		return !vma_had_uncowed_parents(src);
	/* the source's range will use the target's anon_vma */
	if (tgt_anon && !src_anon)
		return !vma_had_uncowed_parents(tgt);
	return src_anon == tgt_anon;
}

static bool is_mergeable_vma(const struct vma_merge_struct *vmg, bool merge_next)
{
	const struct vm_area_struct *tgt = merge_next ? vmg->next : vmg->prev;

	if ((tgt->vm_flags ^ vmg->flags) & ~VM_IGNORE_MERGE)
		return false;
	if (tgt->vm_file != vmg->file)
		return false;
	/* faults in the range must go to the same userfaultfd as before */
	if (tgt->vm_userfaultfd_ctx.ctx != vmg->uffd_ctx)
		return false;
	/* the kernel never merges across a VM_SPECIAL mapping */
	if (vmg->flags & VM_SPECIAL)
		return false;
	return is_mergeable_anon_vma(vmg, merge_next);
}

/* May the range join vmg->prev, which ends at vmg->start? */
static bool can_vma_merge_after(const struct vma_merge_struct *vmg)
{
	const struct vm_area_struct *prev = vmg->prev;

	return prev && prev->vm_end == vmg->start &&
	       is_mergeable_vma(vmg, /* merge_next = */ false) &&
	       prev->vm_pgoff + vma_pages(prev) == vmg->pgoff;
}

/* May the range join vmg->next, which starts at vmg->end? */
static bool can_vma_merge_before(const struct vma_merge_struct *vmg)
{
	const struct vm_area_struct *next = vmg->next;

	return next && next->vm_start == vmg->end &&
	       is_mergeable_vma(vmg, /* merge_next = */ true) &&
	       vmg->pgoff + ((vmg->end - vmg->start) >> PAGE_SHIFT) ==
	       next->vm_pgoff;
}

/* Merging prev and next across the range: must they agree on anon_vma? */
static bool can_merge_both_anon(const struct vma_merge_struct *vmg)
{
	return !vmg->prev->anon_vma || !vmg->next->anon_vma ||
	       vmg->prev->anon_vma == vmg->next->anon_vma;
}

/*
 * Before a merge leaves @tgt covering the pages of the VMAs in @srcs, give
 * it an anon_vma from the first of them that has one.  This is the only
 * step of a merge that allocates, and it runs before anything else moves.
 */
static int merge_anon_vma(struct vm_area_struct *tgt,
			  struct vm_area_struct *srcs[], int n)
{
	int i;

	for (i = 0; i < n && !tgt->anon_vma; i++)
		if (srcs[i] && srcs[i]->anon_vma)
			return dup_anon_vma(tgt, srcs[i]);
	return 0;
}

/* ---- merging a new range ---------------------------------------------- */

/*
 * [start, end) is free, between vmg->prev and vmg->next:
 *
 *   | prev |   range   | next |
 *
 * Expand prev over it (and over next, if all three agree), or expand next
 * down over it.
 */
struct vm_area_struct *vma_merge_new_range(struct vma_merge_struct *vmg)
{
	struct mm_struct *mm = vmg->mm;
	struct vm_area_struct *prev = vmg->prev, *next = vmg->next;
	struct vm_area_struct *srcs[2];
	bool left, right;

	vmg->err = 0;
	vmg->middle = NULL;
	if (vmg->flags & VM_SPECIAL)
		return NULL;
	left = can_vma_merge_after(vmg);
	right = can_vma_merge_before(vmg) && (!left || can_merge_both_anon(vmg));
	if (!left && !right)
		return NULL;

	if (left) {
		srcs[0] = right ? next : NULL;
		srcs[1] = vmg->copied_from;
		vmg->err = merge_anon_vma(prev, srcs, 2);
		if (vmg->err)
			return NULL;
		prev->vm_flags |= vmg->flags & VM_STICKY;
		if (right) {
			unsigned long end = next->vm_end;

			prev->vm_flags |= next->vm_flags & VM_STICKY;
			vma_unlink_free(mm, next);
			vma_set_range(mm, prev, prev->vm_start, end, prev->vm_pgoff);
		} else {
			vma_set_range(mm, prev, prev->vm_start, vmg->end,
				      prev->vm_pgoff);
		}
		return prev;
	}
	srcs[0] = vmg->copied_from;
	vmg->err = merge_anon_vma(next, srcs, 1);
	if (vmg->err)
		return NULL;
	next->vm_flags |= vmg->flags & VM_STICKY;
	vma_set_range(mm, next, vmg->start, next->vm_end, vmg->pgoff);
	return next;
}

/* ---- merging an existing range ---------------------------------------- */

/*
 * [start, end) lies inside vmg->middle and is to get vmg->flags.  Merge it
 * into prev and/or next where they agree:
 *
 *   | prev | middle ... |        | ... middle | next |
 *          ^start                              ^end
 *
 * Returns the VMA now covering [start, end), or NULL if no merge applies.
 */
static struct vm_area_struct *vma_merge_existing_range(struct vma_merge_struct *vmg)
{
	struct mm_struct *mm = vmg->mm;
	struct vm_area_struct *middle = vmg->middle;
	struct vm_area_struct *prev = vmg->prev, *next = vmg->next;
	struct vm_area_struct *srcs[2];
	bool left_side = vmg->start == middle->vm_start;
	bool right_side = vmg->end == middle->vm_end;
	bool merge_left, merge_right;
	vm_flags_t sticky = (middle->vm_flags | vmg->flags) & VM_STICKY;

	vmg->err = 0;
	if (vmg->flags & VM_SPECIAL)
		return NULL;
	merge_left = left_side && can_vma_merge_after(vmg);
	merge_right = right_side && can_vma_merge_before(vmg) &&
		      (!merge_left || can_merge_both_anon(vmg));
	if (!merge_left && !merge_right)
		return NULL;

	if (merge_left && merge_right) {
		/* | prev | middle | next | -> | prev ------------- | */
		unsigned long end = next->vm_end;

		srcs[0] = middle;
		srcs[1] = next;
		vmg->err = merge_anon_vma(prev, srcs, 2);
		if (vmg->err)
			return NULL;
		prev->vm_flags |= sticky | (next->vm_flags & VM_STICKY);
		vma_unlink_free(mm, middle);
		vma_unlink_free(mm, next);
		vma_set_range(mm, prev, prev->vm_start, end, prev->vm_pgoff);
		return prev;
	}
	if (merge_left) {
		/* | prev | middle ... | -> | prev -- | ... middle | */
		srcs[0] = middle;
		vmg->err = merge_anon_vma(prev, srcs, 1);
		if (vmg->err)
			return NULL;
		prev->vm_flags |= sticky;
		if (right_side) {
			vma_unlink_free(mm, middle);
		} else {
			vma_set_range(mm, middle, vmg->end, middle->vm_end,
				      middle->vm_pgoff +
				      ((vmg->end - middle->vm_start) >> PAGE_SHIFT));
		}
		vma_set_range(mm, prev, prev->vm_start, vmg->end, prev->vm_pgoff);
		return prev;
	}
	/* | ... middle | next | -> | middle ... | -- next | */
	srcs[0] = middle;
	vmg->err = merge_anon_vma(next, srcs, 1);
	if (vmg->err)
		return NULL;
	next->vm_flags |= sticky;
	if (left_side)
		vma_unlink_free(mm, middle);
	else
		vma_set_range(mm, middle, middle->vm_start, vmg->start,
			      middle->vm_pgoff);
	vma_set_range(mm, next, vmg->start, next->vm_end, vmg->pgoff);
	return next;
}

/*
 * Give [start, end) of vmg->middle the properties of @vmg: merged into a
 * neighbour that has them all, or split off on its own.
 */
static struct vm_area_struct *vma_modify(struct vma_merge_struct *vmg)
{
	struct mm_struct *mm = vmg->mm;
	struct vm_area_struct *vma = vmg->middle, *merged;
	struct vm_area_struct *below = NULL, *above = NULL;
	unsigned long start = vmg->start, end = vmg->end;
	unsigned long max = mm->machine->profile.max_map_count;

	merged = vma_merge_existing_range(vmg);
	if (merged)
		return merged;
	if (vmg->err)
		return ERR_PTR(vmg->err);
	/*
	 * Split off what lies outside [start, end).  Like the kernel, the first
	 * split may succeed where the second finds map_count at its limit; but
	 * both are allocated before either is made.
	 */
	if (vma->vm_start < start) {
		if ((unsigned long)mm->map_count >= max)
			return ERR_PTR(-ENOMEM);
		below = split_prepare(vma);
		if (!below)
			return ERR_PTR(-ENOMEM);
	}
	if (vma->vm_end > end) {
		above = split_prepare(vma);
		if (!above) {
			split_abort(below);
			return ERR_PTR(-ENOMEM);
		}
	}
	if (vma_tree_prealloc(&mm->mm_mt, (below != NULL) + (above != NULL))) {
		split_abort(above);
		split_abort(below);
		return ERR_PTR(-ENOMEM);
	}
	if (below)
		split_commit(mm, vma, below, start, /* new_below = */ true);
	if (above) {
		if ((unsigned long)mm->map_count >= max) {
			split_abort(above);
			return ERR_PTR(-ENOMEM);
		}
		split_commit(mm, vma, above, end, /* new_below = */ false);
	}
	return vma;
}

/* A merge descriptor for [start, end) of @vma, with @vma's properties. */
#define VMG_VMA_STATE(name, mm_, prev_, vma_, start_, end_)			\
	struct vma_merge_struct name = {					\
		.mm = (mm_),							\
		.prev = (start_) == (vma_)->vm_start ? (prev_) : NULL,		\
		.middle = (vma_),						\
		.next = (end_) == (vma_)->vm_end ? vma_next(vma_) : NULL,	\
		.start = (start_),						\
		.end = (end_),							\
		.pgoff = (vma_)->vm_pgoff +					\
			 (((start_) - (vma_)->vm_start) >> PAGE_SHIFT),		\
		.flags = (vma_)->vm_flags,					\
		.file = (vma_)->vm_file,					\
		.anon_vma = (vma_)->anon_vma,					\
		.uffd_ctx = (vma_)->vm_userfaultfd_ctx.ctx,			\
	}

struct vm_area_struct *vma_modify_flags(struct mm_struct *mm,
					struct vm_area_struct *prev,
					struct vm_area_struct *vma,
					unsigned long start, unsigned long end,
					vm_flags_t flags)
{
	VMG_VMA_STATE(vmg, mm, prev, vma, start, end);

	vmg.flags = flags;
	return vma_modify(&vmg);
}

struct vm_area_struct *vma_modify_flags_uffd(struct mm_struct *mm,
					     struct vm_area_struct *prev,
					     struct vm_area_struct *vma,
					     unsigned long start, unsigned long end,
					     vm_flags_t flags,
					     struct userfaultfd_ctx *ctx)
{
	VMG_VMA_STATE(vmg, mm, prev, vma, start, end);

	vmg.flags = flags;
	vmg.uffd_ctx = ctx;
	return vma_modify(&vmg);
}

/*
 * After @vma's range or flags changed as a whole (mremap in place), see
 * whether it now merges with a neighbour.
 */
struct vm_area_struct *vma_merge_neighbours(struct mm_struct *mm,
					   struct vm_area_struct *vma)
{
	struct vma_merge_struct vmg = {
		.mm = mm,
		.prev = vma_prev(vma),
		.middle = vma,
		.next = vma_next(vma),
		.start = vma->vm_start,
		.end = vma->vm_end,
		.pgoff = vma->vm_pgoff,
		.flags = vma->vm_flags,
		.file = vma->vm_file,
		.anon_vma = vma->anon_vma,
		.uffd_ctx = vma->vm_userfaultfd_ctx.ctx,
	};
	struct vm_area_struct *merged = vma_merge_existing_range(&vmg);

	return merged ? merged : vma;
}
