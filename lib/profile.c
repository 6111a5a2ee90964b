// SPDX-License-Identifier: MIT
/*
 * The machine profile: the built-in reference machine, and the profile as
 * text ("key = value" lines, or JSON) in both directions.
 *
 * Every key is one row of profile_keys[], so that printing, parsing and
 * the list of known keys cannot drift apart.  The names follow the files
 * the kernel reads them from: sysctls keep their vm. prefix, THP settings
 * their path under /sys/kernel/mm/transparent_hugepage.
 */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <mmsim/profile.h>

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const thp_names[] = {
	[MMSIM_THP_NEVER] = "never",
	[MMSIM_THP_MADVISE] = "madvise",
	[MMSIM_THP_ALWAYS] = "always",
	[MMSIM_THP_INHERIT] = "inherit",
	[MMSIM_THP_ABSENT] = "absent",
};

static const char *const defrag_names[] = {
	[MMSIM_DEFRAG_ALWAYS] = "always",
	[MMSIM_DEFRAG_DEFER] = "defer",
	[MMSIM_DEFRAG_DEFER_MADVISE] = "defer+madvise",
	[MMSIM_DEFRAG_MADVISE] = "madvise",
	[MMSIM_DEFRAG_NEVER] = "never",
};

static const char *const shmem_names[] = {
	[MMSIM_SHMEM_NEVER] = "never",
	[MMSIM_SHMEM_ALWAYS] = "always",
	[MMSIM_SHMEM_WITHIN_SIZE] = "within_size",
	[MMSIM_SHMEM_ADVISE] = "advise",
	[MMSIM_SHMEM_DENY] = "deny",
	[MMSIM_SHMEM_FORCE] = "force",
	[MMSIM_SHMEM_INHERIT] = "inherit",
	[MMSIM_SHMEM_ABSENT] = "absent",
};

enum key_type {
	K_BOOL,
	K_INT,
	K_ULONG,
	K_KVER,		/* kver_major, kver_minor, kver_patch as "6.18.44" */
	K_STR,		/* a char array: scratch_fs */
	K_THP,		/* enum mmsim_thp_mode */
	K_DEFRAG,	/* enum mmsim_thp_defrag */
	K_SHMEM,	/* enum mmsim_shmem_thp */
};

struct profile_key {
	const char *name;
	enum key_type type;
	size_t off;
	size_t size;		/* K_STR: the array's size */
};

#define KEY(name, type, field) \
	{ name, type, offsetof(struct mmsim_profile, field), \
	  sizeof(((struct mmsim_profile *)0)->field) }
#define ORDER_KEYS(kb, order) \
	KEY("thp.hugepages-" #kb "kB.enabled", K_THP, thp_order[order]), \
	KEY("thp.hugepages-" #kb "kB.shmem_enabled", K_SHMEM, thp_shmem_order[order])

static const struct profile_key profile_keys[] = {
	KEY("kernel", K_KVER, kver_major),
	KEY("page_size", K_ULONG, page_size),
	KEY("zero_page", K_BOOL, zero_page),
	KEY("unshare_copy_dirty", K_BOOL, unshare_copy_dirty),
	KEY("thp.enabled", K_THP, thp_enabled),
	KEY("thp.defrag", K_DEFRAG, thp_defrag),
	KEY("thp.shmem_enabled", K_SHMEM, thp_shmem_enabled),
	KEY("thp.use_zero_page", K_BOOL, thp_use_zero_page),
	ORDER_KEYS(8, 1),
	ORDER_KEYS(16, 2),
	ORDER_KEYS(32, 3),
	ORDER_KEYS(64, 4),
	ORDER_KEYS(128, 5),
	ORDER_KEYS(256, 6),
	ORDER_KEYS(512, 7),
	ORDER_KEYS(1024, 8),
	ORDER_KEYS(2048, 9),
	KEY("fault_around_bytes", K_ULONG, fault_around_bytes),
	KEY("read_ahead_kb", K_ULONG, read_ahead_kb),
	KEY("scratch_fs", K_STR, scratch_fs),
	KEY("mmap_min_addr", K_ULONG, mmap_min_addr),
	KEY("vm.mmap_min_addr", K_ULONG, dac_mmap_min_addr),
	KEY("vm.max_map_count", K_ULONG, max_map_count),
	KEY("vm.overcommit_memory", K_INT, overcommit_memory),
	KEY("vm.overcommit_ratio", K_ULONG, overcommit_ratio),
	KEY("vm.overcommit_kbytes", K_ULONG, overcommit_kbytes),
	KEY("vm.unprivileged_userfaultfd", K_INT, unprivileged_userfaultfd),
	KEY("vm.memfd_noexec", K_INT, memfd_noexec),
	KEY("totalram_pages", K_ULONG, totalram_pages),
	KEY("totalswap_pages", K_ULONG, totalswap_pages),
	KEY("swap", K_BOOL, swap),
	KEY("soft_dirty", K_BOOL, soft_dirty),
	KEY("ksm", K_BOOL, ksm),
	KEY("numa_nodes", K_INT, numa_nodes),
	KEY("root", K_BOOL, root),
};

void mmsim_profile_builtin(struct mmsim_profile *p)
{
	int order;

	memset(p, 0, sizeof(*p));
	p->kver_major = 6;
	p->kver_minor = 18;
	p->kver_patch = 44;	/* the reference kernel: 6.18.37+ behaviour */
	p->page_size = 4096;
	p->zero_page = true;
	p->thp_enabled = MMSIM_THP_MADVISE;
	p->thp_defrag = MMSIM_DEFRAG_MADVISE;
	p->thp_shmem_enabled = MMSIM_SHMEM_NEVER;
	p->thp_use_zero_page = true;
	/* as 6.18 boots: the PMD size inherits, the mTHP sizes are off */
	for (order = 0; order <= MMSIM_THP_PMD_ORDER; order++) {
		p->thp_order[order] = order < 2 ? MMSIM_THP_ABSENT : MMSIM_THP_NEVER;
		p->thp_shmem_order[order] = order < 1 ? MMSIM_SHMEM_ABSENT :
					    MMSIM_SHMEM_NEVER;
	}
	p->thp_order[MMSIM_THP_PMD_ORDER] = MMSIM_THP_INHERIT;
	p->thp_shmem_order[MMSIM_THP_PMD_ORDER] = MMSIM_SHMEM_INHERIT;
	p->fault_around_bytes = 65536;
	p->read_ahead_kb = 8192;	/* the reference hosts' virtio disk */
	strcpy(p->scratch_fs, "ext4");
	p->max_map_count = 65530;
	p->mmap_min_addr = 65536;	/* CONFIG_LSM_MMAP_MIN_ADDR */
	p->dac_mmap_min_addr = 4096;
	p->overcommit_memory = 0;
	p->overcommit_ratio = 50;
	p->overcommit_kbytes = 0;
	p->unprivileged_userfaultfd = 0;
	p->memfd_noexec = 0;
	p->totalram_pages = (24UL << 30) / 4096;
	p->totalswap_pages = 0;
	p->swap = false;
	p->soft_dirty = false;
	p->ksm = true;
	p->numa_nodes = 1;
	p->root = true;
}

enum mmsim_thp_mode mmsim_profile_thp_order(const struct mmsim_profile *p,
					    int order)
{
	enum mmsim_thp_mode m;

	if (order < 0 || order > MMSIM_THP_PMD_ORDER)
		return MMSIM_THP_NEVER;
	m = p->thp_order[order];
	if (m == MMSIM_THP_INHERIT)
		return p->thp_enabled;
	return m == MMSIM_THP_ABSENT ? MMSIM_THP_NEVER : m;
}

/* Is any anonymous THP size possible at all (always, or with MADV_HUGEPAGE)? */
static bool any_thp(const struct mmsim_profile *p)
{
	int order;

	for (order = 0; order <= MMSIM_THP_PMD_ORDER; order++)
		if (mmsim_profile_thp_order(p, order) != MMSIM_THP_NEVER)
			return true;
	return false;
}

bool mmsim_profile_feature(const struct mmsim_profile *p, const char *name,
			   bool *have)
{
	if (!strcmp(name, "zero_page"))
		*have = p->zero_page;
	else if (!strcmp(name, "huge_zero_page"))
		/* do_huge_pmd_anonymous_page() asks mm_forbids_zeropage() too */
		*have = p->zero_page && p->thp_use_zero_page &&
			mmsim_profile_thp_order(p, MMSIM_THP_PMD_ORDER) != MMSIM_THP_NEVER;
	else if (!strcmp(name, "thp"))
		*have = any_thp(p);
	else if (!strcmp(name, "swap"))
		*have = p->swap;
	else if (!strcmp(name, "soft_dirty"))
		*have = p->soft_dirty;
	else if (!strcmp(name, "ksm"))
		*have = p->ksm;
	else if (!strcmp(name, "numa"))
		*have = p->numa_nodes > 1;
	else if (!strcmp(name, "root"))
		*have = p->root;
	else if (!strcmp(name, "userfaultfd"))
		/* userfaultfd(0) needs CAP_SYS_PTRACE, or the sysctl's consent */
		*have = p->root || p->unprivileged_userfaultfd;
	else
		return false;
	return true;
}

/* ---- text ----------------------------------------------------------------- */

static void *field(void *p, const struct profile_key *k)
{
	return (char *)p + k->off;
}

static const char *enum_name(const struct profile_key *k, int v)
{
	switch (k->type) {
	case K_THP:
		return v >= 0 && v < (int)ARRAY_SIZE(thp_names) ? thp_names[v] : "?";
	case K_DEFRAG:
		return v >= 0 && v < (int)ARRAY_SIZE(defrag_names) ? defrag_names[v] : "?";
	case K_SHMEM:
		return v >= 0 && v < (int)ARRAY_SIZE(shmem_names) ? shmem_names[v] : "?";
	default:
		return "?";
	}
}

/* The value of key @k in @p as text: what the profile file would say. */
static void format_value(const struct mmsim_profile *p,
			 const struct profile_key *k, char *buf, size_t len)
{
	const void *f = field((void *)p, k);

	switch (k->type) {
	case K_BOOL:
		snprintf(buf, len, "%s", *(const bool *)f ? "yes" : "no");
		break;
	case K_INT:
		snprintf(buf, len, "%d", *(const int *)f);
		break;
	case K_ULONG:
		snprintf(buf, len, "%lu", *(const unsigned long *)f);
		break;
	case K_KVER:
		snprintf(buf, len, "%d.%d.%d", p->kver_major, p->kver_minor,
			 p->kver_patch);
		break;
	case K_STR:
		snprintf(buf, len, "%s", (const char *)f);
		break;
	case K_THP:
	case K_DEFRAG:
	case K_SHMEM:
		snprintf(buf, len, "%s", enum_name(k, *(const int *)f));
		break;
	}
}

void mmsim_profile_print(const struct mmsim_profile *p, FILE *f, bool json)
{
	char v[64];
	size_t i;

	if (json)
		fputc('{', f);
	for (i = 0; i < ARRAY_SIZE(profile_keys); i++) {
		const struct profile_key *k = &profile_keys[i];

		format_value(p, k, v, sizeof(v));
		if (!json) {
			fprintf(f, "%s = %s\n", k->name, v);
			continue;
		}
		fprintf(f, "%s\"%s\": ", i ? ", " : "", k->name);
		switch (k->type) {
		case K_BOOL:
			fputs(*(const bool *)field((void *)p, k) ? "true" : "false", f);
			break;
		case K_INT:
		case K_ULONG:
			fputs(v, f);
			break;
		default:	/* strings: no quote or backslash can reach them */
			fprintf(f, "\"%s\"", v);
		}
	}
	if (json)
		fputs("}\n", f);
}

static int parse_enum(const char *const *names, size_t n, const char *v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], v))
			return (int)i;
	return -1;
}

/* A whole decimal number, no sign, no trailing text. */
static bool parse_ulong(const char *v, unsigned long *out)
{
	char *end;

	if (*v < '0' || *v > '9')
		return false;
	errno = 0;
	*out = strtoul(v, &end, 10);
	return !errno && !*end;
}

static int set_key(struct mmsim_profile *p, const struct profile_key *k,
		   const char *v)
{
	void *f = field(p, k);
	unsigned long u;
	int e, maj, min, patch = 0, n, used = 0;

	switch (k->type) {
	case K_BOOL:
		if (!strcmp(v, "yes") || !strcmp(v, "true") || !strcmp(v, "1"))
			*(bool *)f = true;
		else if (!strcmp(v, "no") || !strcmp(v, "false") || !strcmp(v, "0"))
			*(bool *)f = false;
		else
			return -EINVAL;
		return 0;
	case K_INT:
		if (!parse_ulong(v, &u) || u > 1000000)
			return -EINVAL;
		*(int *)f = (int)u;
		return 0;
	case K_ULONG:
		if (!parse_ulong(v, &u))
			return -EINVAL;
		*(unsigned long *)f = u;
		return 0;
	case K_KVER:
		n = sscanf(v, "%d.%d%n.%d%n", &maj, &min, &used, &patch, &used);
		if (n < 2 || v[used] || maj < 0 || min < 0 || patch < 0)
			return -EINVAL;
		p->kver_major = maj;
		p->kver_minor = min;
		p->kver_patch = n == 3 ? patch : 0;
		return 0;
	case K_STR:
		if (strlen(v) >= k->size || !*v)
			return -EINVAL;
		strcpy(f, v);
		return 0;
	case K_THP:
		e = parse_enum(thp_names, ARRAY_SIZE(thp_names), v);
		break;
	case K_DEFRAG:
		e = parse_enum(defrag_names, ARRAY_SIZE(defrag_names), v);
		break;
	case K_SHMEM:
		e = parse_enum(shmem_names, ARRAY_SIZE(shmem_names), v);
		break;
	default:
		return -EINVAL;
	}
	if (e < 0)
		return -EINVAL;
	/* inherit and absent describe one size, not the top-level file */
	if (k->off == offsetof(struct mmsim_profile, thp_enabled) &&
	    e >= MMSIM_THP_INHERIT)
		return -EINVAL;
	if (k->off == offsetof(struct mmsim_profile, thp_shmem_enabled) &&
	    e >= MMSIM_SHMEM_INHERIT)
		return -EINVAL;
	*(int *)f = e;
	return 0;
}

static const struct profile_key *find_key(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(profile_keys); i++)
		if (strlen(profile_keys[i].name) == len &&
		    !memcmp(profile_keys[i].name, name, len))
			return &profile_keys[i];
	return NULL;
}

int mmsim_profile_set(struct mmsim_profile *p, const char *key,
		      const char *value)
{
	const struct profile_key *k = find_key(key, strlen(key));

	return k ? set_key(p, k, value) : -ENOENT;
}

int mmsim_profile_get(const struct mmsim_profile *p, const char *key,
		      char *buf, size_t len, bool *numeric)
{
	const struct profile_key *k = find_key(key, strlen(key));

	if (!k)
		return -ENOENT;
	format_value(p, k, buf, len);
	if (numeric)
		*numeric = k->type == K_INT || k->type == K_ULONG;
	return 0;
}

/* The values a key takes, for the message about a bad one. */
static const char *key_values(const struct profile_key *k)
{
	switch (k->type) {
	case K_BOOL: return "yes or no";
	case K_INT:
	case K_ULONG: return "a decimal number";
	case K_KVER: return "a version such as 6.18.44";
	case K_STR: return "a word";
	case K_THP: return k->off == offsetof(struct mmsim_profile, thp_enabled) ?
			   "always, madvise or never" :
			   "always, inherit, madvise, never or absent";
	case K_DEFRAG: return "always, defer, defer+madvise, madvise or never";
	case K_SHMEM: return k->off == offsetof(struct mmsim_profile, thp_shmem_enabled) ?
			     "always, within_size, advise, never, deny or force" :
			     "always, inherit, within_size, advise, never or absent";
	}
	return "?";
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

int mmsim_profile_parse(struct mmsim_profile *p, const char *file,
			const char *text, char *err, size_t errlen)
{
	struct mmsim_profile work = *p;	/* all or nothing */
	const char *line = text;
	int lineno = 0;

	while (*line) {
		const char *end = strchr(line, '\n'), *s = line, *key, *eq, *v, *ve;
		const struct profile_key *k;
		char value[64];
		size_t klen;

		if (!end)
			end = line + strlen(line);
		lineno++;
		while (s < end && is_space(*s))
			s++;
		if (s == end || *s == '#')
			goto next;
		key = s;
		while (s < end && !is_space(*s) && *s != '=')
			s++;
		klen = (size_t)(s - key);
		while (s < end && is_space(*s))
			s++;
		eq = s;
		if (eq == end || *eq != '=') {
			snprintf(err, errlen, "%s:%d:%d: error: expected 'key = value'",
				 file, lineno, (int)(eq - line) + 1);
			return -EINVAL;
		}
		k = find_key(key, klen);
		if (!k) {
			snprintf(err, errlen, "%s:%d:%d: error: unknown profile key '%.*s' (mmsim profile lists them)",
				 file, lineno, (int)(key - line) + 1, (int)klen, key);
			return -EINVAL;
		}
		v = eq + 1;
		while (v < end && is_space(*v))
			v++;
		ve = end;
		while (ve > v && is_space(ve[-1]))
			ve--;
		if ((size_t)(ve - v) >= sizeof(value) || ve == v) {
			snprintf(err, errlen, "%s:%d:%d: error: %s: expected %s",
				 file, lineno, (int)(v - line) + 1, k->name,
				 key_values(k));
			return -EINVAL;
		}
		memcpy(value, v, (size_t)(ve - v));
		value[ve - v] = '\0';
		if (set_key(&work, k, value)) {
			snprintf(err, errlen, "%s:%d:%d: error: %s: '%s' is not %s",
				 file, lineno, (int)(v - line) + 1, k->name, value,
				 key_values(k));
			return -EINVAL;
		}
next:
		line = *end ? end + 1 : end;
	}
	if (work.page_size != 4096) {
		snprintf(err, errlen, "%s:0:0: error: page_size: only 4096 is modelled",
			 file);
		return -EINVAL;
	}
	*p = work;
	return 0;
}
