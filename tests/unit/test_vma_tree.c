// SPDX-License-Identifier: MIT
/*
 * The VMA tree against a brute-force reference: random inserts, removals,
 * in-place resizes at either end and top-down gap searches, validating
 * after each step; every lookup, find, list walk and gap search compared
 * with the reference.  Phases: a small address space (a tree of one to
 * three levels, every node split and merged many times), a large one (four
 * levels), and ascending and descending runs of insertions and removals
 * (the placement patterns of mmap and of a program's exit).  Allocations
 * fail at random in vma_tree_prealloc(), which must then leave the tree as
 * it was; an insertion it did not cover must show in validation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../mm/vma_tree.h"

#define UNIT	0x1000UL
#define MAX_UNITS 40000
#define MAX_NODES (MAX_UNITS / 2)

static struct vma_node nodes[MAX_NODES];
static int start_of[MAX_NODES], len_of[MAX_NODES];	/* in units */
static bool in_tree[MAX_NODES];
static int owner[MAX_UNITS];		/* unit -> the node covering it, or -1 */
static int units;			/* the address space of this phase */
static unsigned int rng = 12345;
static int failures;
static unsigned long nr_allocated, fail_every;

static unsigned int rnd(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

static void *t_alloc(void *ctx, size_t size)
{
	(void)ctx;
	if (fail_every && rnd() % fail_every == 0)
		return NULL;
	nr_allocated++;
	return malloc(size);
}

static void t_free(void *ctx, void *p)
{
	(void)ctx;
	if (p)
		nr_allocated--;
	free(p);
}

static const struct vma_tree_ops ops = { t_alloc, t_free };

#define CHECK(cond, ...) do {						\
	if (!(cond)) {							\
		printf("FAIL line %d: ", __LINE__);			\
		printf(__VA_ARGS__);					\
		printf("\n");						\
		failures++;						\
		return;							\
	}								\
} while (0)

static bool range_free(int u, int n)
{
	int i;

	if (u < 1 || u + n > units)
		return false;
	for (i = u; i < u + n; i++)
		if (owner[i] >= 0)
			return false;
	return true;
}

static void set_owner(int u, int n, int who)
{
	int i;

	for (i = u; i < u + n; i++)
		owner[i] = who;
}

/* The reference's answer to vma_tree_find(): the first node ending above unit u. */
static int ref_find(int u)
{
	for (; u < units; u++)
		if (owner[u] >= 0)
			return owner[u];
	return -1;
}

static void check_tree(struct vma_tree *t, bool full)
{
	char msg[256];
	struct vma_node *v, *prev = NULL;
	unsigned long count = 0;
	int u, n, step = full ? 1 : 1 + units / 256;

	CHECK(!vma_tree_validate(t, msg, sizeof(msg)), "validate: %s", msg);
	/* the list is the reference's nodes in order */
	for (u = 0; u < units; u++) {
		int id = owner[u];

		if (id < 0 || start_of[id] != u)
			continue;
		v = prev ? prev->next : t->first;
		CHECK(v == &nodes[id], "list: after %#lx comes %p, want node %d at unit %d",
		      prev ? prev->start : 0, (void *)v, id, u);
		CHECK(v->prev == prev, "list: prev of unit %d", u);
		CHECK(v->start == u * UNIT && v->end == (u + len_of[id]) * UNIT,
		      "node %d is [%#lx, %#lx), want unit %d + %d", id, v->start,
		      v->end, u, len_of[id]);
		prev = v;
		count++;
	}
	CHECK(prev ? prev->next == NULL : t->first == NULL, "list: next of the last");
	CHECK(t->last == prev, "list: last");
	CHECK(t->count == count, "count %lu, reference %lu", t->count, count);
	/* lookup and find of every unit (of a sample in large phases) */
	for (u = rnd() % step; u < units; u += step) {
		int want = ref_find(u);

		v = vma_tree_lookup(t, u * UNIT + 5);
		CHECK(owner[u] < 0 ? v == NULL : v == &nodes[owner[u]],
		      "lookup of unit %d", u);
		v = vma_tree_find(t, u * UNIT + 5);
		CHECK(want < 0 ? v == NULL : v == &nodes[want], "find of unit %d", u);
	}
	/* top-down search agrees with brute force, under random bounds */
	for (n = 1; n <= 8; n++) {
		unsigned long a = 0;
		int want = -1, lowu = 1 + rnd() % (units / 2);
		int highu = units - rnd() % (units / 2);
		int r = vma_tree_gap_topdown(t, n * UNIT, lowu * UNIT, highu * UNIT, &a);
		int run = 0;

		for (u = highu - 1; u >= lowu; u--) {
			run = owner[u] < 0 ? run + 1 : 0;
			if (run == n) {
				want = u;
				break;
			}
		}
		CHECK(want < 0 ? r == -1 : (r == 0 && a == want * UNIT),
		      "gap of %d units in [%d, %d): got %d/%#lx, want %d", n,
		      lowu, highu, r, a, want);
	}
}

static int free_id(void)
{
	int id, tries;

	for (tries = 0; tries < 64; tries++) {
		id = rnd() % MAX_NODES;
		if (!in_tree[id])
			return id;
	}
	for (id = 0; id < MAX_NODES; id++)
		if (!in_tree[id])
			return id;
	return -1;
}

/* Insert a node of n units at unit u, as a caller would: preallocate first. */
static bool do_insert(struct vma_tree *t, int u, int n)
{
	int id = free_id();

	if (id < 0 || !range_free(u, n) || vma_tree_prealloc(t, 1))
		return false;
	nodes[id].start = u * UNIT;
	nodes[id].end = (u + n) * UNIT;
	vma_tree_insert(t, &nodes[id]);
	start_of[id] = u;
	len_of[id] = n;
	in_tree[id] = true;
	set_owner(u, n, id);
	return true;
}

static void do_remove(struct vma_tree *t, int id)
{
	vma_tree_remove(t, &nodes[id]);
	set_owner(start_of[id], len_of[id], -1);
	in_tree[id] = false;
}

/* Move the start of node id to unit nu, and its end to ne, where free. */
static void do_resize(struct vma_tree *t, int id, int nu, int ne)
{
	int i;

	if (nu < 1 || ne > units || nu >= ne ||
	    nu >= start_of[id] + len_of[id])	/* a resize, not a move */
		return;
	for (i = nu; i < ne; i++)
		if (owner[i] >= 0 && owner[i] != id)
			return;
	set_owner(start_of[id], len_of[id], -1);
	start_of[id] = nu;
	len_of[id] = ne - nu;
	set_owner(nu, ne - nu, id);
	nodes[id].start = nu * UNIT;
	nodes[id].end = ne * UNIT;
	vma_tree_update(t, &nodes[id]);
}

static void reset(struct vma_tree *t, int nr_units)
{
	int i;

	vma_tree_init(t, &ops, NULL);
	units = nr_units;
	for (i = 0; i < MAX_UNITS; i++)
		owner[i] = -1;
	memset(in_tree, 0, sizeof(in_tree));
}

static void drain(struct vma_tree *t)
{
	int id;

	for (id = 0; id < MAX_NODES; id++)
		if (in_tree[id])
			do_remove(t, id);
	check_tree(t, true);
	vma_tree_destroy(t);
	CHECK(nr_allocated == 0, "%lu nodes left allocated", nr_allocated);
}

/* Random operations; @check_every steps between full comparisons. */
static void random_phase(const char *name, int nr_units, int steps, int check_every)
{
	struct vma_tree t;
	int step, done = 0;

	reset(&t, nr_units);
	for (step = 0; step < steps && !failures; step++) {
		int op = rnd() % 8, u = 1 + rnd() % (units - 10);
		int n = 1 + rnd() % 6, id = owner[u];

		/* now and then, allocations fail: prealloc must change nothing */
		fail_every = rnd() % 16 == 0 ? 3 : 0;
		if (op < 3) {
			if (!do_insert(&t, u, n))
				continue;
		} else if (op < 5) {
			if (id < 0)
				continue;
			do_remove(&t, id);
		} else if (op < 7) {
			if (id < 0)
				continue;
			/* grow or shrink the end */
			do_resize(&t, id, start_of[id],
				  start_of[id] + 1 + (int)(rnd() % 6));
		} else {
			if (id < 0)
				continue;
			/* grow or shrink the start */
			do_resize(&t, id, start_of[id] + 2 - (int)(rnd() % 5),
				  start_of[id] + len_of[id]);
		}
		fail_every = 0;
		done++;
		if (step % check_every == 0 || t.count < 8)
			check_tree(&t, false);
	}
	fail_every = 0;
	check_tree(&t, true);
	printf("%s: %d operations, %lu nodes, height %u at the end\n", name,
	       done, t.count, t.height);
	drain(&t);
}

/*
 * Runs: n one-unit nodes with one-unit holes, ascending or descending, below
 * a few fixed nodes at the top; then removed in the same or the other order.
 */
static void run_phase(bool up, bool remove_up)
{
	struct vma_tree t;
	int i, n = MAX_UNITS / 2 - 64, u;

	reset(&t, MAX_UNITS);
	for (u = MAX_UNITS - 8; u < MAX_UNITS - 1; u += 2)
		do_insert(&t, u, 1);
	for (i = 0; i < n && !failures; i++) {
		u = 2 + 2 * (up ? i : n - 1 - i);
		if (!do_insert(&t, u, 1)) {
			printf("FAIL: insertion %d\n", i);
			failures++;
		}
		if (i % 1024 == 0)
			check_tree(&t, false);
	}
	check_tree(&t, true);
	printf("run %s, %d nodes: height %u\n", up ? "up" : "down", n, t.height);
	for (i = 0; i < n && !failures; i++) {
		u = 2 + 2 * (remove_up ? i : n - 1 - i);
		do_remove(&t, owner[u]);
		if (i % 1024 == 0)
			check_tree(&t, false);
	}
	drain(&t);
}

/* An insertion that vma_tree_prealloc() did not cover is a caller's bug. */
static void unreserved_phase(void)
{
	struct vma_tree t;
	char msg[256];

	reset(&t, 64);
	nodes[0].start = UNIT;
	nodes[0].end = 2 * UNIT;
	vma_tree_insert(&t, &nodes[0]);
	if (!vma_tree_validate(&t, msg, sizeof(msg))) {
		printf("FAIL: an insertion without preallocation validates\n");
		failures++;
	}
	vma_tree_remove(&t, &nodes[0]);
	vma_tree_destroy(&t);
}

int main(void)
{
	random_phase("small", 2048, 60000, 16);
	random_phase("large", MAX_UNITS, 300000, 4096);
	run_phase(/* up = */ true, /* remove_up = */ true);
	run_phase(/* up = */ true, /* remove_up = */ false);
	run_phase(/* up = */ false, /* remove_up = */ true);
	run_phase(/* up = */ false, /* remove_up = */ false);
	unreserved_phase();
	printf("%s\n", failures ? "FAIL" : "PASS");
	return failures ? 1 : 0;
}
