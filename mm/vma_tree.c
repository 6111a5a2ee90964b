// SPDX-License-Identifier: MIT
/*
 * The VMA tree: a treap of VMAs by start address, augmented with free gaps.
 *
 * Why a treap: split and merge make insertion and removal two short
 * recursive functions each, the augmentation (largest gap in a subtree) is
 * recomputed by one function on the nodes those touch, and with priorities
 * from a fixed-seed generator the shape -- and so every cost -- is the same
 * on every run.
 */
#include <stdio.h>
#include <stddef.h>

#include "vma_tree.h"

void vma_tree_init(struct vma_tree *t, const struct vma_tree_ops *ops, void *ctx)
{
	t->root = t->first = t->last = t->cache = NULL;
	t->count = 0;
	t->seed = 0x9e3779b9u;
	t->ops = ops;
	t->ctx = ctx;
}

void vma_tree_destroy(struct vma_tree *t)
{
	vma_tree_init(t, t->ops, t->ctx);
}

int vma_tree_prealloc(struct vma_tree *t, unsigned int inserts)
{
	(void)t;
	(void)inserts;
	return 0;
}

static uint32_t next_prio(struct vma_tree *t)
{
	/* xorshift32: deterministic, never 0 */
	uint32_t x = t->seed;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	t->seed = x;
	return x;
}

/* Recompute n's augmentation from its own gap and its children's. */
static void pull(struct vma_node *n)
{
	unsigned long g = n->gap;

	if (n->left && n->left->subtree_gap > g)
		g = n->left->subtree_gap;
	if (n->right && n->right->subtree_gap > g)
		g = n->right->subtree_gap;
	n->subtree_gap = g;
}

/* Nodes starting below @key go to *l, the others to *r. */
static void split(struct vma_node *n, unsigned long key,
		  struct vma_node **l, struct vma_node **r)
{
	if (!n) {
		*l = *r = NULL;
		return;
	}
	if (n->start < key) {
		split(n->right, key, &n->right, r);
		*l = n;
	} else {
		split(n->left, key, l, &n->left);
		*r = n;
	}
	pull(n);
}

/* Join two treaps, every node of @a below every node of @b. */
static struct vma_node *join(struct vma_node *a, struct vma_node *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	if (a->prio > b->prio) {
		a->right = join(a->right, b);
		pull(a);
		return a;
	}
	b->left = join(a, b->left);
	pull(b);
	return b;
}

/*
 * Recompute the augmentation on the search paths from @n down to the nodes
 * @lo and @hi (lo <= hi): one descent while the paths agree, two below
 * the node where they part.
 */
static void repull_paths(struct vma_node *n, unsigned long lo, unsigned long hi)
{
	if (!n)
		return;
	if (lo < n->start)
		repull_paths(n->left, lo, hi < n->start ? hi : lo);
	if (hi > n->start)
		repull_paths(n->right, lo > n->start ? lo : hi, hi);
	pull(n);
}

/*
 * The cached node answers for @addr when addr lies below its end and not
 * below its predecessor's end; its successor answers when addr lies in
 * [c->end, next->end).  The tests read the live list, so insertions and
 * resizes never make the cache lie; only the removal of the cached node
 * must move it.  (The kernel kept such a cache, mmap_cache and later the
 * per-thread vmacache, until the maple tree made lookups cheap; a treap of
 * 60,000 VMAs is twenty-odd levels deep, a miss each level.)
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
	struct vma_node *n = t->root, *best = cache_find(t->cache, addr);

	if (best)
		return t->cache = best;
	while (n) {
		if (n->end > addr) {
			best = n;
			if (n->start <= addr)
				break;
			n = n->left;
		} else {
			n = n->right;
		}
	}
	if (best)
		t->cache = best;
	return best;
}

struct vma_node *vma_tree_lookup(struct vma_tree *t, unsigned long addr)
{
	struct vma_node *n = vma_tree_find(t, addr);

	return n && n->start <= addr ? n : NULL;
}

/*
 * Put @n where its priority belongs on the search path of n->start: below
 * every node of higher priority, above the subtree it splits in two.  The
 * nodes on the path are pulled on the way back up, the split's path by
 * split() itself; between them they are every node whose subtree changed.
 */
static struct vma_node *insert_at(struct vma_node *t, struct vma_node *n)
{
	if (!t || n->prio > t->prio) {
		split(t, n->start, &n->left, &n->right);
		pull(n);
		return n;
	}
	if (n->start < t->start)
		t->left = insert_at(t->left, n);
	else
		t->right = insert_at(t->right, n);
	pull(t);
	return t;
}

/* Take @n off the search path of n->start, its children joined in its place. */
static struct vma_node *remove_at(struct vma_node *t, struct vma_node *n)
{
	if (t == n)
		return join(n->left, n->right);
	if (n->start < t->start)
		t->left = remove_at(t->left, n);
	else
		t->right = remove_at(t->right, n);
	pull(t);
	return t;
}

/*
 * Insertion and removal change one other gap, that of the next node, and
 * they set it before the tree changes, so that the pulls they make anyway
 * carry it up: the next node of @n is either an ancestor of n (on n's
 * search path) or the leftmost node of n's right subtree (on the path that
 * split() walks).  One descent, no second walk for the gap.
 */
void vma_tree_insert(struct vma_tree *t, struct vma_node *n)
{
	struct vma_node *next = vma_tree_find(t, n->start);
	struct vma_node *prev = next ? next->prev : t->last;

	n->left = n->right = NULL;
	n->prio = next_prio(t);
	n->prev = prev;
	n->next = next;
	if (prev)
		prev->next = n;
	else
		t->first = n;
	if (next) {
		next->prev = n;
		next->gap = next->start - n->end;
	} else {
		t->last = n;
	}
	n->gap = n->start - (prev ? prev->end : 0);
	n->subtree_gap = n->gap;
	t->root = insert_at(t->root, n);
	t->count++;
	t->cache = n;		/* a new VMA is the likeliest to be looked up next */
}

/*
 * On removal the next node's gap grows to take in @n and n's gap.  When
 * the next node sits below n, at the bottom of the left spine of n's right
 * subtree, the nodes of that spine may be left unpulled by join(): a grown
 * gap only raises maxima, so it is carried down the spine at once.
 */
void vma_tree_remove(struct vma_tree *t, struct vma_node *n)
{
	struct vma_node *next = n->next, *s;

	if (next) {
		next->gap = next->start - (n->prev ? n->prev->end : 0);
		for (s = n->right; s; s = s->left)
			if (s->subtree_gap < next->gap)
				s->subtree_gap = next->gap;
		/* (an ancestor next is pulled on remove_at's way back up) */
	}
	t->root = remove_at(t->root, n);
	t->count--;
	if (t->cache == n)
		t->cache = next ? next : n->prev;

	if (n->prev)
		n->prev->next = next;
	else
		t->first = next;
	if (next)
		next->prev = n->prev;
	else
		t->last = n->prev;
	n->prev = n->next = n->left = n->right = NULL;
}

/* A resize changes the gaps below @n and below its successor. */
void vma_tree_update(struct vma_tree *t, struct vma_node *n)
{
	struct vma_node *next = n->next;

	n->gap = n->start - (n->prev ? n->prev->end : 0);
	if (next)
		next->gap = next->start - n->end;
	repull_paths(t->root, n->start, next ? next->start : n->start);
}

static bool gap_search(const struct vma_node *n, unsigned long len,
		       unsigned long low, unsigned long high,
		       unsigned long *addr)
{
	unsigned long gstart, gend;

	if (!n || n->subtree_gap < len)
		return false;
	/* the right subtree's gaps all start at or above n->end */
	if (n->end < high && gap_search(n->right, len, low, high, addr))
		return true;
	gstart = n->start - n->gap;
	gend = n->start;
	if (gend > high)
		gend = high;
	if (gstart < low)
		gstart = low;
	if (gend > gstart && gend - gstart >= len) {
		*addr = gend - len;
		return true;
	}
	/* the left subtree's gaps all end at or below gstart */
	if (n->start - n->gap > low)
		return gap_search(n->left, len, low, high, addr);
	return false;
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
	return gap_search(t->root, len, low, high, addr) ? 0 : -1;
}

/* ---- validation ----------------------------------------------------- */

struct walk {
	const struct vma_node *prev;
	unsigned long count;
	char *msg;
	unsigned long len;
};

static int check_node(const struct vma_node *n, struct walk *w)
{
	unsigned long g;

	if (!n)
		return 0;
	if (n->left && n->left->prio > n->prio) {
		snprintf(w->msg, w->len, "heap order broken at [%#lx, %#lx)",
			 n->start, n->end);
		return -1;
	}
	if (n->right && n->right->prio > n->prio) {
		snprintf(w->msg, w->len, "heap order broken at [%#lx, %#lx)",
			 n->start, n->end);
		return -1;
	}
	if (check_node(n->left, w))
		return -1;
	if (n->start >= n->end) {
		snprintf(w->msg, w->len, "empty or inverted node [%#lx, %#lx)",
			 n->start, n->end);
		return -1;
	}
	if (w->prev && w->prev->end > n->start) {
		snprintf(w->msg, w->len, "[%#lx, %#lx) overlaps or precedes [%#lx, %#lx)",
			 n->start, n->end, w->prev->start, w->prev->end);
		return -1;
	}
	if (n->prev != w->prev) {
		snprintf(w->msg, w->len, "list prev of [%#lx, %#lx) is wrong",
			 n->start, n->end);
		return -1;
	}
	if (w->prev && w->prev->next != n) {
		snprintf(w->msg, w->len, "list next of [%#lx, %#lx) is wrong",
			 w->prev->start, w->prev->end);
		return -1;
	}
	if (n->gap != n->start - (w->prev ? w->prev->end : 0)) {
		snprintf(w->msg, w->len, "gap of [%#lx, %#lx) is %#lx, should be %#lx",
			 n->start, n->end, n->gap,
			 n->start - (w->prev ? w->prev->end : 0));
		return -1;
	}
	g = n->gap;
	if (n->left && n->left->subtree_gap > g)
		g = n->left->subtree_gap;
	if (n->right && n->right->subtree_gap > g)
		g = n->right->subtree_gap;
	if (n->subtree_gap != g) {
		snprintf(w->msg, w->len, "subtree gap of [%#lx, %#lx) is %#lx, should be %#lx",
			 n->start, n->end, n->subtree_gap, g);
		return -1;
	}
	w->prev = n;
	w->count++;
	return check_node(n->right, w);
}

int vma_tree_validate(const struct vma_tree *t, char *msg, unsigned long len)
{
	struct walk w = { NULL, 0, msg, len };

	if (check_node(t->root, &w))
		return -1;
	if (w.count != t->count) {
		snprintf(msg, len, "tree holds %lu nodes, count says %lu",
			 w.count, t->count);
		return -1;
	}
	if (w.prev != t->last || (t->count && !t->first) ||
	    (t->first && t->first->prev)) {
		snprintf(msg, len, "list ends are wrong");
		return -1;
	}
	return 0;
}
