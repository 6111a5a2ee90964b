// SPDX-License-Identifier: MIT
/*
 * The VMA tree against a brute-force reference: random inserts, removals,
 * in-place resizes and top-down gap searches, validating after each step.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../mm/vma_tree.h"

#define SLOTS	512		/* address space of SLOTS units */
#define UNIT	0x1000UL
#define STEPS	20000

static struct vma_node nodes[SLOTS];
static bool used[SLOTS];	/* node i covers units [i, i + len[i]) */
static int len_of[SLOTS];
static unsigned int rng = 12345;
static int failures;

static unsigned int rnd(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

#define CHECK(cond, ...) do {						\
	if (!(cond)) {							\
		printf("FAIL line %d: ", __LINE__);			\
		printf(__VA_ARGS__);					\
		printf("\n");						\
		failures++;						\
		return;							\
	}								\
} while (0)

static bool unit_free(int u)
{
	int i;

	for (i = 0; i < SLOTS; i++)
		if (used[i] && u >= i && u < i + len_of[i])
			return false;
	return true;
}

static bool range_free(int u, int n)
{
	int i;

	if (u < 1 || u + n > SLOTS)
		return false;
	for (i = u; i < u + n; i++)
		if (!unit_free(i))
			return false;
	return true;
}

static void check_tree(struct vma_tree *t)
{
	char msg[256];
	int u, n;

	CHECK(!vma_tree_validate(t, msg, sizeof(msg)), "validate: %s", msg);
	/* lookup of every unit agrees with the reference */
	for (u = 0; u < SLOTS; u++) {
		struct vma_node *v = vma_tree_lookup(t, u * UNIT + 5);
		int i, owner = -1;

		for (i = 0; i < SLOTS; i++)
			if (used[i] && u >= i && u < i + len_of[i])
				owner = i;
		CHECK(owner < 0 ? v == NULL : v == &nodes[owner],
		      "lookup of unit %d", u);
	}
	/* top-down search agrees with brute force */
	for (n = 1; n <= 8; n++) {
		unsigned long a;
		int want = -1, lowu = 1, highu = SLOTS - rnd() % 64;
		int r = vma_tree_gap_topdown(t, n * UNIT, lowu * UNIT, highu * UNIT, &a);

		for (u = highu - n; u >= lowu; u--)
			if (range_free(u, n)) {
				want = u;
				break;
			}
		CHECK(want < 0 ? r == -1 : (r == 0 && a == want * UNIT),
		      "gap of %d units below %d: got %d/%#lx, want %d", n, highu,
		      r, a, want);
	}
}

int main(void)
{
	struct vma_tree t;
	int step;

	vma_tree_init(&t, NULL, NULL);
	for (step = 0; step < STEPS && !failures; step++) {
		int op = rnd() % 3, u = 1 + rnd() % (SLOTS - 10);
		int n = 1 + rnd() % 6;

		if (op == 0 && !used[u] && range_free(u, n)) {
			nodes[u].start = u * UNIT;
			nodes[u].end = (u + n) * UNIT;
			vma_tree_insert(&t, &nodes[u]);
			used[u] = true;
			len_of[u] = n;
		} else if (op == 1 && used[u]) {
			vma_tree_remove(&t, &nodes[u]);
			used[u] = false;
		} else if (op == 2 && used[u]) {
			/* shrink or grow the end in place */
			int nl = 1 + rnd() % 6, i;
			bool ok = true;

			for (i = u + len_of[u]; i < u + nl; i++)
				if (i >= SLOTS || !unit_free(i))
					ok = false;
			if (!ok)
				continue;
			len_of[u] = nl;
			nodes[u].end = (u + nl) * UNIT;
			vma_tree_update(&t, &nodes[u]);
		} else {
			continue;
		}
		if (step % 16 == 0 || t.count < 8)
			check_tree(&t);
	}
	check_tree(&t);
	printf("%s: %d steps, %lu nodes at the end\n",
	       failures ? "FAIL" : "PASS", step, t.count);
	return failures ? 1 : 0;
}
