// SPDX-License-Identifier: MIT
/*
 * The model's file system: the part of the VFS that memory management
 * meets.  Inodes and open files with their reference counts, a descriptor
 * table per process, the scratch directory, and the file system calls of
 * the scenario language (open, close, unlink, ftruncate, fallocate, fcntl,
 * pread, pwrite, fsync), with the kernel's argument checks in the kernel's
 * order, since which error wins is observable.
 */
#include <string.h>

#include "fs.h"
#include "mm.h"

/* ext4 with 4 KiB blocks: the largest file it holds */
#define EXT4_MAXBYTES	0xfffffffff000LL

static long long inode_maxbytes(const struct inode *inode)
{
	return inode->kind == INODE_SHMEM ? MAX_LFS_FILESIZE : EXT4_MAXBYTES;
}

/* ---- inodes and files -------------------------------------------------- */

struct inode *new_inode(struct mmsim_machine *m, enum inode_kind kind,
			const char *name)
{
	struct inode *inode = mm_alloc(m, sizeof(*inode));

	if (!inode)
		return NULL;
	inode->i_ino = ++m->last_ino;
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

struct file *fget(struct mmsim_process *p, int fd)
{
	if (fd < 0 || (unsigned int)fd >= p->max_fds)
		return NULL;
	return p->fdt[fd].file;
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

/* The lowest free descriptor from @from; -EMFILE or -ENOMEM. */
static int get_unused_fd(struct mmsim_process *p, unsigned int from)
{
	unsigned int fd;

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

static struct dentry *d_lookup(struct mmsim_machine *m, const char *name)
{
	struct dentry *d;

	list_for_each_entry(d, &m->dentries, list)
		if (!strcmp(d->d_name, name))
			return d;
	return NULL;
}

/* Name @inode @name with the dentry @d allocated before (d_instantiate()). */
static void d_add(struct mmsim_machine *m, struct dentry *d, const char *name,
		  struct inode *inode)
{
	snprintf(d->d_name, sizeof(d->d_name), "%s", name);
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
 * Resolve @path in the scratch directory: "." (or "./") is the directory
 * itself; a plain name is an entry; "name/..." passes through a regular
 * file (-ENOTDIR) or a missing one (-ENOENT).  Absolute paths and ".."
 * leave the scratch directory, which the model does not have.
 * Returns 0 with *inode (NULL if the name is free) and *last, or -errno.
 */
static int path_lookup(struct mmsim_machine *m, const char *path,
		       struct inode **inode, const char **last)
{
	const char *slash;
	struct dentry *d;
	char name[NAME_MAX + 1];
	size_t len;

	*inode = NULL;
	if (!*path)
		return -ENOENT;
	if (*path == '/')
		return -ENOENT;
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	while (*path == '/')
		path++;
	if (!*path || !strcmp(path, ".")) {
		*inode = m->root_dir;
		*last = ".";
		return 0;
	}
	slash = strchr(path, '/');
	len = slash ? (size_t)(slash - path) : strlen(path);
	if (len > NAME_MAX)
		return -ENAMETOOLONG;
	memcpy(name, path, len);
	name[len] = '\0';
	if (!strcmp(name, ".."))
		return -ENOENT;
	d = d_lookup(m, name);
	if (slash) {
		/* "name/" or "name/more": name must be a directory */
		return d ? -ENOTDIR : -ENOENT;
	}
	*inode = d ? d->d_inode : NULL;
	*last = path;
	return 0;
}

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
 * An open in two steps, so that nothing changes until nothing can fail:
 * the file and a free descriptor first, then (past truncation or the new
 * name) the descriptor is installed.
 */
struct open_prep {
	struct file *file;
	int fd;
};

static int open_prepare(struct mmsim_process *p, struct inode *inode, int flags,
			struct open_prep *op)
{
	op->file = alloc_file(inode, open_fmode(flags), (unsigned int)flags);
	if (!op->file)
		return -ENOMEM;
	op->fd = get_unused_fd(p, FIRST_FD);
	if (op->fd < 0) {
		fput(op->file);
		return op->fd;
	}
	return 0;
}

static int open_commit(struct mmsim_process *p, struct open_prep *op, int flags)
{
	fd_set(p, op->fd, op->file, flags & O_CLOEXEC);
	return op->fd;
}

/* Open @inode as it is; the one step that may fail comes first. */
static int open_existing(struct mmsim_process *p, struct inode *inode, int flags)
{
	struct open_prep op;
	int err = open_prepare(p, inode, flags, &op);

	return err ? err : open_commit(p, &op, flags);
}

/* Create @name and open it: everything is allocated before it is linked. */
static int open_create(struct mmsim_process *p, const char *name, int flags)
{
	struct mmsim_machine *m = p->machine;
	struct dentry *d = mm_alloc(m, sizeof(*d));
	struct inode *inode;
	struct open_prep op;
	int err;

	if (!d)
		return -ENOMEM;
	inode = new_inode(m, INODE_DISK, name);
	if (!inode) {
		mm_free(d);
		return -ENOMEM;
	}
	/* created now: not truncated */
	err = open_prepare(p, inode, flags & ~O_TRUNC, &op);
	if (err) {
		mm_free(d);
		iput(inode);
		return err;
	}
	d_add(m, d, name, inode);
	iput(inode);			/* the name and the file hold it */
	return open_commit(p, &op, flags);
}

/* The flag checks open(2) makes before it looks at the path. */
static int build_open_flags(int flags)
{
	int acc = flags & O_ACCMODE;

	if (flags & __O_TMPFILE) {
		if ((flags & (O_TMPFILE | O_CREAT)) != O_TMPFILE)
			return -EINVAL;
		if (acc != O_WRONLY && acc != O_RDWR)
			return -EINVAL;
	} else if ((flags & (O_CREAT | O_DIRECTORY)) == (O_CREAT | O_DIRECTORY)) {
		return -EINVAL;
	}
	if (acc == O_ACCMODE)
		return -EINVAL;
	return 0;
}

static long do_open(struct mmsim_process *p, const char *path, int flags)
{
	struct mmsim_machine *m = p->machine;
	struct inode *inode;
	const char *last;
	int acc = flags & O_ACCMODE, err;

	err = build_open_flags(flags);
	if (err)
		return err;
	err = path_lookup(m, path, &inode, &last);
	if (err)
		return err;
	if (flags & __O_TMPFILE) {
		if (!inode)
			return -ENOENT;
		if (inode->kind != INODE_DIR)
			return -ENOTDIR;
		inode = new_inode(m, INODE_DISK, "#tmpfile (deleted)");
		if (!inode)
			return -ENOMEM;
		/* F_GETFL shows O_TMPFILE, as the kernel keeps it in f_flags */
		err = open_existing(p, inode, flags);
		iput(inode);
		return err;
	}
	if (!inode) {
		if (!(flags & O_CREAT))
			return -ENOENT;
		return open_create(p, last, flags);
	}
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		return -EEXIST;
	if (inode->kind == INODE_DIR) {
		if ((flags & O_CREAT) || acc != O_RDONLY || (flags & O_TRUNC))
			return -EISDIR;
		return open_existing(p, inode, flags);
	}
	if (flags & O_DIRECTORY)
		return -ENOTDIR;
	if (flags & O_TRUNC) {
		struct open_prep op;

		/* O_TRUNC truncates even a read-only open */
		err = open_prepare(p, inode, flags, &op);
		if (!err && (err = do_truncate(inode, 0)))
			fput(op.file);
		return err ? err : open_commit(p, &op, flags);
	}
	return open_existing(p, inode, flags);
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
	struct file *f = fget(p, fd);

	if (!f)
		return -EBADF;
	fd_set(p, fd, NULL, false);
	fput(f);
	mm_debug_validate(p->machine);
	return 0;
}

long mmsim_unlink(struct mmsim_process *p, const char *path)
{
	struct inode *inode;
	const char *last;
	int err;

	err = path_lookup(p->machine, path, &inode, &last);
	if (err)
		return err;
	if (!inode)
		return -ENOENT;
	if (inode->kind == INODE_DIR)
		return -EISDIR;
	d_delete(d_lookup(p->machine, last));
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
 * Set the size of @inode: shrinking unmaps and drops the page cache beyond
 * the new end (private COW copies there too: beyond the end of a file
 * there is nothing to read) and frees the blocks there.
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
		return 0;
	}
	/* what may fail is done before the size changes */
	if (pagecache_prepare_partial(&inode->i_data, length) ||
	    zero_blocks_prepare(inode, length,
				(old + (long long)PAGE_SIZE - 1) & (long long)PAGE_MASK, &z))
		return -ENOMEM;
	inode->i_size = length;
	truncate_pagecache(inode, length);
	zero_blocks_commit(inode, &z);
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
	if (file_inode(f)->kind == INODE_DIR || !(f->f_mode & FMODE_WRITE))
		return -EINVAL;
	ret = do_truncate(file_inode(f), length);
	mm_debug_validate(p->machine);
	return ret;
}

/* ext4's fallocate: preallocation (holes stay holes here) and punching. */
static long disk_fallocate(struct file *file, int mode, long long off,
			   long long len)
{
	struct inode *inode = file_inode(file);

	if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE))
		return -EOPNOTSUPP;
	if (mode & FALLOC_FL_PUNCH_HOLE) {
		long long end = off + len;
		struct blocks_zeroing z;

		if (off >= inode->i_size)
			return 0;
		if (end > inode->i_size)
			end = inode->i_size;
		if (pagecache_prepare_partial(&inode->i_data, off) ||
		    pagecache_prepare_partial(&inode->i_data, end) ||
		    zero_blocks_prepare(inode, off, end, &z))
			return -ENOMEM;
		truncate_pagecache_range(inode, off, end - 1);
		zero_blocks_commit(inode, &z);
		return 0;
	}
	if (!(mode & FALLOC_FL_KEEP_SIZE) && off + len > inode->i_size) {
		if (disk_zero_eof_tail(inode, inode->i_size, off + len))
			return -ENOMEM;
		inode->i_size = off + len;
	}
	return 0;
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
	if (off + len > inode_maxbytes(inode) || off + len < 0)
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

long mmsim_fcntl(struct mmsim_process *p, int fd, int cmd, unsigned long arg)
{
	struct file *f = fget(p, fd);
	long ret;

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= NR_OPEN_DEFAULT)
			return -EINVAL;
		ret = get_unused_fd(p, (unsigned int)arg);
		if (ret >= 0)
			fd_set(p, (int)ret, get_file(f), cmd == F_DUPFD_CLOEXEC);
		break;
	case F_GETFD:
		ret = p->fdt[fd].cloexec ? FD_CLOEXEC : 0;
		break;
	case F_SETFD:
		p->fdt[fd].cloexec = arg & FD_CLOEXEC;
		ret = 0;
		break;
	case F_SETFL:
		f->f_flags = (f->f_flags & ~(unsigned int)SETFL_MASK) |
			     ((unsigned int)arg & SETFL_MASK);
		ret = 0;
		break;
	case F_GETFL:
		ret = (f->f_flags & ~(unsigned int)(O_CREAT | O_EXCL | O_NOCTTY |
						    O_TRUNC | O_CLOEXEC)) |
		      O_LARGEFILE;
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

long mmsim_pwrite(struct mmsim_process *p, int fd, int byte, long long len,
		  long long pos)
{
	struct file *f;
	struct inode *inode;
	long ret;

	if (pos < 0)
		return -EINVAL;
	f = fget(p, fd);
	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_WRITE))
		return -EBADF;
	if (len < 0 || pos + len < pos)
		return -EINVAL;
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
	if (pos < 0)
		return -EINVAL;
	f = fget(p, fd);
	if (!f)
		return -EBADF;
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	if (file_inode(f)->kind == INODE_DIR)
		return -EISDIR;
	if (len < 0 || pos + len < pos)
		return -EINVAL;
	ret = filemap_read(f, pos, (unsigned long)len, byte);
	mm_debug_validate(p->machine);
	return ret;
}

long vfs_fsync(struct file *f)
{
	struct inode *inode = file_inode(f);

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
