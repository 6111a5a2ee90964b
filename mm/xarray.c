// SPDX-License-Identifier: MIT
/*
 * The sparse array behind the page cache: a radix tree of 64-slot nodes
 * that grows upward as larger indices arrive and frees nodes as they empty.
 */
#include <errno.h>
#include <stddef.h>

#include "internal.h"
#include "xarray.h"

/* The largest index a root node of @shift can hold. */
static unsigned long node_max(unsigned int shift)
{
	if (shift + XA_CHUNK_SHIFT >= 64)
		return ~0UL;
	return (XA_CHUNK_SIZE << shift) - 1;
}

static unsigned int node_slot(const struct xa_node *n, unsigned long index)
{
	return (index >> n->shift) & (XA_CHUNK_SIZE - 1);
}

static struct xa_node *node_alloc(struct mmsim_machine *m, unsigned int shift,
				  struct xa_node *parent, unsigned int offset)
{
	struct xa_node *n = mm_alloc(m, sizeof(*n));

	if (!n)
		return NULL;
	n->shift = (unsigned char)shift;
	n->parent = parent;
	n->offset = (unsigned char)offset;
	return n;
}

/* Free @n and every ancestor that it leaves empty. */
static void prune(struct xarray *xa, struct xa_node *n)
{
	while (n && !n->count) {
		struct xa_node *parent = n->parent;

		if (parent) {
			parent->slots[n->offset] = NULL;
			parent->count--;
		} else {
			xa->root = NULL;
		}
		mm_free(n);
		n = parent;
	}
}

void *xa_load(const struct xarray *xa, unsigned long index)
{
	const struct xa_node *n = xa->root;

	if (!n || index > node_max(n->shift))
		return NULL;
	for (;;) {
		void *slot = n->slots[node_slot(n, index)];

		if (!n->shift || !slot)
			return slot;
		n = slot;
	}
}

/* Make the root tall enough for @index. */
static int grow(struct xarray *xa, unsigned long index, struct mmsim_machine *m)
{
	if (!xa->root) {
		unsigned int shift = 0;

		while (index > node_max(shift))
			shift += XA_CHUNK_SHIFT;
		xa->root = node_alloc(m, shift, NULL, 0);
		return xa->root ? 0 : -ENOMEM;
	}
	while (index > node_max(xa->root->shift)) {
		struct xa_node *old = xa->root;
		struct xa_node *n = node_alloc(m, old->shift + XA_CHUNK_SHIFT,
					       NULL, 0);

		/* a taller root holding the same entries is still a valid tree */
		if (!n)
			return -ENOMEM;
		n->slots[0] = old;
		n->count = 1;
		old->parent = n;
		old->offset = 0;
		xa->root = n;
	}
	return 0;
}

int xa_store(struct xarray *xa, unsigned long index, void *entry,
	     struct mmsim_machine *m)
{
	struct xa_node *n;

	if (grow(xa, index, m))
		return -ENOMEM;
	n = xa->root;
	while (n->shift) {
		unsigned int i = node_slot(n, index);

		if (!n->slots[i]) {
			struct xa_node *child = node_alloc(m, n->shift - XA_CHUNK_SHIFT,
							   n, i);

			if (!child) {
				prune(xa, n);
				return -ENOMEM;
			}
			n->slots[i] = child;
			n->count++;
		}
		n = n->slots[i];
	}
	if (!n->slots[node_slot(n, index)]) {
		n->count++;
		xa->nr++;
	}
	n->slots[node_slot(n, index)] = entry;
	return 0;
}

int xa_store_range(struct xarray *xa, unsigned long first, unsigned long last,
		   void *entry, struct mmsim_machine *m)
{
	unsigned long i;

	for (i = first; i <= last; i++) {
		if (xa_store(xa, i, entry, m)) {
			while (i-- > first)
				xa_erase(xa, i);
			return -ENOMEM;
		}
		if (i == ~0UL)
			break;
	}
	return 0;
}

void *xa_erase(struct xarray *xa, unsigned long index)
{
	struct xa_node *n = xa->root;
	void *entry;

	if (!n || index > node_max(n->shift))
		return NULL;
	while (n->shift) {
		n = n->slots[node_slot(n, index)];
		if (!n)
			return NULL;
	}
	entry = n->slots[node_slot(n, index)];
	if (!entry)
		return NULL;
	n->slots[node_slot(n, index)] = NULL;
	n->count--;
	xa->nr--;
	prune(xa, n);
	return entry;
}

static void *node_find(const struct xa_node *n, unsigned long base,
		       unsigned long *index, unsigned long max)
{
	unsigned long i = *index > base ? (*index - base) >> n->shift : 0;

	for (; i < XA_CHUNK_SIZE; i++) {
		unsigned long b = base + (i << n->shift);
		void *slot = n->slots[i];

		if (b > max)
			break;
		if (!slot)
			continue;
		if (!n->shift) {
			*index = b;
			return slot;
		}
		slot = node_find(slot, b, index, max);
		if (slot)
			return slot;
	}
	return NULL;
}

void *xa_find(const struct xarray *xa, unsigned long *index, unsigned long max)
{
	if (!xa->root || *index > max || *index > node_max(xa->root->shift))
		return NULL;
	return node_find(xa->root, 0, index, max);
}

static void node_destroy(struct xa_node *n)
{
	unsigned int i;

	if (n->shift)
		for (i = 0; i < XA_CHUNK_SIZE; i++)
			if (n->slots[i])
				node_destroy(n->slots[i]);
	mm_free(n);
}

void xa_destroy(struct xarray *xa)
{
	if (xa->root)
		node_destroy(xa->root);
	xa_init(xa);
}
