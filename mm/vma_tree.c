// SPDX-License-Identifier: MIT
/*
 * The VMA tree: a B-tree of VMAs by address, augmented with free gaps.
 *
 * Every node, leaf or not, is three arrays of SLOTS entries:
 *
 *   pivot[i]  the end of the last VMA under slot i, so that slot i holds
 *             the VMAs ending in (pivot[i - 1], pivot[i]]; the unused slots
 *             hold ULONG_MAX, so that a search may look at all SLOTS;
 *   gap[i]    in a leaf, the free gap below VMA i (its start minus the end
 *             of the VMA before it, or its start if it is the first); above
 *             the leaves, the largest gap under child i;
 *   slot[i]   the VMA (struct vma_node) in a leaf, the child above.
 *
 *            +---------------------------------------+
 *   pivots   |  0x5000   |  0x9000  |   0xf000  | MAX | ...
 *   gaps     |  0x3000   |  0x1000  |   0x4000  |  0  |
 *            +-----|-----------|----------|----------+
 *                  v           v          v
 *        [VMAs ending <= 0x5000] ...  [VMAs ending in (0x9000, 0xf000]]
 *
 * The gaps under slot i all lie in [pivot[i - 1], pivot[i]), so the
 * top-down search for a free range knows where a child's gaps are, and how
 * large the largest is, without visiting it.
 *
 * Why a B-tree: with 16 slots a node the tree is five levels deep at 60,000
 * VMAs and six at a million, and a node's pivots sit in two cache lines, so
 * a walk from the root is a handful of node visits where a binary tree
 * makes twenty-odd dependent loads.  The kernel's maple tree made the same
 * choice.  The shape is a function of the operations alone: every run
 * builds the same tree.
 *
 * The price is allocation: an insertion may split a node on every level
 * and add a root, height + 1 nodes.  vma_tree_prealloc() puts them in a
 * reserve before the caller changes anything; the reserve keeps the nodes
 * that removals free, so that in a steady state nothing is allocated.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vma_tree.h"

#define SLOTS		16
#define MIN_SLOTS	(SLOTS / 2)	/* the least a node other than the root holds */
#define MAX_HEIGHT	24		/* MIN_SLOTS^23 VMAs would not fit in memory */
#define RESERVE_KEEP	3		/* the reserve keeps what 3 insertions may need */

struct vma_tree_node {
	unsigned long pivot[SLOTS];
	unsigned long gap[SLOTS];
	void *slot[SLOTS];
	unsigned int nr;		/* slots in use */
	unsigned int level;		/* 0 for a leaf, its children's + 1 above */
};

/* A walk from the root: the node at each depth and the slot taken there. */
struct path {
	struct vma_tree_node *node[MAX_HEIGHT];
	unsigned int slot[MAX_HEIGHT];
};

static _Noreturn void tree_bug(const char *what, const struct vma_node *n)
{
	fprintf(stderr, "vma_tree: %s [%#lx, %#lx)\n", what, n->start, n->end);
	abort();
}

static unsigned long gap_below(const struct vma_node *n)
{
	return n->start - (n->prev ? n->prev->end : 0);
}

/* ---- nodes ------------------------------------------------------------ */

/* Clear slots [from, SLOTS) and make @from the count. */
static void node_trim(struct vma_tree_node *x, unsigned int from)
{
	unsigned int i;

	for (i = from; i < SLOTS; i++) {
		x->pivot[i] = ULONG_MAX;
		x->gap[i] = 0;
		x->slot[i] = NULL;
	}
	x->nr = from;
}

/*
 * How many pivots of @x are <= @key: the slot of the first VMA that ends
 * above key.  A binary search over all SLOTS, which the ULONG_MAX in the
 * unused slots makes correct.  It branches on purpose: walks repeat their
 * paths (a system call's lookups, mmap's placement and insertion, a
 * munmap of what was just mapped), and predicted branches let the CPU run
 * ahead into the next node, where a branch-free search makes each of its
 * steps wait for the load before: that made mmap + munmap 11% slower among
 * 60,000 VMAs and among a million, for no fewer instructions.
 */
static unsigned int rank(const struct vma_tree_node *x, unsigned long key)
{
	unsigned int r = 0, half;

#pragma GCC unroll 8
	for (half = SLOTS / 2; half; half /= 2)
		if (x->pivot[r + half - 1] <= key)
			r += half;
	if (x->pivot[r] <= key)
		r++;
	return r;
}

/* The largest gap under @x: over all SLOTS (unused ones hold 0), in two chains. */
static unsigned long node_max_gap(const struct vma_tree_node *x)
{
	unsigned long a = 0, b = 0;
	unsigned int i;

#pragma GCC unroll 8
	for (i = 0; i < SLOTS; i += 2) {
		a = x->gap[i] > a ? x->gap[i] : a;
		b = x->gap[i + 1] > b ? x->gap[i + 1] : b;
	}
	return a > b ? a : b;
}

/* Recompute the entry of @parent's slot @s from the child there. */
static bool pull(struct vma_tree_node *parent, unsigned int s)
{
	const struct vma_tree_node *c = parent->slot[s];
	unsigned long pivot = c->pivot[c->nr - 1], gap = node_max_gap(c);
	bool changed = parent->pivot[s] != pivot || parent->gap[s] != gap;

	parent->pivot[s] = pivot;
	parent->gap[s] = gap;
	return changed;
}

static void move_entries(struct vma_tree_node *dst, unsigned int d,
			 struct vma_tree_node *src, unsigned int s, unsigned int n)
{
	memmove(&dst->pivot[d], &src->pivot[s], n * sizeof(dst->pivot[0]));
	memmove(&dst->gap[d], &src->gap[s], n * sizeof(dst->gap[0]));
	memmove(&dst->slot[d], &src->slot[s], n * sizeof(dst->slot[0]));
}

/* Put an entry at @pos of @x, which has room. */
static void node_insert(struct vma_tree_node *x, unsigned int pos,
			unsigned long pivot, unsigned long gap, void *slot)
{
	move_entries(x, pos + 1, x, pos, x->nr - pos);
	x->pivot[pos] = pivot;
	x->gap[pos] = gap;
	x->slot[pos] = slot;
	x->nr++;
}

static void node_delete(struct vma_tree_node *x, unsigned int pos)
{
	unsigned int last = --x->nr;

	move_entries(x, pos, x, pos + 1, last - pos);
	x->pivot[last] = ULONG_MAX;
	x->gap[last] = 0;
	x->slot[last] = NULL;
}

/* ---- the reserve ------------------------------------------------------ */

/* Insertion j of @inserts may split every level and add a root. */
static unsigned long nodes_needed(unsigned int height, unsigned int inserts)
{
	unsigned long k = inserts;

	return k * (height + 1) + (k ? k * (k - 1) / 2 : 0);
}

static void reserve_push(struct vma_tree *t, struct vma_tree_node *x)
{
	x->slot[0] = t->reserve;
	t->reserve = x;
	t->nr_reserve++;
}

int vma_tree_prealloc(struct vma_tree *t, unsigned int inserts)
{
	unsigned int budget = inserts;
	unsigned long want;

	if (inserts <= t->budget)
		return 0;	/* the reserve covers t->budget already */
	want = nodes_needed(t->height, budget);
	while (t->nr_reserve < want) {
		struct vma_tree_node *x = t->ops->alloc(t->ctx, sizeof(*x));

		if (!x)
			return -1;
		reserve_push(t, x);
	}
	t->budget = budget;
	return 0;
}

/*
 * A node from the reserve.  Only an insertion that vma_tree_prealloc() did
 * not cover can find it short; validation reports those, and here the
 * tree can only allocate or stop.
 */
static struct vma_tree_node *node_get(struct vma_tree *t, unsigned int level)
{
	struct vma_tree_node *x = t->reserve;

	if (x) {
		t->reserve = x->slot[0];
		t->nr_reserve--;
	} else {
		x = t->ops->alloc(t->ctx, sizeof(*x));
		if (!x) {
			fprintf(stderr, "vma_tree: insertion without preallocation, out of memory\n");
			abort();
		}
	}
	node_trim(x, 0);
	x->level = level;
	return x;
}

static void node_put(struct vma_tree *t, struct vma_tree_node *x)
{
	unsigned int keep = t->budget > RESERVE_KEEP ? t->budget : RESERVE_KEEP;

	if (t->nr_reserve < nodes_needed(t->height, keep))
		reserve_push(t, x);
	else
		t->ops->free(t->ctx, x);
}

void vma_tree_init(struct vma_tree *t, const struct vma_tree_ops *ops, void *ctx)
{
	memset(t, 0, sizeof(*t));
	t->ops = ops;
	t->ctx = ctx;
}

static void free_subtree(struct vma_tree *t, struct vma_tree_node *x)
{
	unsigned int i;

	if (x->level)
		for (i = 0; i < x->nr; i++)
			free_subtree(t, x->slot[i]);
	t->ops->free(t->ctx, x);
}

void vma_tree_destroy(struct vma_tree *t)
{
	struct vma_tree_node *x;

	if (t->root)
		free_subtree(t, t->root);
	while ((x = t->reserve)) {
		t->reserve = x->slot[0];
		t->ops->free(t->ctx, x);
	}
	vma_tree_init(t, t->ops, t->ctx);
}

/* ---- lookup ----------------------------------------------------------- */

/*
 * The cached node answers for @addr when addr lies below its end and not
 * below its predecessor's end; its successor answers when addr lies in
 * [c->end, next->end).  The tests read the live list, so insertions and
 * resizes never make the cache lie; only the removal of the cached node
 * must move it.  (The kernel kept such a cache, mmap_cache and later the
 * per-thread vmacache; here it saves the walk from the root for the
 * lookups a system call repeats, and for accesses page after page.)
 */
static struct vma_node *cache_find(const struct vma_node *c, unsigned long addr)
{
	if (!c)
		return NULL;
	if (addr < c->end)
		return !c->prev || c->prev->end <= addr ? (struct vma_node *)c : NULL;
	return c->next && addr < c->next->end ? c->next : NULL;
}

struct vma_node *vma_tree_find(struct vma_tree *t, unsigned long addr)
{
	struct vma_node *n = cache_find(t->cache, addr);
	const struct vma_tree_node *x = t->root;
	unsigned int s;

	if (n)
		return t->cache = n;
	if (!x)
		return NULL;
	for (;;) {
		s = rank(x, addr);
		if (s >= x->nr)
			return NULL;	/* (only at the root: below it, a child ends above addr) */
		if (!x->level)
			return t->cache = x->slot[s];
		x = x->slot[s];
	}
}

struct vma_node *vma_tree_lookup(struct vma_tree *t, unsigned long addr)
{
	struct vma_node *n = vma_tree_find(t, addr);

	return n && n->start <= addr ? n : NULL;
}

/*
 * Walk from the root to the leaf slot of the first VMA that ends above
 * @key, recording the path; where no VMA does, to the end of the last
 * leaf.  For a VMA in the tree and its start, that is the VMA's slot; for
 * a free address, where a VMA there would go.
 */
static void descend(const struct vma_tree *t, unsigned long key, struct path *p)
{
	struct vma_tree_node *x = t->root;
	unsigned int depth, s;

	for (depth = 0; x->level; depth++) {
		s = rank(x, key);
		if (s >= x->nr)
			s = x->nr - 1;
		p->node[depth] = x;
		p->slot[depth] = s;
		x = x->slot[s];
	}
	s = rank(x, key);
	p->node[depth] = x;
	p->slot[depth] = s < x->nr ? s : x->nr;
}

/* The leaf depth of a path to @n, which must be in the tree. */
static unsigned int descend_to(const struct vma_tree *t, struct vma_node *n,
			       struct path *p)
{
	unsigned int leaf = t->height - 1;

	if (!t->root)
		tree_bug("node not in an empty tree", n);
	descend(t, n->start, p);
	if (p->slot[leaf] >= p->node[leaf]->nr ||
	    p->node[leaf]->slot[p->slot[leaf]] != n)
		tree_bug("node not in the tree", n);
	return leaf;
}

/*
 * The node at @depth of path @p changed, and its largest gap is now @max:
 * bring the entries above it up to date.  @part is the depth where the
 * path's nodes may have changed in other slots too (a successor's gap, in
 * another subtree); above and below it, a node changed in the path's slot
 * alone, so that its new largest gap follows from its old one, kept in the
 * entry above it: the new value if that is larger, the old maximum if the
 * slot did not hold it, and only if the maximum fell, a rescan (the maple
 * tree's mas_parent_gap()).  Above @part, the walk stops at the first entry
 * that comes out the same.
 */
static void pull_path(struct path *p, unsigned int depth, unsigned int part,
		      unsigned long max)
{
	while (depth-- > 0) {
		struct vma_tree_node *x = p->node[depth];
		const struct vma_tree_node *c = p->node[depth + 1];
		unsigned int s = p->slot[depth];
		unsigned long old = x->gap[s], pivot = c->pivot[c->nr - 1], xmax;

		if (old == max && x->pivot[s] == pivot && depth < part)
			return;
		x->pivot[s] = pivot;
		x->gap[s] = max;
		if (!depth)
			return;
		xmax = p->node[depth - 1]->gap[p->slot[depth - 1]];
		if (depth == part)
			xmax = node_max_gap(x);
		else if (max >= xmax)
			xmax = max;
		else if (old == xmax)
			xmax = node_max_gap(x);
		max = xmax;
	}
}

/*
 * The largest gap of the node at @depth of @p once some of its gaps have
 * changed, from its largest before (in the entry above it): @new_max is
 * the largest of the new values, @lost whether one of the old values was
 * that largest.  Only a maximum that fell costs a rescan.
 */
static unsigned long max_after(const struct path *p, unsigned int depth,
			       unsigned long new_max, bool lost)
{
	unsigned long max;

	if (!depth)
		return 0;	/* the root's largest gap is kept nowhere */
	max = p->node[depth - 1]->gap[p->slot[depth - 1]];
	if (new_max >= max)
		return new_max;
	return lost ? node_max_gap(p->node[depth]) : max;
}

/* Was @gap the largest of the node at @depth of @p? */
static bool was_max(const struct path *p, unsigned int depth, unsigned long gap)
{
	return depth && gap == p->node[depth - 1]->gap[p->slot[depth - 1]];
}

/*
 * The successor of the VMA at the end of the leaf of @p lives at the start
 * of another leaf: below the depth where the two paths part, at the slot
 * after @p's, and then at slot 0 all the way down.  Fill in that path at
 * the depths below the parting one, which is returned.
 */
static unsigned int successor_path(const struct path *p, unsigned int leaf,
				   struct path *q)
{
	unsigned int part = leaf, depth;

	while (part-- > 0)
		if (p->slot[part] + 1 < p->node[part]->nr)
			break;
	q->node[part] = p->node[part];
	q->slot[part] = p->slot[part] + 1;
	for (depth = part + 1; depth <= leaf; depth++) {
		q->node[depth] = q->node[depth - 1]->slot[q->slot[depth - 1]];
		q->slot[depth] = 0;
	}
	return part;
}

/* ---- insertion -------------------------------------------------------- */

/*
 * Split the full @x into itself and a new right sibling, which it returns,
 * putting the entry meant for @pos of x into whichever half it falls in.
 * Of the SLOTS + 1 entries, the left half keeps one more.
 */
static struct vma_tree_node *split(struct vma_tree *t, struct vma_tree_node *x,
				   unsigned int pos, unsigned long pivot,
				   unsigned long gap, void *slot)
{
	struct vma_tree_node *r = node_get(t, x->level);
	unsigned int nl = SLOTS / 2 + 1;

	if (pos < nl) {
		move_entries(r, 0, x, nl - 1, SLOTS - nl + 1);
		r->nr = SLOTS - nl + 1;
		node_trim(x, nl - 1);
		node_insert(x, pos, pivot, gap, slot);
	} else {
		move_entries(r, 0, x, nl, SLOTS - nl);
		r->nr = SLOTS - nl;
		node_trim(x, nl);
		node_insert(r, pos - nl, pivot, gap, slot);
	}
	return r;
}

/*
 * Make room in the full node at @depth of @p by moving some of its entries
 * to a sibling, then put the entry meant for @pos of it in.  Half the
 * sibling's free slots are filled, so that the two end up about even and
 * the next insertions find room.  Without this, VMAs mapped in address
 * order (top-down mmap, or a fork's copy) would leave every node they
 * split half full behind them, and the tree a level deeper.  Returns false
 * if neither sibling has two free slots.
 */
static bool spill(struct path *p, unsigned int depth, unsigned int pos,
		  unsigned long pivot, unsigned long gap, void *slot)
{
	struct vma_tree_node *parent = p->node[depth - 1], *x = p->node[depth];
	struct vma_tree_node *sib, *to = x;
	unsigned int s = p->slot[depth - 1], m;

	if (s > 0 && ((struct vma_tree_node *)parent->slot[s - 1])->nr <= SLOTS - 2) {
		/*  | sib | x  |  ->  | sib x[0..m) | x[m..) |  */
		sib = parent->slot[s - 1];
		m = (SLOTS - sib->nr) / 2;
		move_entries(sib, sib->nr, x, 0, m);
		sib->nr += m;
		move_entries(x, 0, x, m, SLOTS - m);
		node_trim(x, SLOTS - m);
		if (pos < m) {
			to = sib;
			pos += sib->nr - m;
		} else {
			pos -= m;
		}
		node_insert(to, pos, pivot, gap, slot);
		pull(parent, s - 1);
	} else if (s + 1 < parent->nr &&
		   ((struct vma_tree_node *)parent->slot[s + 1])->nr <= SLOTS - 2) {
		/*  | x  | sib |  ->  | x[..SLOTS-m) | x[SLOTS-m..) sib |  */
		sib = parent->slot[s + 1];
		m = (SLOTS - sib->nr) / 2;
		move_entries(sib, m, sib, 0, sib->nr);
		move_entries(sib, 0, x, SLOTS - m, m);
		sib->nr += m;
		node_trim(x, SLOTS - m);
		if (pos > SLOTS - m) {
			to = sib;
			pos -= SLOTS - m;
		}
		node_insert(to, pos, pivot, gap, slot);
		pull(parent, s + 1);
	} else {
		return false;
	}
	pull(parent, s);
	pull_path(p, depth - 1, depth - 1, node_max_gap(parent));
	return true;
}

/*
 * Put an entry at @pos of the node at @depth on path @p, spilling into a
 * sibling or splitting full nodes on the way up, and pull what lies above.
 */
static void insert_entry(struct vma_tree *t, struct path *p, unsigned int depth,
			 unsigned int pos, unsigned long pivot,
			 unsigned long gap, void *slot)
{
	for (;;) {
		struct vma_tree_node *x = p->node[depth], *r, *root;

		if (x->nr < SLOTS) {
			node_insert(x, pos, pivot, gap, slot);
			pull_path(p, depth, depth, node_max_gap(x));
			return;
		}
		if (depth && spill(p, depth, pos, pivot, gap, slot))
			return;
		r = split(t, x, pos, pivot, gap, slot);
		if (!depth) {
			if (t->height == MAX_HEIGHT) {
				fprintf(stderr, "vma_tree: %u levels\n", t->height);
				abort();
			}
			root = node_get(t, x->level + 1);
			root->slot[0] = x;
			root->slot[1] = r;
			root->nr = 2;
			pull(root, 0);
			pull(root, 1);
			t->root = root;
			t->height++;
			return;
		}
		depth--;
		pull(p->node[depth], p->slot[depth]);
		pos = p->slot[depth] + 1;
		pivot = r->pivot[r->nr - 1];
		gap = node_max_gap(r);
		slot = r;
	}
}

/*
 * @n goes into the leaf of its successor, just before it: the two gaps
 * that change, n's and the successor's, are then in one leaf, and one
 * path from the root covers everything the insertion changes.
 */
void vma_tree_insert(struct vma_tree *t, struct vma_node *n)
{
	struct vma_node *prev, *next;
	struct vma_tree_node *leaf;
	unsigned long gap, max;
	struct path p;
	unsigned int pos, depth;
	bool lost = false;

	if (t->budget)
		t->budget--;
	else
		t->unreserved++;
	if (!t->root) {
		t->root = node_get(t, 0);
		t->height = 1;
	}
	descend(t, n->start, &p);
	depth = t->height - 1;
	leaf = p.node[depth];
	pos = p.slot[depth];
	next = pos < leaf->nr ? leaf->slot[pos] : NULL;
	prev = next ? next->prev : t->last;

	n->prev = prev;
	n->next = next;
	if (prev)
		prev->next = n;
	else
		t->first = n;
	gap = max = gap_below(n);
	if (next) {
		next->prev = n;
		lost = was_max(&p, depth, leaf->gap[pos]);
		leaf->gap[pos] = next->start - n->end;
		if (leaf->gap[pos] > max)
			max = leaf->gap[pos];
	} else {
		t->last = n;
	}
	if (leaf->nr < SLOTS) {
		node_insert(leaf, pos, n->end, gap, n);
		pull_path(&p, depth, depth, max_after(&p, depth, max, lost));
	} else {
		insert_entry(t, &p, depth, pos, n->end, gap, n);
	}
	t->count++;
	t->cache = n;		/* a new VMA is the likeliest to be looked up next */
}

/* ---- removal ---------------------------------------------------------- */

/*
 * The child at slot @s of @parent fell below MIN_SLOTS: merge it with a
 * neighbour when the two fit in less than a node, or share their entries
 * evenly otherwise, so that the next removal does not come back at once.
 */
static void refill(struct vma_tree *t, struct vma_tree_node *parent, unsigned int s)
{
	unsigned int ls = s ? s - 1 : s;
	struct vma_tree_node *l = parent->slot[ls], *r = parent->slot[ls + 1];
	unsigned int total = l->nr + r->nr, nl = total / 2;

	if (total < SLOTS) {
		/*  | l | r |  ->  | l r |  */
		move_entries(l, l->nr, r, 0, r->nr);
		l->nr = total;
		node_delete(parent, ls + 1);
		node_put(t, r);
		pull(parent, ls);
		return;
	}
	if (nl < l->nr) {
		/*  | l | r |  ->  | l[..nl) | l[nl..) r |  */
		move_entries(r, l->nr - nl, r, 0, r->nr);
		move_entries(r, 0, l, nl, l->nr - nl);
		r->nr = total - nl;
		node_trim(l, nl);
	} else {
		/*  | l | r |  ->  | l r[..k) | r[k..) |, k = nl - l->nr  */
		move_entries(l, l->nr, r, 0, nl - l->nr);
		move_entries(r, 0, r, nl - l->nr, total - nl);
		node_trim(r, total - nl);
		l->nr = nl;
	}
	pull(parent, ls);
	pull(parent, ls + 1);
}

/*
 * After an entry left the leaf of @p, whose largest gap is now @max unless
 * it must be refilled: refill nodes that fell below half full, pull the
 * entries above, and take a root with one child away.
 */
static void rebalance(struct vma_tree *t, struct path *p, unsigned int part,
		      unsigned long max)
{
	unsigned int leaf = t->height - 1, depth;
	struct vma_tree_node *root;

	for (depth = leaf; depth > 0 && p->node[depth]->nr < MIN_SLOTS; depth--)
		refill(t, p->node[depth - 1], p->slot[depth - 1]);
	if (depth) {
		if (depth < leaf)
			max = node_max_gap(p->node[depth]);
		pull_path(p, depth, part, max);
		return;
	}
	root = t->root;
	if (root->level && root->nr == 1) {
		t->root = root->slot[0];
		t->height--;
		node_put(t, root);
	} else if (!root->nr) {
		t->root = NULL;
		t->height = 0;
		node_put(t, root);
	}
}

/*
 * On removal the successor's gap grows to take in @n and n's gap.  When
 * the successor starts another leaf, its path parts from n's at some
 * depth; a grown gap only raises maxima, so it is carried down that path
 * at once, and the pulls on n's path must not stop until they are above
 * the parting depth.
 */
void vma_tree_remove(struct vma_tree *t, struct vma_node *n)
{
	struct vma_node *prev = n->prev, *next = n->next;
	unsigned int depth, pos, part;
	struct vma_tree_node *leaf;
	unsigned long max = 0;
	struct path p, q;
	bool lost;

	depth = descend_to(t, n, &p);
	leaf = p.node[depth];
	pos = p.slot[depth];
	part = depth;
	lost = was_max(&p, depth, leaf->gap[pos]);
	if (next) {
		unsigned long g = next->start - (prev ? prev->end : 0);

		if (pos + 1 < leaf->nr) {
			leaf->gap[pos + 1] = max = g;	/* it grew: no old value matters */
		} else {
			unsigned int d;

			part = successor_path(&p, depth, &q);
			for (d = part; d <= depth; d++)
				if (q.node[d]->gap[q.slot[d]] < g)
					q.node[d]->gap[q.slot[d]] = g;
		}
	}
	node_delete(leaf, pos);
	rebalance(t, &p, part, max_after(&p, depth, max, lost));

	t->count--;
	if (t->cache == n)
		t->cache = next ? next : prev;
	if (prev)
		prev->next = next;
	else
		t->first = next;
	if (next)
		next->prev = prev;
	else
		t->last = prev;
	n->prev = n->next = NULL;
}

/* ---- resizing --------------------------------------------------------- */

/*
 * A resize changes the node's pivot and gap, and the gap of its successor,
 * which may start another leaf: then the successor's path is pulled up to
 * the depth where it parts from the node's, and the node's path above.
 */
void vma_tree_update(struct vma_tree *t, struct vma_node *n)
{
	struct vma_node *next = n->next;
	unsigned int depth, pos, part;
	struct vma_tree_node *leaf;
	unsigned long max;
	struct path p, q;
	bool lost;

	depth = descend_to(t, n, &p);
	leaf = p.node[depth];
	pos = p.slot[depth];
	lost = was_max(&p, depth, leaf->gap[pos]);
	leaf->pivot[pos] = n->end;
	leaf->gap[pos] = max = gap_below(n);
	part = depth;
	if (next) {
		if (pos + 1 < leaf->nr) {
			lost |= was_max(&p, depth, leaf->gap[pos + 1]);
			leaf->gap[pos + 1] = next->start - n->end;
			if (leaf->gap[pos + 1] > max)
				max = leaf->gap[pos + 1];
		} else {
			unsigned int d;

			part = successor_path(&p, depth, &q);
			q.node[depth]->gap[0] = next->start - n->end;
			for (d = depth; d-- > part; )
				if (!pull(q.node[d], q.slot[d]))
					break;
		}
	}
	pull_path(&p, depth, part, max_after(&p, depth, max, lost));
}

/* ---- placement -------------------------------------------------------- */

/*
 * The highest fit in the tree: slot by slot from the right, skipping a slot
 * whose largest gap is too small or whose gaps all start too high, going
 * down into the first that may hold one, and back up to go on to its left
 * if it did not.  Everything left of a slot whose gaps all end too low is
 * lower still: there the search ends.
 */
static bool gap_search(const struct vma_tree_node *root, unsigned long len,
		       unsigned long low, unsigned long high,
		       unsigned long *addr)
{
	const struct vma_tree_node *node[MAX_HEIGHT], *x = root;
	unsigned long lo[MAX_HEIGHT];	/* where the gaps under node[d] start */
	unsigned int slot[MAX_HEIGHT], depth = 0, i = root->nr;

	lo[0] = 0;
	for (;;) {
		unsigned long glo, gend;

		if (!i) {
			if (!depth--)
				return false;
			x = node[depth];
			i = slot[depth];
			continue;
		}
		i--;
		glo = i ? x->pivot[i - 1] : lo[depth];
		/* the gaps under slot i end at VMA starts, below pivot[i] */
		if (x->pivot[i] <= low + len)
			return false;
		if (x->gap[i] < len || glo > high - len)
			continue;
		if (x->level) {
			node[depth] = x;
			slot[depth] = i;
			lo[++depth] = glo;
			x = x->slot[i];
			i = x->nr;
			continue;
		}
		gend = glo + x->gap[i];
		if (gend > high)
			gend = high;
		if (glo < low)
			glo = low;
		if (gend > glo && gend - glo >= len) {
			*addr = gend - len;
			return true;
		}
	}
}

int vma_tree_gap_topdown(const struct vma_tree *t, unsigned long len,
			 unsigned long low, unsigned long high,
			 unsigned long *addr)
{
	unsigned long top = t->last ? t->last->end : 0;

	if (len == 0 || high < low || high - low < len)
		return -1;
	if (top < low)
		top = low;
	if (top <= high && high - top >= len) {
		*addr = high - len;
		return 0;
	}
	return t->root && gap_search(t->root, len, low, high, addr) ? 0 : -1;
}

/* ---- validation ------------------------------------------------------- */

struct walk {
	const struct vma_tree *t;
	const struct vma_node *prev;	/* the last VMA met, in address order */
	unsigned long count;
	char *msg;
	unsigned long len;
};

#define WALK_FAIL(w, ...) do {						\
	snprintf((w)->msg, (w)->len, __VA_ARGS__);			\
	return -1;							\
} while (0)

static int check_vma(struct walk *w, const struct vma_node *n)
{
	const struct vma_node *prev = w->prev;

	if (n->start >= n->end)
		WALK_FAIL(w, "empty or inverted node [%#lx, %#lx)", n->start, n->end);
	if (prev && prev->end > n->start)
		WALK_FAIL(w, "[%#lx, %#lx) overlaps or precedes [%#lx, %#lx)",
			  n->start, n->end, prev->start, prev->end);
	if (n->prev != prev)
		WALK_FAIL(w, "list prev of [%#lx, %#lx) is wrong", n->start, n->end);
	if (prev ? prev->next != n : w->t->first != n)
		WALK_FAIL(w, "list next of the node before [%#lx, %#lx) is wrong",
			  n->start, n->end);
	w->prev = n;
	w->count++;
	return 0;
}

/* Check the subtree @x at @depth, and give its largest gap. */
static int check_node(struct walk *w, const struct vma_tree_node *x,
		      unsigned int depth, unsigned long *max_gap)
{
	unsigned int level = w->t->height - 1 - depth, least, i;
	unsigned long g = 0, cg;

	least = depth ? MIN_SLOTS : x->level ? 2 : 1;
	if (x->level != level)
		WALK_FAIL(w, "node at depth %u has level %u, should be %u",
			  depth, x->level, level);
	if (x->nr < least || x->nr > SLOTS)
		WALK_FAIL(w, "node at depth %u holds %u entries, should hold %u to %u",
			  depth, x->nr, least, SLOTS);
	for (i = x->nr; i < SLOTS; i++)
		if (x->pivot[i] != ULONG_MAX || x->gap[i] || x->slot[i])
			WALK_FAIL(w, "unused slot %u of a node at depth %u is not clear",
				  i, depth);
	for (i = 0; i < x->nr; i++) {
		if (!x->slot[i])
			WALK_FAIL(w, "slot %u of a node at depth %u is empty", i, depth);
		if (i && x->pivot[i] <= x->pivot[i - 1])
			WALK_FAIL(w, "pivots %#lx, %#lx at depth %u out of order",
				  x->pivot[i - 1], x->pivot[i], depth);
		if (!level) {
			const struct vma_node *n = x->slot[i];

			if (check_vma(w, n))
				return -1;
			if (x->pivot[i] != n->end)
				WALK_FAIL(w, "pivot of [%#lx, %#lx) is %#lx",
					  n->start, n->end, x->pivot[i]);
			if (x->gap[i] != gap_below(n))
				WALK_FAIL(w, "gap of [%#lx, %#lx) is %#lx, should be %#lx",
					  n->start, n->end, x->gap[i], gap_below(n));
		} else {
			const struct vma_tree_node *c = x->slot[i];

			if (check_node(w, c, depth + 1, &cg))
				return -1;
			if (x->pivot[i] != c->pivot[c->nr - 1])
				WALK_FAIL(w, "pivot %u at depth %u is %#lx, its child ends at %#lx",
					  i, depth, x->pivot[i], c->pivot[c->nr - 1]);
			if (x->gap[i] != cg)
				WALK_FAIL(w, "gap %u at depth %u is %#lx, its child's largest is %#lx",
					  i, depth, x->gap[i], cg);
		}
		if (x->gap[i] > g)
			g = x->gap[i];
	}
	*max_gap = g;
	return 0;
}

int vma_tree_validate(const struct vma_tree *t, char *msg, unsigned long len)
{
	struct walk w = { t, NULL, 0, msg, len };
	const struct vma_tree_node *x;
	unsigned long g, nr = 0;

	if (!t->root != !t->height || t->height > MAX_HEIGHT) {
		snprintf(msg, len, "root %p at height %u", (void *)t->root, t->height);
		return -1;
	}
	if (t->root && check_node(&w, t->root, 0, &g))
		return -1;
	if (w.count != t->count) {
		snprintf(msg, len, "tree holds %lu nodes, count says %lu",
			 w.count, t->count);
		return -1;
	}
	if (w.prev != t->last || (!t->count && t->first)) {
		snprintf(msg, len, "list ends are wrong");
		return -1;
	}
	if (t->cache) {
		struct path p;
		unsigned int leaf = t->height - 1;

		if (!t->root) {
			snprintf(msg, len, "the lookup cache points into an empty tree");
			return -1;
		}
		descend(t, t->cache->start, &p);
		if (p.slot[leaf] >= p.node[leaf]->nr ||
		    p.node[leaf]->slot[p.slot[leaf]] != t->cache) {
			snprintf(msg, len, "the lookup cache [%#lx, %#lx) is not in the tree",
				 t->cache->start, t->cache->end);
			return -1;
		}
	}
	for (x = t->reserve; x; x = x->slot[0])
		nr++;
	if (nr != t->nr_reserve) {
		snprintf(msg, len, "reserve holds %lu nodes, nr_reserve says %u",
			 nr, t->nr_reserve);
		return -1;
	}
	if (nr < nodes_needed(t->height, t->budget)) {
		snprintf(msg, len, "reserve of %lu nodes at height %u cannot cover %u insertions",
			 nr, t->height, t->budget);
		return -1;
	}
	if (t->unreserved) {
		snprintf(msg, len, "%lu insertions were not preallocated",
			 t->unreserved);
		return -1;
	}
	return 0;
}
