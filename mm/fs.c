// SPDX-License-Identifier: MIT
/*
 * The model's file system: the part of the VFS that memory management
 * meets.  Inodes and open files with their reference counts, a descriptor
 * table per process, the scratch directory, and the file system calls of
 * the scenario language (open, close, unlink, ftruncate, fallocate, fcntl,
 * pread, pwrite, fsync), with the kernel's argument checks in the kernel's
 * order, since which error wins is observable.
 */
#include <limits.h>
#include <string.h>

#include "fs.h"
#include "mm.h"

/*
 * ext4 with 4 KiB blocks: an extent starts at a 32-bit block number, and
 * the last block is kept back so that a maximal extent still fits.
 */
#define EXT4_MAXBYTES	((((long long)1 << 32) - 1) << 12)	/* 16 TiB - 4 KiB */

static long long inode_maxbytes(const struct inode *inode)
{
	return inode->kind == INODE_SHMEM ? MAX_LFS_FILESIZE : EXT4_MAXBYTES;
}

/* ---- inodes and files -------------------------------------------------- */

/*
 * ext4 gives a new inode the lowest number its block group has free
 * (find_inode_bit()), so a file created after one was deleted takes the
 * deleted one's number, and /proc/self/maps shows the same device and
 * inode.  The scratch directory's files are all of one group: the lowest
 * number no disk inode of the machine holds.  Returns 0 when the bitmap
 * cannot be had.
 */
static unsigned long ext4_lowest_free_ino(struct mmsim_machine *m)
{
	unsigned long n = 0, ino;
	struct inode *inode;
	unsigned char *used;

	list_for_each_entry(inode, &m->inodes, list)
		if (inode->kind == INODE_DISK)
			n++;
	/* of n inodes, one of the numbers 1 to n + 1 is free */
	used = mm_alloc(m, n + 2);	/* zeroed */
	if (!used)
		return 0;
	list_for_each_entry(inode, &m->inodes, list)
		if (inode->kind == INODE_DISK && inode->i_ino <= n + 1)
			used[inode->i_ino] = 1;
	for (ino = 1; used[ino]; ino++)
		;
	mm_free(used);
	return ino;
}

struct inode *new_inode(struct mmsim_machine *m, enum inode_kind kind,
			const char *name)
{
	unsigned long ino = kind == INODE_DISK ? ext4_lowest_free_ino(m) : ++m->last_ino;
	struct inode *inode;

	if (!ino)
		return NULL;
	inode = mm_alloc(m, sizeof(*inode));
	if (!inode)
		return NULL;
	inode->i_ino = ino;
	inode->i_count = 1;		/* the caller's */
	inode->kind = kind;
	inode->machine = m;
	inode->i_data.host = inode;
	xa_init(&inode->i_data.i_pages);
	INIT_LIST_HEAD(&inode->i_data.i_mmap);
	xa_init(&inode->i_blocks);
	snprintf(inode->name, sizeof(inode->name), "%s", name);
	list_add_tail(&inode->list, &m->inodes);
	return inode;
}

/* The last reference is gone: drop the page cache and the blocks. */
static void evict_inode(struct inode *inode)
{
	VM_WARN_ON(!list_empty(&inode->i_data.i_mmap),
		   "evicting inode %lu while it is mapped", inode->i_ino);
	truncate_inode_pages_final(&inode->i_data);
	free_inode_blocks(inode, 0, ~0UL);
	xa_destroy(&inode->i_blocks);
	list_del(&inode->list);
	mm_free(inode);
}

void iput(struct inode *inode)
{
	VM_WARN_ON(inode->i_count <= 0, "iput of inode %lu with i_count %ld",
		   inode->i_ino, inode->i_count);
	if (--inode->i_count == 0)
		evict_inode(inode);
}

struct file *alloc_file(struct inode *inode, unsigned int f_mode,
			unsigned int f_flags)
{
	struct file *f = mm_alloc(inode->machine, sizeof(*f));

	if (!f)
		return NULL;
	f->f_inode = inode;
	f->f_mapping = &inode->i_data;
	f->f_mode = f_mode;
	f->f_flags = f_flags;
	f->f_count = 1;
	file_ra_state_init(f);
	inode->i_count++;
	list_add_tail(&f->list, &inode->machine->files);
	return f;
}

struct file *get_file(struct file *f)
{
	f->f_count++;
	return f;
}

void fput(struct file *f)
{
	VM_WARN_ON(f->f_count <= 0, "fput of a file with f_count %ld", f->f_count);
	if (--f->f_count)
		return;
	if (f->f_op && f->f_op->release)
		f->f_op->release(f);
	/*
	 * ext4_release_file(): a file truncated to nothing and written
	 * again is written back now (filemap_flush()), so that replacing a
	 * file's contents gets them to disk; the model's writeback is done
	 * at once, and what fails to be written stays dirty.
	 */
	if (f->f_inode->da_alloc_close) {
		f->f_inode->da_alloc_close = false;
		filemap_write_and_wait(&f->f_inode->i_data);
	}
	list_del(&f->list);
	iput(f->f_inode);
	mm_free(f);
}

/* ---- descriptors ------------------------------------------------------- */

/* The first descriptor the sandbox hands out: 0-2 are its stdio. */
#define FIRST_FD	3

/* The file open at @fd, O_PATH ones included (close, fcntl); NULL if none. */
struct file *fget_raw(struct mmsim_process *p, int fd)
{
	if (fd < 0 || (unsigned int)fd >= p->max_fds)
		return NULL;
	return p->fdt[fd].file;
}

/* The file open at @fd for a call that uses it: an O_PATH file is none. */
struct file *fget(struct mmsim_process *p, int fd)
{
	struct file *f = fget_raw(p, fd);

	return f && !(f->f_mode & FMODE_PATH) ? f : NULL;
}

static int expand_fdtable(struct mmsim_process *p, unsigned int nr)
{
	unsigned int n = p->max_fds ? p->max_fds : 16;
	struct fd_slot *fdt;

	while (n < nr)
		n *= 2;
	if (n > NR_OPEN_DEFAULT)
		n = NR_OPEN_DEFAULT;
	fdt = mm_alloc(p->machine, n * sizeof(*fdt));
	if (!fdt)
		return -ENOMEM;
	if (p->max_fds)
		memcpy(fdt, p->fdt, p->max_fds * sizeof(*fdt));
	mm_free(p->fdt);
	p->fdt = fdt;
	p->max_fds = n;
	return 0;
}

/*
 * The lowest free descriptor from @from; -EMFILE or -ENOMEM.  0-2 are never
 * free: every scenario process has its standard streams open there.
 */
static int get_unused_fd(struct mmsim_process *p, unsigned int from)
{
	unsigned int fd;

	if (from < FIRST_FD)
		from = FIRST_FD;
	for (fd = from; fd < p->max_fds; fd++)
		if (!p->fdt[fd].file)
			return (int)fd;
	if (fd >= NR_OPEN_DEFAULT)
		return -EMFILE;
	if (expand_fdtable(p, fd + 1))
		return -ENOMEM;
	return (int)fd;
}

static void fd_set(struct mmsim_process *p, int fd, struct file *f, bool cloexec)
{
	p->fdt[fd].file = f;
	p->fdt[fd].cloexec = cloexec;
}

/* Give @f (whose reference the table takes) the lowest free descriptor. */
int fd_install(struct mmsim_process *p, struct file *f, bool cloexec)
{
	int fd = get_unused_fd(p, FIRST_FD);

	if (fd >= 0)
		fd_set(p, fd, f, cloexec);
	return fd;
}

int dup_fdtable(struct mmsim_process *child, struct mmsim_process *parent)
{
	unsigned int fd;

	if (!parent->max_fds)
		return 0;
	child->fdt = mm_alloc(child->machine,
			      parent->max_fds * sizeof(*child->fdt));
	if (!child->fdt)
		return -ENOMEM;
	child->max_fds = parent->max_fds;
	for (fd = 0; fd < parent->max_fds; fd++)
		if (parent->fdt[fd].file)
			fd_set(child, (int)fd, get_file(parent->fdt[fd].file),
			       parent->fdt[fd].cloexec);
	return 0;
}

void close_files(struct mmsim_process *p)
{
	unsigned int fd;

	for (fd = 0; fd < p->max_fds; fd++)
		if (p->fdt[fd].file)
			fput(p->fdt[fd].file);
	mm_free(p->fdt);
	p->fdt = NULL;
	p->max_fds = 0;
}

/* ---- the directory ----------------------------------------------------- */

/* Are the @len bytes at @c the name @what? */
static bool name_is(const char *c, size_t len, const char *what)
{
	return len == strlen(what) && !memcmp(c, what, len);
}

/* The entry named by the @len bytes at @name (len <= NAME_MAX), or NULL. */
static struct dentry *d_lookup_len(struct mmsim_machine *m, const char *name,
				   size_t len)
{
	struct dentry *d;

	list_for_each_entry(d, &m->dentries, list)
		if (name_is(name, len, d->d_name))
			return d;
	return NULL;
}

/* Name @inode with the dentry @d, allocated before anything changed. */
static void d_add(struct mmsim_machine *m, struct dentry *d, const char *name,
		  size_t len, struct inode *inode)
{
	memcpy(d->d_name, name, len);
	d->d_name[len] = '\0';
	d->d_inode = inode;
	inode->i_nlink = 1;
	inode->i_count++;		/* the name's reference */
	list_add_tail(&d->list, &m->dentries);
}

static void d_delete(struct dentry *d)
{
	struct inode *inode = d->d_inode;

	list_del(&d->list);
	mm_free(d);
	inode->i_nlink = 0;
	snprintf(inode->name + strlen(inode->name),
		 sizeof(inode->name) - strlen(inode->name), " (deleted)");
	iput(inode);
}

/*
 * A path walked up to its last component, as link_path_walk() leaves it.
 * Every component before the last named a directory, and the only one the
 * model has is the scratch directory itself.
 */
enum last_type {
	LAST_NORM,		/* a name */
	LAST_DOT,		/* ".": the scratch directory itself */
	LAST_DOTDOT,		/* "..": its parent, outside the model */
};

struct nameidata {
	const char *last;	/* the last component, not NUL-terminated */
	size_t last_len;
	enum last_type last_type;
	bool trailing_slash;	/* slashes follow it: it must be a directory */
};

/*
 * Walk @path in the scratch directory.  A component before the last must
 * be a directory: a regular file there gives -ENOTDIR, a free name
 * -ENOENT, a name over NAME_MAX -ENAMETOOLONG.  An empty path is -ENOENT;
 * absolute paths and ".." before the last component leave the scratch
 * directory, which the model cannot follow (-ENOENT).  The last component
 * is the caller's to look up, since open(O_CREAT) judges a trailing slash
 * before it looks.
 */
static int path_walk(struct mmsim_machine *m, const char *path,
		     struct nameidata *nd)
{
	const char *c = path;

	if (!*path || *path == '/')
		return -ENOENT;
	for (;;) {
		size_t len = strcspn(c, "/");
		const char *next = c + len;

		while (*next == '/')
			next++;
		if (!*next) {
			nd->last = c;
			nd->last_len = len;
			nd->last_type = name_is(c, len, ".") ? LAST_DOT :
					name_is(c, len, "..") ? LAST_DOTDOT : LAST_NORM;
			nd->trailing_slash = c[len] == '/';
			return 0;
		}
		if (!name_is(c, len, ".")) {
			/* the directory has no subdirectories: this fails */
			if (len > NAME_MAX)
				return -ENAMETOOLONG;
			if (name_is(c, len, ".."))
				return -ENOENT;
			return d_lookup_len(m, c, len) ? -ENOTDIR : -ENOENT;
		}
		c = next;
	}
}

/*
 * Look the last component of a walked path up in the directory: 0 with
 * *dentry (NULL if the name is free), or -ENAMETOOLONG.
 */
static int lookup_last(struct mmsim_machine *m, const struct nameidata *nd,
		       struct dentry **dentry)
{
	if (nd->last_len > NAME_MAX)
		return -ENAMETOOLONG;
	*dentry = d_lookup_len(m, nd->last, nd->last_len);
	return 0;
}

/*
 * The access an open asks to be allowed, as permissions are checked: the
 * fourth access mode, O_ACCMODE itself, asks for both reading and writing
 * (its descriptor is then good for neither: the kernel's "ioctl only"
 * mode), and O_TRUNC needs write permission whatever the mode.
 */
static bool open_may_write(int flags)
{
	return (flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC);
}

/* What the open file may do: O_ACCMODE gives neither FMODE_READ nor FMODE_WRITE. */
static unsigned int open_fmode(int flags)
{
	switch (flags & O_ACCMODE) {
	case O_RDONLY:
		return FMODE_READ;
	case O_WRONLY:
		return FMODE_WRITE;
	case O_RDWR:
		return FMODE_READ | FMODE_WRITE;
	}
	return 0;
}

/*
 * Direct I/O is ext4's, for regular files (its ->open says so); its
 * directories have none, and neither has shmem here.
 */
static bool inode_can_odirect(const struct inode *inode)
{
	return inode->kind == INODE_DISK;
}

/* The open file of @inode that open(2) with @flags makes. */
static struct file *open_file(struct inode *inode, int flags)
{
	unsigned int f_mode = open_fmode(flags);

	if (flags & O_PATH)
		f_mode = FMODE_PATH;
	else if (inode_can_odirect(inode))
		f_mode |= FMODE_CAN_ODIRECT;
	return alloc_file(inode, f_mode, (unsigned int)(flags & ~O_OPEN_ONLY_FLAGS));
}

/*
 * Open @inode and give it a descriptor.  With @trunc, O_TRUNC truncates
 * it once nothing else can fail, since a truncation cannot be undone:
 * the kernel, too, has the descriptor and the file before it truncates.
 */
static int install_new_file(struct mmsim_process *p, struct inode *inode,
			    int flags, bool trunc)
{
	struct file *f = open_file(inode, flags);
	int fd, err;

	if (!f)
		return -ENOMEM;
	fd = get_unused_fd(p, FIRST_FD);
	if (fd < 0)
		goto out_fput;
	if (trunc) {
		/* O_TRUNC truncates even a read-only open */
		err = do_truncate(inode, 0);
		if (err) {
			fd = err;
			goto out_fput;
		}
	}
	fd_set(p, fd, f, flags & O_CLOEXEC);
	return fd;

out_fput:
	fput(f);
	return fd;
}

/*
 * The flags as open(2) takes them: unknown bits dropped, O_LARGEFILE forced
 * (a 64-bit kernel), and O_SYNC always with O_DSYNC, which is what most
 * places test.  O_PATH keeps only what a path needs.
 */
static int build_open_how(int flags)
{
	flags &= VALID_OPEN_FLAGS;
	/* O_PATH beats everything else: no creating, truncating, access */
	if (flags & O_PATH)
		return flags & O_PATH_FLAGS;
	flags |= O_LARGEFILE;
	if (flags & __O_SYNC)
		flags |= O_DSYNC;
	return flags;
}

/* The flag checks open(2) makes before it looks at the path. */
static int build_open_flags(int flags)
{
	/* O_CREAT | O_DIRECTORY once made regular files; O_TMPFILE has O_DIRECTORY */
	if ((flags & (O_CREAT | O_DIRECTORY)) == (O_CREAT | O_DIRECTORY))
		return -EINVAL;
	if (flags & __O_TMPFILE) {
		/* O_DIRECTORY with it, so that old kernels fail such an open */
		if (!(flags & O_DIRECTORY))
			return -EINVAL;
		/* a file nobody may write could never have contents */
		if ((flags & O_ACCMODE) == O_RDONLY)
			return -EINVAL;
	}
	return 0;
}

/* O_TMPFILE: an unnamed regular file in the directory the path names. */
static long open_tmpfile(struct mmsim_process *p, const struct nameidata *nd,
			 int flags)
{
	struct mmsim_machine *m = p->machine;
	struct inode *inode;
	struct dentry *d;
	long err;

	if (nd->last_type == LAST_DOTDOT)
		return -ENOENT;		/* outside the model */
	if (nd->last_type == LAST_NORM) {
		err = lookup_last(m, nd, &d);
		if (err)
			return err;
		return d ? -ENOTDIR : -ENOENT;
	}
	inode = new_inode(m, INODE_DISK, "#tmpfile (deleted)");
	if (!inode)
		return -ENOMEM;
	err = install_new_file(p, inode, flags, /* trunc = */ false);
	iput(inode);
	return err;
}

/* O_CREAT of a free name: a new, empty regular file (O_TRUNC has nothing to do). */
static long open_create(struct mmsim_process *p, const struct nameidata *nd,
			int flags)
{
	struct mmsim_machine *m = p->machine;
	char name[NAME_MAX + 1];
	struct inode *inode;
	struct dentry *d;
	long err;

	memcpy(name, nd->last, nd->last_len);
	name[nd->last_len] = '\0';
	/* everything is allocated before the name appears */
	d = mm_alloc(m, sizeof(*d));
	if (!d)
		return -ENOMEM;
	inode = new_inode(m, INODE_DISK, name);
	if (!inode) {
		mm_free(d);
		return -ENOMEM;
	}
	err = install_new_file(p, inode, flags, /* trunc = */ false);
	if (err < 0)
		mm_free(d);
	else
		d_add(m, d, nd->last, nd->last_len, inode);
	iput(inode);
	return err;
}

static long do_open(struct mmsim_process *p, const char *path, int flags)
{
	struct mmsim_machine *m = p->machine;
	struct nameidata nd;
	struct inode *inode;
	struct dentry *d;
	long err;

	flags = build_open_how(flags);
	err = build_open_flags(flags);
	if (err)
		return err;
	err = path_walk(m, path, &nd);
	if (err)
		return err;
	if (flags & __O_TMPFILE)
		return open_tmpfile(p, &nd, flags);
	switch (nd.last_type) {
	case LAST_DOT:
		inode = m->root_dir;
		break;
	case LAST_DOTDOT:
		return -ENOENT;		/* outside the model */
	default:
		/* open() makes no directories: "name/" cannot be created */
		if ((flags & O_CREAT) && nd.trailing_slash)
			return -EISDIR;
		err = lookup_last(m, &nd, &d);
		if (err)
			return err;
		if (!d)
			return flags & O_CREAT ? open_create(p, &nd, flags) : -ENOENT;
		inode = d->d_inode;
		break;
	}
	if (flags & O_CREAT) {
		if (flags & O_EXCL)
			return -EEXIST;
		if (inode->kind == INODE_DIR)
			return -EISDIR;
	}
	if (((flags & O_DIRECTORY) || nd.trailing_slash) && inode->kind != INODE_DIR)
		return -ENOTDIR;
	if (inode->kind == INODE_DIR && open_may_write(flags))
		return -EISDIR;
	/* the file is opened before O_TRUNC truncates it */
	if ((flags & O_DIRECT) && !inode_can_odirect(inode))
		return -EINVAL;
	return install_new_file(p, inode, flags,
				inode->kind == INODE_DISK && (flags & O_TRUNC));
}

long mmsim_open(struct mmsim_process *p, const char *path, int flags,
		unsigned int mode)
{
	long ret;

	(void)mode;	/* the scenario runs as root: permissions never refuse */
	ret = do_open(p, path, flags);
	mm_debug_validate(p->machine);
	return ret;
}

long mmsim_close(struct mmsim_process *p, int fd)
{
	struct file *f = fget_raw(p, fd);

	if (!f)
		return -EBADF;
	fd_set(p, fd, NULL, false);
	fput(f);
	mm_debug_validate(p->machine);
	return 0;
}

long mmsim_unlink(struct mmsim_process *p, const char *path)
{
	struct nameidata nd;
	struct dentry *d;
	int err;

	err = path_walk(p->machine, path, &nd);
	if (err)
		return err;
	/* "." and ".." are no names of the directory's to remove */
	if (nd.last_type != LAST_NORM)
		return -EISDIR;
	err = lookup_last(p->machine, &nd, &d);
	if (err)
		return err;
	if (!d)
		return -ENOENT;
	/* "name/" asks for a directory, and a regular file is none */
	if (nd.trailing_slash)
		return -ENOTDIR;
	d_delete(d);
	mm_debug_validate(p->machine);
	return 0;
}

/* ---- size changes ------------------------------------------------------ */

/* May @inode change from its size to @newsize under its seals? */
static int check_size_seals(const struct inode *inode, long long newsize)
{
	if (newsize < inode->i_size && (inode->seals & F_SEAL_SHRINK))
		return -EPERM;
	if (newsize > inode->i_size && (inode->seals & F_SEAL_GROW))
		return -EPERM;
	return 0;
}

/*
 * ext4 zeroes the partial block at the end of a truncation, at the old end
 * of a file that grows, and at the edges of a hole or a zeroed range
 * through the page cache (__ext4_block_zero_page_range()), after the cache
 * itself is truncated.  It takes the folio with FGP_CREAT, so one that is
 * not cached is made, order 0, and marked accessed; the folio gets buffers
 * (PG_private).  A block that is mapped -- on disk, or delayed-allocated
 * and so dirty already -- is read into the folio, zeroed and dirtied,
 * though the folio does not become up to date.  Over a hole or an
 * unwritten extent ext4 gives up, and a folio it made stays cached, not up
 * to date: readahead and fault-around pass it by, mincore() calls it not
 * resident, and only a read of that page or a fault on it reads it in.
 *
 * The model zeroes the blocks on its disk itself (zero_blocks_commit(),
 * disk_zero_eof_tail()) before this, so a new folio over a mapped block
 * reads the zeroed block.  A truncation or a write ignores a failure here
 * in the kernel; the model ignores it everywhere, the zeroing being done
 * already: out of memory, no folio is made.
 */
static void ext4_block_zero_page(struct inode *inode, unsigned long index)
{
	struct address_space *mapping = &inode->i_data;
	struct mmsim_machine *m = inode->machine;
	bool mapped = xa_load(&inode->i_blocks, index) != NULL;
	struct folio *f = filemap_get_folio(mapping, index);

	if (!f) {
		f = folio_alloc(m, NULL);
		if (!f)
			return;
		if ((mapped && read_block_into(inode, f, index)) ||
		    filemap_add_folio(mapping, f, index)) {
			folio_put(m, f);
			return;
		}
		folio_put(m, f);	/* the cache holds it now */
	}
	folio_set(f, PG_referenced);	/* FGP_ACCESSED */
	folio_set(f, PG_private);
	if (mapped)
		folio_mark_dirty(f);
}

/*
 * The blocks that bytes [lstart, lstart + length) of a disk file cover in
 * part, at most two (the first and the last), zeroed through the page
 * cache.  ASSUMPTIONS: the blocks on disk are zeroed there already.
 */
void ext4_zero_partial_blocks(struct inode *inode, long long lstart,
			      long long length)
{
	long long end = lstart + length;
	unsigned long first = (unsigned long)(lstart >> PAGE_SHIFT);
	unsigned long last = (unsigned long)((end - 1) >> PAGE_SHIFT);
	bool head = lstart & (long long)~PAGE_MASK, tail = end & (long long)~PAGE_MASK;

	if (inode->kind != INODE_DISK || length <= 0)
		return;
	if (head)
		ext4_block_zero_page(inode, first);
	if (tail && (last != first || !head))
		ext4_block_zero_page(inode, last);
}

/* The length from @pos to the end of its block. */
static long long to_block_end(long long pos)
{
	return (long long)PAGE_SIZE - (pos & (long long)~PAGE_MASK);
}

/*
 * Set the size of @inode: shrinking unmaps and drops the page cache beyond
 * the new end (private COW copies there too: beyond the end of a file
 * there is nothing to read) and frees the blocks there.  ext4 zeroes the
 * block the new end falls in (ext4_truncate()), or when the file grows the
 * block the old end fell in (ext4_setattr()), through the page cache.
 */
int do_truncate(struct inode *inode, long long length)
{
	long long old = inode->i_size;
	struct blocks_zeroing z;
	int err;

	if (length < 0)
		return -EINVAL;
	if (length > inode_maxbytes(inode))
		return -EFBIG;
	err = check_size_seals(inode, length);
	if (err)
		return err;
	if (length > old) {
		if (disk_zero_eof_tail(inode, old, length))
			return -ENOMEM;
		inode->i_size = length;
		if (old & (long long)~PAGE_MASK)
			ext4_zero_partial_blocks(inode, old, to_block_end(old));
		return 0;
	}
	/* what may fail is done before the size changes */
	if (pagecache_prepare_partial(&inode->i_data, length))
		return -ENOMEM;
	if (inode->kind == INODE_DISK &&
	    zero_blocks_prepare(inode, length,
				(old + (long long)PAGE_SIZE - 1) & (long long)PAGE_MASK, &z))
		return -ENOMEM;
	inode->i_size = length;
	truncate_pagecache(inode, length);
	if (inode->kind == INODE_DISK)
		zero_blocks_commit(inode, &z);
	/* the same size too: ext4_truncate() runs whenever it does not grow */
	if (length & (long long)~PAGE_MASK)
		ext4_zero_partial_blocks(inode, length, to_block_end(length));
	if (!length && inode->kind == INODE_DISK)
		inode->da_alloc_close = true;
	return 0;
}

long mmsim_ftruncate(struct mmsim_process *p, int fd, long long length)
{
	struct file *f;
	long ret;

	if (length < 0)
		return -EINVAL;
	f = fget(p, fd);
	if (!f)
		return -EBADF;
	if (!file_is_regular(f) || !(f->f_mode & FMODE_WRITE))
		return -EINVAL;
	ret = do_truncate(file_inode(f), length);
	mm_debug_validate(p->machine);
	return ret;
}

/* The disk file grows to @end: the old end-of-file block reads as zeroes past the old end. */
static long ext4_extend(struct inode *inode, long long end)
{
	if (disk_zero_eof_tail(inode, inode->i_size, end))
		return -ENOMEM;
	inode->i_size = end;
	return 0;
}

/*
 * ext4's preallocation: the blocks stay holes here, the size may grow.  As
 * it grows, ext4_alloc_file_blocks() zeroes the blocks the old and the new
 * end fall in, through the page cache.
 */
static long ext4_allocate(struct inode *inode, int mode, long long off,
			  long long len)
{
	long long old = inode->i_size, end = off + len;

	if (!(mode & FALLOC_FL_KEEP_SIZE) && end > old) {
		if (ext4_extend(inode, end))
			return -ENOMEM;
		ext4_zero_partial_blocks(inode, old, end - old);
	}
	return 0;
}

/*
 * Make bytes [off, end) of a disk file read as zeroes: the cache's whole
 * pages there are unmapped and dropped (private COW copies stay), its
 * partial pages zeroed, and the blocks freed or zeroed in part.
 */
static long ext4_zero_blocks(struct inode *inode, long long off, long long end)
{
	struct blocks_zeroing z;

	/* what may fail is done before anything changes */
	if (pagecache_prepare_partial(&inode->i_data, off) ||
	    pagecache_prepare_partial(&inode->i_data, end) ||
	    zero_blocks_prepare(inode, off, end, &z))
		return -ENOMEM;
	truncate_pagecache_range(inode, off, end - 1);
	zero_blocks_commit(inode, &z);
	return 0;
}

/*
 * FALLOC_FL_PUNCH_HOLE: a hole in what the file holds, never starting past
 * its end; one reaching past the end stops at the end of the page the end
 * of file falls in.  Then the edges are zeroed through the page cache.
 */
static long ext4_punch_hole(struct inode *inode, long long off, long long len)
{
	long long end = off + len;
	long err;

	if (off >= inode->i_size)
		return 0;
	if (end > inode->i_size)
		end = (inode->i_size + (long long)PAGE_SIZE - 1) & (long long)PAGE_MASK;
	err = ext4_zero_blocks(inode, off, end);
	if (!err)
		ext4_zero_partial_blocks(inode, off, end - off);
	return err;
}

/*
 * FALLOC_FL_ZERO_RANGE: the range reads as zeroes, as after punching it
 * (past the end of file too, where ext4 allocates unwritten blocks, which
 * read as zeroes once the file grows over them), and without
 * FALLOC_FL_KEEP_SIZE the file grows to its end.  Then the edges are
 * zeroed through the page cache (ext4_zero_range()):
 *
 *   - with an edge inside a block, ext4 first allocates the whole range,
 *     which grows the file and zeroes the old and new end-of-file blocks
 *     before the cache is truncated: a folio made there goes again if the
 *     range covers its page whole;
 *   - with both edges on block boundaries, the growth comes after.
 */
static long ext4_zero_range(struct inode *inode, int mode, long long off,
			    long long len)
{
	long long end = off + len, old = inode->i_size;
	long long old_page = old & (long long)PAGE_MASK;
	bool grow = !(mode & FALLOC_FL_KEEP_SIZE) && end > old;
	bool unaligned = (off | end) & (long long)~PAGE_MASK;
	long err;

	err = ext4_zero_blocks(inode, off, end);
	if (err)
		return err;
	if (grow && ext4_extend(inode, end))
		return -ENOMEM;
	if (grow && !(unaligned && off <= old_page &&
		      old_page + (long long)PAGE_SIZE <= end))
		ext4_zero_partial_blocks(inode, old, end - old);
	if (unaligned)
		ext4_zero_partial_blocks(inode, off, len);
	return 0;
}

/*
 * FALLOC_FL_COLLAPSE_RANGE and FALLOC_FL_INSERT_RANGE: the blocks from
 * @from on move by @shift blocks (negative to take the range below @from
 * out, positive to open a hole at it), and the size with them.  What the
 * page cache holds from @off on is written back first, then dropped with
 * every mapping of it, private COW copies included: its pages no longer
 * hold what the file has there.
 */
static long ext4_shift_range(struct inode *inode, long long off, long shift,
			     unsigned long from)
{
	unsigned long first = (unsigned long)(off >> PAGE_SHIFT);
	long err;

	err = filemap_write_and_wait_range(&inode->i_data, first, ~0UL);
	if (!err)
		err = shift_inode_blocks(inode, from, shift);
	if (err)
		return err;
	truncate_pagecache(inode, off);
	inode->i_size += (long long)shift * (long long)PAGE_SIZE;
	return 0;
}

/*
 * FALLOC_FL_COLLAPSE_RANGE: [off, off + len), block aligned and ending
 * before the end of file (or it would be a truncation), goes; what
 * follows moves down over it and the file shrinks by len.
 */
static long ext4_collapse_range(struct inode *inode, long long off,
				long long len)
{
	if ((off | len) & (long long)~PAGE_MASK)
		return -EINVAL;
	if (off + len >= inode->i_size)
		return -EINVAL;
	return ext4_shift_range(inode, off, -(long)(len >> PAGE_SHIFT),
				(unsigned long)((off + len) >> PAGE_SHIFT));
}

/*
 * FALLOC_FL_INSERT_RANGE: a hole of len bytes opens at @off, block
 * aligned and inside the file; what was there moves up and the file grows
 * by len, within the largest file ext4 holds.
 */
static long ext4_insert_range(struct inode *inode, long long off, long long len)
{
	if ((off | len) & (long long)~PAGE_MASK)
		return -EINVAL;
	if (off >= inode->i_size)
		return -EINVAL;
	if (len > EXT4_MAXBYTES - inode->i_size)
		return -EFBIG;
	return ext4_shift_range(inode, off, (long)(len >> PAGE_SHIFT),
				(unsigned long)(off >> PAGE_SHIFT));
}

/*
 * ext4's fallocate, by mode.  FALLOC_FL_UNSHARE_RANGE has nothing to
 * unshare without reflinks, and FALLOC_FL_WRITE_ZEROES needs a disk that
 * can unmap while zeroing, which the reference hosts' disks cannot.
 */
static long disk_fallocate(struct file *file, int mode, long long off,
			   long long len)
{
	struct inode *inode = file_inode(file);

	switch (mode & ~FALLOC_FL_KEEP_SIZE) {
	case 0:
		return ext4_allocate(inode, mode, off, len);
	case FALLOC_FL_PUNCH_HOLE:
		return ext4_punch_hole(inode, off, len);
	case FALLOC_FL_ZERO_RANGE:
		return ext4_zero_range(inode, mode, off, len);
	case FALLOC_FL_COLLAPSE_RANGE:
		return ext4_collapse_range(inode, off, len);
	case FALLOC_FL_INSERT_RANGE:
		return ext4_insert_range(inode, off, len);
	}
	return -EOPNOTSUPP;
}

long vfs_fallocate(struct file *file, int mode, long long off, long long len)
{
	struct inode *inode = file_inode(file);

	if (off < 0 || len <= 0)
		return -EINVAL;
	if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE |
		     FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_ZERO_RANGE |
		     FALLOC_FL_INSERT_RANGE | FALLOC_FL_UNSHARE_RANGE |
		     FALLOC_FL_WRITE_ZEROES))
		return -EOPNOTSUPP;
	switch (mode & ~FALLOC_FL_KEEP_SIZE) {
	case 0:
	case FALLOC_FL_UNSHARE_RANGE:
	case FALLOC_FL_ZERO_RANGE:
		break;
	case FALLOC_FL_PUNCH_HOLE:
		if (!(mode & FALLOC_FL_KEEP_SIZE))
			return -EOPNOTSUPP;
		break;
	case FALLOC_FL_COLLAPSE_RANGE:
	case FALLOC_FL_INSERT_RANGE:
		if (mode & FALLOC_FL_KEEP_SIZE)
			return -EOPNOTSUPP;
		break;
	case FALLOC_FL_WRITE_ZEROES:
		if (mode & FALLOC_FL_KEEP_SIZE)
			return -EOPNOTSUPP;
		break;
	default:
		return -EOPNOTSUPP;
	}
	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (inode->kind == INODE_DIR)
		return -EISDIR;
	/* off >= 0 and len > 0 here: an end past LLONG_MAX wraps in the kernel */
	if (len > LLONG_MAX - off || off + len > inode_maxbytes(inode))
		return -EFBIG;
	if (inode->kind == INODE_SHMEM)
		return shmem_fallocate(file, mode, off, len);
	return disk_fallocate(file, mode, off, len);
}

long mmsim_fallocate(struct mmsim_process *p, int fd, int mode, long long off,
		     long long len)
{
	struct file *f = fget(p, fd);
	long ret;

	if (!f)
		return -EBADF;
	ret = vfs_fallocate(f, mode, off, len);
	mm_debug_validate(p->machine);
	return ret;
}

/* ---- fcntl ------------------------------------------------------------- */

/* F_SETFL: only the SETFL_MASK flags change, and all or none of them. */
static long setfl(struct file *f, unsigned int arg)
{
	if ((arg & O_DIRECT) && !(f->f_mode & FMODE_CAN_ODIRECT))
		return -EINVAL;
	f->f_flags = (f->f_flags & ~(unsigned int)SETFL_MASK) | (arg & SETFL_MASK);
	return 0;
}

/*
 * F_DUPFD: @f at the lowest free descriptor from @from, which fcntl takes
 * as an int -- so that 1 << 32 is 0 and -1 is past RLIMIT_NOFILE.
 */
static long f_dupfd(struct mmsim_process *p, struct file *f, unsigned int from,
		    bool cloexec)
{
	int fd;

	if (from >= NR_OPEN_DEFAULT)
		return -EINVAL;
	fd = get_unused_fd(p, from);
	if (fd >= 0)
		fd_set(p, fd, get_file(f), cloexec);
	return fd;
}

/* The commands an O_PATH descriptor takes: those about the descriptor. */
static bool fcntl_cmd_on_path(int cmd)
{
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
	case F_GETFD:
	case F_SETFD:
	case F_GETFL:
		return true;
	}
	return false;
}

long mmsim_fcntl(struct mmsim_process *p, int fd, int cmd, unsigned long arg)
{
	struct file *f = fget_raw(p, fd);
	long ret;

	if (!f)
		return -EBADF;
	if ((f->f_mode & FMODE_PATH) && !fcntl_cmd_on_path(cmd))
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		ret = f_dupfd(p, f, (unsigned int)(int)arg, cmd == F_DUPFD_CLOEXEC);
		break;
	case F_GETFD:
		ret = p->fdt[fd].cloexec ? FD_CLOEXEC : 0;
		break;
	case F_SETFD:
		p->fdt[fd].cloexec = arg & FD_CLOEXEC;
		ret = 0;
		break;
	case F_SETFL:
		ret = setfl(f, (unsigned int)arg);
		break;
	case F_GETFL:
		ret = f->f_flags;
		break;
	case F_ADD_SEALS:
	case F_GET_SEALS:
		ret = memfd_fcntl(f, (unsigned int)cmd, arg);
		break;
	default:
		ret = -EINVAL;
		break;
	}
	mm_debug_validate(p->machine);
	return ret;
}

/* ---- reading and writing ----------------------------------------------- */

/*
 * The checks pread() and pwrite() share, in the kernel's order: the
 * offset, the descriptor, a file that has offsets, the access mode, then a
 * range that must end inside loff_t.
 */
static long rw_file_get(struct mmsim_process *p, int fd, unsigned int mode,
			long long len, long long pos, struct file **filep)
{
	struct file *f;

	if (pos < 0)
		return -EINVAL;
	f = fget(p, fd);
	if (!f)
		return -EBADF;
	if (!file_can_pread(f))
		return -ESPIPE;
	if (!(f->f_mode & mode))
		return -EBADF;
	if (len < 0 || len > LLONG_MAX - pos)
		return -EINVAL;
	*filep = f;
	return 0;
}

long mmsim_pwrite(struct mmsim_process *p, int fd, int byte, long long len,
		  long long pos)
{
	struct file *f;
	struct inode *inode;
	long ret;

	ret = rw_file_get(p, fd, FMODE_WRITE, len, pos, &f);
	if (ret)
		return ret;
	inode = file_inode(f);
	if (f->f_flags & O_APPEND)
		pos = inode->i_size;	/* Linux's pwrite appends regardless */
	if (!len)
		return 0;
	if (pos >= inode_maxbytes(inode))
		return -EFBIG;
	if (pos + len > inode_maxbytes(inode))
		len = inode_maxbytes(inode) - pos;
	if (inode->kind == INODE_SHMEM && !shmem_may_write(inode))
		return -EPERM;
	ret = generic_perform_write(f, pos, (unsigned long)len, byte);
	mm_debug_validate(p->machine);
	return ret;
}

long mmsim_pread(struct mmsim_process *p, int fd, long long len, long long pos,
		 int *byte)
{
	struct file *f;
	long ret;

	*byte = MMSIM_READ_NONE;
	ret = rw_file_get(p, fd, FMODE_READ, len, pos, &f);
	if (ret)
		return ret;
	/* a directory's ->read refuses, whatever the length */
	if (file_inode(f)->kind == INODE_DIR)
		return -EISDIR;
	ret = filemap_read(f, pos, (unsigned long)len, byte);
	mm_debug_validate(p->machine);
	return ret;
}

long vfs_fsync(struct file *f)
{
	struct inode *inode = file_inode(f);

	/* an anonymous inode has no ->fsync */
	if (inode->kind == INODE_ANON)
		return -EINVAL;
	/* shmem has nothing to write back: its pages stay dirty */
	if (inode->kind != INODE_DISK)
		return 0;
	return filemap_write_and_wait(f->f_mapping);
}

long mmsim_fsync(struct mmsim_process *p, int fd)
{
	struct file *f = fget(p, fd);
	long ret;

	if (!f)
		return -EBADF;
	ret = vfs_fsync(f);
	mm_debug_validate(p->machine);
	return ret;
}

/* ---- the state, for tests ------------------------------------------------ */

#define STATE_PRINTF(...) do {						\
	int w_ = snprintf(n < len ? buf + n : NULL, n < len ? len - n : 0,	\
			  __VA_ARGS__);						\
	if (w_ > 0)							\
		n += (size_t)w_;						\
} while (0)

/*
 * What the file system holds, as text: every name, every inode with its
 * size, seals, cached folios (index, order, dirty, up to date) and blocks,
 * every process's descriptors.  Two machines print the same text exactly
 * when their files are in the same state (the allocation-failure tests
 * compare it across a failed call).
 */
size_t mmsim_fs_state(struct mmsim_machine *m, char *buf, size_t len)
{
	struct mmsim_process *p;
	struct inode *inode;
	struct dentry *d;
	size_t n = 0;

	list_for_each_entry(d, &m->dentries, list)
		STATE_PRINTF("name %s -> %lu\n", d->d_name, d->d_inode->i_ino);
	list_for_each_entry(inode, &m->inodes, list) {
		unsigned long index = 0;
		struct folio *f;
		void *b;

		STATE_PRINTF("inode %lu kind %d size %lld nlink %u count %ld seals %#x\n",
			     inode->i_ino, inode->kind, inode->i_size, inode->i_nlink,
			     inode->i_count, inode->seals);
		while ((f = xa_find(&inode->i_data.i_pages, &index, ~0UL))) {
			STATE_PRINTF("  folio %lu order %u%s%s\n", f->index, f->order,
				     folio_test(f, PG_dirty) ? " dirty" : "",
				     folio_test(f, PG_uptodate) ? " uptodate" : "");
			index = f->index + folio_nr_pages(f);
			if (!index)
				break;
		}
		index = 0;
		while ((b = xa_find(&inode->i_blocks, &index, ~0UL))) {
			if (xa_is_value(b)) {
				STATE_PRINTF("  block %lu fill %lu\n", index, xa_to_value(b));
			} else {
				unsigned long sum = 0, i;

				for (i = 0; i < PAGE_SIZE; i++)
					sum = sum * 31 + ((unsigned char *)b)[i];
				STATE_PRINTF("  block %lu sum %lx\n", index, sum);
			}
			if (++index == 0)
				break;
		}
	}
	list_for_each_entry(p, &m->processes, list) {
		unsigned int fd;

		for (fd = 0; fd < p->max_fds; fd++)
			if (p->fdt[fd].file)
				STATE_PRINTF("pid %d fd %u -> %lu mode %#x%s\n", p->pid, fd,
					     p->fdt[fd].file->f_inode->i_ino,
					     p->fdt[fd].file->f_mode,
					     p->fdt[fd].cloexec ? " cloexec" : "");
	}
	return n;
}

/* ---- the machine's file system ----------------------------------------- */

int fs_init(struct mmsim_machine *m)
{
	INIT_LIST_HEAD(&m->inodes);
	INIT_LIST_HEAD(&m->files);
	INIT_LIST_HEAD(&m->dentries);
	/* the machine holds the one reference of its directory */
	m->root_dir = new_inode(m, INODE_DIR, ".");
	if (!m->root_dir)
		return -ENOMEM;
	m->root_dir->i_nlink = 1;
	return 0;
}

void fs_exit(struct mmsim_machine *m)
{
	struct dentry *d, *n;

	list_for_each_entry_safe(d, n, &m->dentries, list)
		d_delete(d);
	if (m->root_dir)
		iput(m->root_dir);
	m->root_dir = NULL;
}
