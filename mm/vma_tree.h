/* SPDX-License-Identifier: MIT */
/*
 * The VMA tree: the model's stand-in for the kernel's maple tree.
 *
 * A B-tree of VMAs by address, 16 slots a node, every leaf at the same
 * depth: five levels hold 60,000 VMAs, six a million.  Each slot keeps the
 * end of the last VMA under it (the search key, a maple tree pivot) and the
 * largest free gap under it, so that lookups, insertion, removal and the
 * top-down search for a free range are all O(log n), a few node visits
 * each.  The VMAs are also threaded on a doubly-linked list in address
 * order, which makes the neighbours that merging needs O(1) to reach.
 *
 * The tree allocates its nodes itself, and an insertion may split a node
 * at every level.  Like the kernel (vma_iter_prealloc()), a caller makes
 * those allocations before it changes anything: vma_tree_prealloc() fills
 * a per-tree reserve, from which insertion takes what it needs and cannot
 * fail.  Removal and resizing never allocate.  An insertion that no
 * vma_tree_prealloc() covered shows in vma_tree_validate().
 *
 * This header includes nothing but the standard headers, so that the tree
 * is unit-testable on its own (tests/unit/test_vma_tree.c).
 */
#ifndef MMSIM_MM_VMA_TREE_H
#define MMSIM_MM_VMA_TREE_H

#include <stdbool.h>
#include <stddef.h>

/* The part of a VMA that the tree owns. */
struct vma_node {
	unsigned long start, end;	/* [start, end), mirrors vm_start/vm_end */
	struct vma_node *prev, *next;	/* address order */
};

/* Where the tree's nodes come from: the machine's allocator, which can fail. */
struct vma_tree_ops {
	void *(*alloc)(void *ctx, size_t size);
	void (*free)(void *ctx, void *p);
};

struct vma_tree_node;		/* private to vma_tree.c */

struct vma_tree {
	struct vma_tree_node *root;
	unsigned int height;		/* levels, leaves included; 0 when empty */
	struct vma_node *first, *last;
	struct vma_node *cache;		/* the last node vma_tree_find() found */
	unsigned long count;

	/* preallocation: reserve >= what @budget insertions may need */
	struct vma_tree_node *reserve;	/* free nodes, chained through slot 0 */
	unsigned int nr_reserve;
	unsigned int budget;		/* insertions vma_tree_prealloc() covered */
	unsigned long unreserved;	/* insertions it did not: caller bugs */
	const struct vma_tree_ops *ops;
	void *ctx;
};

void vma_tree_init(struct vma_tree *t, const struct vma_tree_ops *ops, void *ctx);

/* Free the reserve and every node; the VMAs are the caller's. */
void vma_tree_destroy(struct vma_tree *t);

/*
 * Make sure that the next @inserts insertions cannot fail, whatever
 * removals and resizes come between them (and whatever other calls to
 * vma_tree_prealloc(), which never lower the guarantee).  Returns 0, or
 * -1 if an allocation failed; the tree is unchanged either way, apart from
 * the reserve.
 */
int vma_tree_prealloc(struct vma_tree *t, unsigned int inserts);

/*
 * The first node with end > addr, or NULL (the kernel's find_vma()).
 * Remembers what it found: system calls look the same address up several
 * times, and accesses look up page after page of one VMA.
 */
struct vma_node *vma_tree_find(struct vma_tree *t, unsigned long addr);

/* The node containing addr, or NULL. */
struct vma_node *vma_tree_lookup(struct vma_tree *t, unsigned long addr);

/*
 * Insert @n, whose [start, end) must not overlap any node.
 * ASSUMPTIONS:
 *  - n->start < n->end;
 *  - no node of @t intersects [n->start, n->end);
 *  - vma_tree_prealloc() covered this insertion.
 */
void vma_tree_insert(struct vma_tree *t, struct vma_node *n);

/* Remove @n, which must be in @t.  Never fails. */
void vma_tree_remove(struct vma_tree *t, struct vma_node *n);

/*
 * Make the tree agree with a change of n->start and/or n->end made in place
 * (expand, shrink, split).
 * ASSUMPTIONS:
 *  - the new range keeps the node's order among its neighbours and does
 *    not overlap them;
 *  - the new start lies below the old end (a resize, not a move).
 */
void vma_tree_update(struct vma_tree *t, struct vma_node *n);

/*
 * Top-down search for a free range of @len bytes inside [low, high): the
 * highest address a such that [a, a + len) is free and low <= a,
 * a + len <= high.  Returns 0 on success with *addr set, -1 if none.
 */
int vma_tree_gap_topdown(const struct vma_tree *t, unsigned long len,
			 unsigned long low, unsigned long high,
			 unsigned long *addr);

/*
 * Check order, bounds, list threading, node fill, leaf depth, pivots, the
 * gap augmentation and the reserve.  Returns 0, or -1 with a sentence in
 * @msg.
 */
int vma_tree_validate(const struct vma_tree *t, char *msg, unsigned long len);

#endif /* MMSIM_MM_VMA_TREE_H */
