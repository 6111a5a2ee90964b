// SPDX-License-Identifier: MIT
/*
 * mremap(): shrink, expand in place, move (MAYMOVE, FIXED, DONTUNMAP), and
 * the 6.17 move of several VMAs at once.
 */
#include "fs.h"
#include "internal.h"
#include "memory.h"
#include "mm.h"
#include "pgtable_walk.h"
#include "rmap.h"
#include "userfaultfd.h"
#include "vma.h"

enum mremap_type {
	MREMAP_NO_RESIZE,
	MREMAP_SHRINK,
	MREMAP_EXPAND,
};

/* One descriptor through the whole operation (the kernel's vma_remap_struct). */
struct vma_remap_struct {
	struct mm_struct *mm;
	unsigned long addr, old_len, new_len, flags, new_addr;
	struct vm_area_struct *vma;
	enum mremap_type remap_type;
	unsigned long delta;
	bool populate_expand;
};

static bool vrm_implies_new_addr(const struct vma_remap_struct *vrm)
{
	return vrm->flags & (MREMAP_FIXED | MREMAP_DONTUNMAP);
}

static bool vrm_overlaps(const struct vma_remap_struct *vrm)
{
	unsigned long a = vrm->addr, b = vrm->new_addr;

	return a < b + vrm->new_len && b < a + vrm->old_len;
}

static long check_mremap_params(const struct vma_remap_struct *vrm)
{
	const struct mm_struct *mm = vrm->mm;

	if (vrm->flags & ~(unsigned long)(MREMAP_FIXED | MREMAP_MAYMOVE |
					  MREMAP_DONTUNMAP))
		return -EINVAL;
	if (vrm->addr & ~PAGE_MASK)
		return -EINVAL;
	if (!vrm->new_len)
		return -EINVAL;
	if (vrm->new_len > mm->task_size)
		return -EINVAL;
	if (!vrm_implies_new_addr(vrm))
		return 0;
	if (vrm->new_addr > mm->task_size - vrm->new_len)
		return -EINVAL;
	if (vrm->new_addr & ~PAGE_MASK)
		return -EINVAL;
	if (!(vrm->flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if ((vrm->flags & MREMAP_DONTUNMAP) && vrm->old_len != vrm->new_len)
		return -EINVAL;
	if (vrm_overlaps(vrm))
		return -EINVAL;
	/*
	 * A move may split both the source and the destination in three:
	 * refuse up front rather than fail half-way.
	 */
	if ((unsigned long)mm->map_count + 2 >=
	    mm->machine->profile.max_map_count - 3)
		return -ENOMEM;
	return 0;
}

static bool vrm_will_map_new(const struct vma_remap_struct *vrm)
{
	return vrm->remap_type == MREMAP_EXPAND || vrm_implies_new_addr(vrm);
}

static long check_prep_vma(struct vma_remap_struct *vrm)
{
	struct vm_area_struct *vma = vrm->vma;
	unsigned long pgoff, old_len;

	if (!vma)
		return -EFAULT;
	if (vma->vm_flags & VM_SEALED)
		return -EPERM;
	vrm->delta = vrm->new_len > vrm->old_len ? vrm->new_len - vrm->old_len :
						   vrm->old_len - vrm->new_len;
	vrm->remap_type = vrm->old_len == vrm->new_len ? MREMAP_NO_RESIZE :
			  vrm->old_len > vrm->new_len ? MREMAP_SHRINK :
							MREMAP_EXPAND;
	if (!vrm_implies_new_addr(vrm))
		vrm->new_addr = vrm->addr;
	if (!vrm_will_map_new(vrm))
		return 0;
	/* "duplicating" a private mapping would make an unrelated one */
	if (!vrm->old_len && !(vma->vm_flags & (VM_SHARED | VM_MAYSHARE)))
		return -EINVAL;
	if ((vrm->flags & MREMAP_DONTUNMAP) &&
	    (vma->vm_flags & (VM_DONTEXPAND | VM_PFNMAP)))
		return -EINVAL;
	/*
	 * What a shrink unmaps may cross VMA boundaries: only the part that
	 * moves must lie in this VMA, and a shrink needs no more checks.
	 */
	old_len = vrm->remap_type == MREMAP_SHRINK ? vrm->new_len : vrm->old_len;
	if (old_len > vma->vm_end - vrm->addr)
		return -EFAULT;
	if (vrm->new_len == old_len)
		return 0;
	if (vma->vm_flags & VM_LOCKED)
		vrm->populate_expand = true;
	pgoff = linear_page_index(vma, vrm->addr);
	if (pgoff + (vrm->new_len >> PAGE_SHIFT) < pgoff)
		return -EINVAL;
	if (vma->vm_flags & (VM_DONTEXPAND | VM_PFNMAP))
		return -EFAULT;
	return 0;
}

/* ---- moving page tables ------------------------------------------------ */

/*
 * Move a whole PTE table from the PMD slot of @old to the empty PMD slot of
 * @new, as the kernel's move_normal_pmd() does: one pointer, not 512
 * entries.  False if the destination slot is taken or cannot be allocated.
 */
static bool move_pte_table(struct mm_struct *mm, unsigned long old,
			   unsigned long new)
{
	struct pgtable *spmd = pmd_table(mm, old, false);
	struct pgtable *dpmd = pmd_table(mm, new, true);

	if (!spmd || !dpmd || dpmd->next[pmd_index(new)])
		return false;
	dpmd->next[pmd_index(new)] = spmd->next[pmd_index(old)];
	dpmd->nr++;
	spmd->next[pmd_index(old)] = NULL;
	spmd->nr--;
	return true;
}

/*
 * Move the entries of [old, old + len) to [new, new + len).  Where both
 * sides cover whole PTE tables, the table itself changes hands.  Returns
 * the number of bytes moved (short only when out of memory).
 */
static unsigned long move_page_tables(struct mm_struct *mm, unsigned long old,
				      unsigned long new, unsigned long len)
{
	unsigned long done = 0;

	while (done < len) {
		unsigned long o = old + done, n = new + done, skip = old + len;
		unsigned long chunk = pte_table_end(o, old + len) - o;
		struct pgtable *spt, *dpt;

		if (pte_table_end(n, new + len) - n < chunk)
			chunk = pte_table_end(n, new + len) - n;
		spt = pte_table_lookup(mm, o, &skip);
		if (!spt) {
			unsigned long step = (skip > o ? skip : old + len) - o;

			done += step < len - done ? step : len - done;
			continue;
		}
		/*
		 * An empty table moves too (or the destination gets one), as
		 * in move_page_tables(): only a missing table is skipped.
		 */
		if (chunk == PMD_SIZE && !(o & (PMD_SIZE - 1)) &&
		    !(n & (PMD_SIZE - 1)) && move_pte_table(mm, o, n)) {
			done += chunk;
			continue;
		}
		dpt = pte_table_alloc(mm, n);
		if (!dpt)
			break;
		for (unsigned long a = 0; a < chunk; a += PAGE_SIZE) {
			pte_t pte = spt->pte[pte_index(o + a)];

			if (pte_none(pte))
				continue;
			pte_store(spt, o + a, 0);
			pte_store(dpt, n + a, pte);
		}
		done += chunk;
	}
	return done;
}

/*
 * The new VMA at [addr, addr + len) for a move of @vma: merged into a
 * neighbour where possible.  An anonymous VMA that never faulted takes the
 * pgoff of its new place, so that it can merge there; a faulted one keeps
 * its pgoff, which its pages' indices depend on.
 */
static struct vm_area_struct *copy_vma(struct vm_area_struct **vmap,
				       unsigned long addr, unsigned long len,
				       unsigned long pgoff)
{
	struct vm_area_struct *vma = *vmap, *new_vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long vma_start = vma->vm_start;
	struct vma_merge_struct vmg = {
		.mm = mm,
		.start = addr,
		.end = addr + len,
		.flags = vma->vm_flags,
		.file = vma->vm_file,
		.anon_vma = vma->anon_vma,
		.uffd_ctx = vma->vm_userfaultfd_ctx.ctx,
		.copied_from = vma,
	};

	if (vma_is_anonymous(vma) && !vma->anon_vma)
		pgoff = addr >> PAGE_SHIFT;
	vmg.prev = find_vma_prev_of(mm, addr);
	vmg.next = vmg.prev ? vma_next(vmg.prev) : node_vma(mm->mm_mt.first);
	if (vmg.next && vmg.next->vm_start < addr + len)
		return NULL;
	vmg.pgoff = pgoff;
	new_vma = vma_merge_new_range(&vmg);
	if (new_vma) {
		/* an unfaulted VMA may merge with itself, moved next to itself */
		if (vma_start >= new_vma->vm_start && vma_start < new_vma->vm_end)
			*vmap = new_vma;
		return new_vma;
	}
	if (vmg.err)
		return NULL;
	new_vma = vm_area_alloc(mm);
	if (!new_vma)
		return NULL;
	if (vma_tree_prealloc(&mm->mm_mt, 1)) {
		vm_area_free(new_vma);
		return NULL;
	}
	new_vma->vm_start = addr;
	new_vma->vm_end = addr + len;
	new_vma->vm_pgoff = pgoff;
	new_vma->vm_flags = vma->vm_flags;
	new_vma->vm_file = vma->vm_file ? get_file(vma->vm_file) : NULL;
	new_vma->vm_ops = vma->vm_ops;
	new_vma->vm_name = vma->vm_name;
	new_vma->anon_vma = vma->anon_vma;
	new_vma->vm_userfaultfd_ctx = vma->vm_userfaultfd_ctx;
	if (anon_vma_clone(new_vma, vma)) {
		vm_area_free(new_vma);
		return NULL;
	}
	vma_link(mm, new_vma);
	return new_vma;
}

static long move_vma(struct vma_remap_struct *vrm)
{
	struct mm_struct *mm = vrm->mm;
	struct vm_area_struct *vma = vrm->vma, *new_vma;
	unsigned long old_addr = vrm->addr, old_len = vrm->old_len;
	unsigned long pgoff = linear_page_index(vma, old_addr);
	unsigned long moved;
	bool whole;

	if ((unsigned long)mm->map_count >= mm->machine->profile.max_map_count - 3)
		return -ENOMEM;
	new_vma = copy_vma(&vma, vrm->new_addr, vrm->new_len, pgoff);
	if (!new_vma)
		return -ENOMEM;
	vrm->vma = vma;
	moved = move_page_tables(mm, old_addr, vrm->new_addr, old_len);
	/* the new range is accounted either way: unmapping it takes it off */
	if (new_vma->vm_flags & VM_LOCKED)
		mm->locked_vm += vrm->new_len >> PAGE_SHIFT;
	mm->total_vm += vrm->new_len >> PAGE_SHIFT;
	if (moved < old_len) {
		/* put back what moved, then drop the new mapping */
		move_page_tables(mm, vrm->new_addr, old_addr, moved);
		do_munmap(mm, vrm->new_addr, vrm->new_len);
		return -ENOMEM;
	}
	mremap_userfaultfd_prep(new_vma);
	if (vrm->flags & MREMAP_DONTUNMAP) {
		/* the old range stays mapped, empty and unlocked */
		whole = vma->vm_start == old_addr &&
			vma->vm_end == old_addr + old_len;
		/*
		 * The whole source VMA is unlocked, unsplit.  (The kernel leaves
		 * locked_vm alone here; the model keeps it equal to its locked
		 * VMAs, which is all it is used for.)
		 */
		if (vma->vm_flags & VM_LOCKED)
			mm->locked_vm -= vma_pages(vma);
		vma->vm_flags &= ~VM_LOCKED_MASK;
		if (new_vma != vma && whole)
			unlink_anon_vmas(vma);
	} else {
		do_munmap(mm, old_addr, old_len);
	}
	if (vrm->populate_expand && vrm->new_len > old_len)
		mm_populate(mm, vrm->new_addr + old_len, vrm->new_len - old_len);
	return (long)vrm->new_addr;
}

static long vrm_set_new_addr(struct vma_remap_struct *vrm)
{
	unsigned long flags = 0, res;
	unsigned long hint = vrm_implies_new_addr(vrm) ? vrm->new_addr : 0;

	if (vrm->flags & MREMAP_FIXED)
		flags |= MAP_FIXED;
	if (vrm->vma->vm_flags & VM_MAYSHARE)
		flags |= MAP_SHARED;
	res = get_unmapped_area(vrm->mm, vrm->vma->vm_file, hint, vrm->new_len,
				linear_page_index(vrm->vma, vrm->addr), flags);
	if (IS_ERR((void *)res))
		return (long)res;
	vrm->new_addr = res;
	return 0;
}

static bool vma_expandable(struct vm_area_struct *vma, unsigned long delta)
{
	unsigned long end = vma->vm_end + delta;
	struct vm_area_struct *next = vma_next(vma);

	if (end < vma->vm_end)
		return false;
	if (next && next->vm_start < end)
		return false;
	return end <= vma->vm_mm->task_size;
}

static long expand_vma(struct vma_remap_struct *vrm)
{
	struct vm_area_struct *vma = vrm->vma;
	struct mm_struct *mm = vrm->mm;
	long err;

	if (vma->vm_end - vrm->addr == vrm->old_len &&
	    vma_expandable(vma, vrm->delta)) {
		struct vma_merge_struct vmg = {
			.mm = mm,
			.prev = vma,
			.next = vma_next(vma),
			.start = vma->vm_end,
			.end = vma->vm_end + vrm->delta,
			.pgoff = vma->vm_pgoff + vma_pages(vma),
			.flags = vma->vm_flags,
			.file = vma->vm_file,
			.anon_vma = vma->anon_vma,
			.uffd_ctx = vma->vm_userfaultfd_ctx.ctx,
		};

		vma = vma_merge_new_range(&vmg);
		if (!vma)
			return -ENOMEM;
		mm->total_vm += vrm->delta >> PAGE_SHIFT;
		if (vma->vm_flags & VM_LOCKED) {
			mm->locked_vm += vrm->delta >> PAGE_SHIFT;
			mm_populate(mm, vrm->addr + vrm->old_len, vrm->delta);
		}
		return (long)vrm->addr;
	}
	if (!(vrm->flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	err = vrm_set_new_addr(vrm);
	if (err)
		return err;
	return move_vma(vrm);
}

static long mremap_at(struct vma_remap_struct *vrm)
{
	long err;

	switch (vrm->remap_type) {
	case MREMAP_NO_RESIZE:
		return (long)vrm->addr;
	case MREMAP_SHRINK:
		err = do_munmap(vrm->mm, vrm->addr + vrm->new_len, vrm->delta);
		return err ? err : (long)vrm->addr;
	case MREMAP_EXPAND:
		return expand_vma(vrm);
	}
	return -EINVAL;
}

static long mremap_to(struct vma_remap_struct *vrm)
{
	struct mm_struct *mm = vrm->mm;
	long err;

	if (vrm->flags & MREMAP_FIXED) {
		err = do_munmap(mm, vrm->new_addr, vrm->new_len);
		if (err)
			return err;
		vrm->vma = vma_lookup(mm, vrm->addr);
		if (!vrm->vma)
			return -EFAULT;
	}
	if (vrm->remap_type == MREMAP_SHRINK) {
		err = do_munmap(mm, vrm->addr + vrm->new_len, vrm->delta);
		if (err)
			return err;
		vrm->old_len = vrm->new_len;
		vrm->vma = vma_lookup(mm, vrm->addr);
	}
	err = vrm_set_new_addr(vrm);
	if (err)
		return err;
	return move_vma(vrm);
}

/*
 * May a move take this VMA along with others?  Not one registered with a
 * userfaultfd: its reader would have to hear of each move in turn.  (Every
 * file the model has, disk file or shmem, places a fixed address where
 * asked, the other condition of the kernel's vma_multi_allowed().)
 */
static bool vma_multi_allowed(const struct vm_area_struct *vma)
{
	return !userfaultfd_armed(vma);
}

/*
 * MREMAP_FIXED without a size change moves every VMA in the range, keeping
 * the gaps between them; a gap at the start is -EFAULT, and so is a
 * userfaultfd-registered VMA among several (after the ones before it
 * moved).
 */
static long remap_move(struct vma_remap_struct *vrm)
{
	unsigned long start = vrm->addr, end = vrm->addr + vrm->old_len;
	unsigned long target = vrm->new_addr, last_end = 0;
	struct vm_area_struct *vma;
	bool seen = false;
	long res = -EFAULT;

	/*
	 * Walk on from where the last VMA ended, as the kernel's iterator
	 * does: a moved VMA may have merged back over that point (a
	 * DONTUNMAP move next to its source), and must not be met again.
	 */
	for (vma = find_vma(vrm->mm, start); vma && vma->vm_start < end;
	     vma = last_end < end ? find_vma(vrm->mm, last_end) : NULL) {
		unsigned long addr = vma->vm_start > start ? vma->vm_start : start;
		unsigned long len = (end < vma->vm_end ? end : vma->vm_end) - addr;
		unsigned long offset;
		long r;

		if (!seen && start < vma->vm_start)
			return -EFAULT;
		/* alone, a registered VMA moves; with others, not */
		if (!vma_multi_allowed(vma) && (seen || vma->vm_end < end))
			return -EFAULT;
		offset = seen ? vma->vm_start - last_end : 0;
		last_end = vma->vm_end;
		vrm->vma = vma;
		vrm->addr = addr;
		vrm->new_addr = target + offset;
		vrm->old_len = vrm->new_len = len;
		r = check_prep_vma(vrm);
		if (!r)
			r = mremap_to(vrm);
		if (r < 0)
			return r;
		if (!seen)
			res = r;
		seen = true;
		target = (unsigned long)r + len;
	}
	return res;
}

long mmsim_mremap(struct mmsim_process *p, unsigned long addr,
		  unsigned long old_len, unsigned long new_len,
		  unsigned long flags, unsigned long new_addr)
{
	struct vma_remap_struct vrm = {
		.mm = p->mm,
		.addr = addr,
		.old_len = page_align(old_len),
		.new_len = page_align(new_len),
		.flags = flags,
		.new_addr = new_addr,
	};
	long res;

	res = check_mremap_params(&vrm);
	if (res)
		goto out;
	if ((flags & MREMAP_FIXED) && vrm.old_len == vrm.new_len) {
		res = remap_move(&vrm);
		goto out;
	}
	vrm.vma = vma_lookup(p->mm, addr);
	res = check_prep_vma(&vrm);
	if (res)
		goto out;
	res = vrm_implies_new_addr(&vrm) ? mremap_to(&vrm) : mremap_at(&vrm);
out:
	mm_debug_validate(p->machine);
	return res;
}
