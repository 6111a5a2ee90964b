/* SPDX-License-Identifier: MIT */
/*
 * A sparse array of pointers indexed by unsigned long: the model's page
 * cache (pgoff -> folio) and a file's blocks on "disk" live in one.
 *
 * A radix tree of 64-slot nodes, as the kernel's XArray is, without its
 * locking, marks or multi-index entries: a large folio is stored in each
 * slot it covers.  Lookups and stores cost O(log64 index); storing may
 * allocate and fail, erasing never fails.
 *
 * Entries with the low bit pair 0b10 are "values" (xa_mk_value), for
 * callers that keep small numbers rather than pointers.
 */
#ifndef MMSIM_MM_XARRAY_H
#define MMSIM_MM_XARRAY_H

#include <stdbool.h>
#include <stdint.h>

struct mmsim_machine;

#define XA_CHUNK_SHIFT	6
#define XA_CHUNK_SIZE	(1UL << XA_CHUNK_SHIFT)

struct xa_node {
	unsigned char shift;		/* index bits below this node's slots */
	unsigned char offset;		/* slot in the parent */
	unsigned char count;		/* slots in use */
	struct xa_node *parent;
	void *slots[XA_CHUNK_SIZE];
};

struct xarray {
	struct xa_node *root;		/* NULL: empty */
	unsigned long nr;		/* entries stored */
};

static inline void *xa_mk_value(unsigned long v)
{
	return (void *)((v << 2) | 2);
}

static inline bool xa_is_value(const void *entry)
{
	return ((uintptr_t)entry & 3) == 2;
}

static inline unsigned long xa_to_value(const void *entry)
{
	return (uintptr_t)entry >> 2;
}

static inline void xa_init(struct xarray *xa)
{
	xa->root = NULL;
	xa->nr = 0;
}

static inline bool xa_empty(const struct xarray *xa)
{
	return !xa->root;
}

void *xa_load(const struct xarray *xa, unsigned long index);
/* Store @entry (not NULL) at @index: 0, or -ENOMEM with @xa unchanged. */
int xa_store(struct xarray *xa, unsigned long index, void *entry,
	     struct mmsim_machine *m);
/* Store @entry at [first, last]: all or nothing. */
int xa_store_range(struct xarray *xa, unsigned long first, unsigned long last,
		   void *entry, struct mmsim_machine *m);
/* Remove the entry at @index, if any, and return it. */
void *xa_erase(struct xarray *xa, unsigned long index);
/*
 * The first entry at an index in [*index, max], with *index set to that
 * index; NULL if there is none.
 */
void *xa_find(const struct xarray *xa, unsigned long *index, unsigned long max);
/* Free every node; the entries are the caller's. */
void xa_destroy(struct xarray *xa);

#endif
