/* SPDX-License-Identifier: MIT */
/*
 * The VMA tree: the model's stand-in for the kernel's maple tree.
 *
 * A treap ordered by vm_start, augmented with the largest free gap below any
 * VMA of a subtree, so that lookups, insertion, removal and the top-down
 * search for a free range are all O(log n) expected.  The VMAs are also
 * threaded on a doubly-linked list in address order, which makes the
 * neighbours that merging needs O(1) to reach.
 *
 * This header includes nothing but the standard headers, so that the tree
 * is unit-testable on its own (tests/unit/test_vma_tree.c).
 */
#ifndef MMSIM_MM_VMA_TREE_H
#define MMSIM_MM_VMA_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The part of a VMA that the tree owns. */
struct vma_node {
	unsigned long start, end;	/* [start, end), mirrors vm_start/vm_end */
	struct vma_node *left, *right;	/* treap children */
	struct vma_node *prev, *next;	/* address order */
	uint32_t prio;			/* treap heap key */
	unsigned long gap;		/* start - prev->end, or start if first */
	unsigned long subtree_gap;	/* max gap in this subtree */
};

/* Where the tree's nodes would come from: the machine's allocator, which can fail. */
struct vma_tree_ops {
	void *(*alloc)(void *ctx, size_t size);
	void (*free)(void *ctx, void *p);
};

struct vma_tree {
	struct vma_node *root;
	struct vma_node *first, *last;
	struct vma_node *cache;		/* the last node vma_tree_find() found */
	unsigned long count;
	uint32_t seed;			/* deterministic priorities */
	const struct vma_tree_ops *ops;
	void *ctx;
};

void vma_tree_init(struct vma_tree *t, const struct vma_tree_ops *ops, void *ctx);

/* Free what the tree allocated; the VMAs are the caller's. */
void vma_tree_destroy(struct vma_tree *t);

/*
 * Make sure that the next @inserts insertions cannot fail, whatever
 * removals and resizes come between them: a tree that allocates nodes
 * (a B-tree) takes them here, before the caller changes anything, as the
 * kernel's vma_iter_prealloc() does.  Returns 0, or -1 if an allocation
 * failed.  The treap allocates nothing.
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
 *  - no node of @t intersects [n->start, n->end).
 */
void vma_tree_insert(struct vma_tree *t, struct vma_node *n);

/* Remove @n, which must be in @t. */
void vma_tree_remove(struct vma_tree *t, struct vma_node *n);

/*
 * Make the tree agree with a change of n->start and/or n->end made in place
 * (expand, shrink, split).  The change must keep the node's order among its
 * neighbours and must not make it overlap them.
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
 * Check order, bounds, list threading, heap order and augmentation.
 * Returns 0, or -1 with a sentence in @msg.
 */
int vma_tree_validate(const struct vma_tree *t, char *msg, unsigned long len);

#endif /* MMSIM_MM_VMA_TREE_H */
