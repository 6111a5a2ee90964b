/* SPDX-License-Identifier: MIT */
/*
 * Files, as much of the VFS as memory management sees: inodes with their
 * page cache (address_space), open files, the descriptor table of each
 * process, and one directory, the scenario's scratch directory.
 *
 * Two kinds of inode exist, because the host has two that behave
 * differently under mm:
 *
 *  - disk files (the scratch directory is ext4 on the reference hosts):
 *    data lives on "disk" (i_blocks) and is cached in the page cache;
 *    clean pages can be dropped and read back, in large folios where the
 *    write size allows; shared mappings are write-notified (page_mkwrite);
 *  - shmem (memfd_create, MAP_SHARED|MAP_ANONYMOUS): the page cache is the
 *    only copy, with no swap it is never dropped; order-0 folios (THP for
 *    shmem is "never" on the reference hosts); no write-notify.
 */
#ifndef MMSIM_MM_FS_H
#define MMSIM_MM_FS_H

#include "internal.h"
#include "xarray.h"

#define FMODE_READ	0x1
#define FMODE_WRITE	0x2
#define FMODE_CAN_ODIRECT 0x4	/* O_DIRECT may be set: ext4's regular files */
#define FMODE_PATH	0x8	/* O_PATH: names a file, does nothing with it */

/* the open(2) flags the model knows (x86_64 values) */
#define O_ACCMODE	00000003
#define O_RDONLY	00000000
#define O_WRONLY	00000001
#define O_RDWR		00000002
#define O_CREAT		00000100
#define O_EXCL		00000200
#define O_NOCTTY	00000400
#define O_TRUNC		00001000
#define O_APPEND	00002000
#define O_NONBLOCK	00004000
#define O_DSYNC		00010000
#define FASYNC		00020000
#define O_DIRECT	00040000
#define O_LARGEFILE	00100000
#define O_DIRECTORY	00200000
#define O_NOFOLLOW	00400000
#define O_NOATIME	01000000
#define O_CLOEXEC	02000000
#define __O_SYNC	04000000
#define O_SYNC		(__O_SYNC | O_DSYNC)
#define O_PATH		010000000
#define __O_TMPFILE	020000000
#define O_TMPFILE	(__O_TMPFILE | O_DIRECTORY)

/* what open(2) keeps of its flags: any other bit is dropped unseen */
#define VALID_OPEN_FLAGS \
	(O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | \
	 O_NONBLOCK | __O_SYNC | O_DSYNC | FASYNC | O_DIRECT | O_LARGEFILE | \
	 O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_PATH | __O_TMPFILE)
/* all that O_PATH lets through */
#define O_PATH_FLAGS	(O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC)
/* flags of the open, not of the open file (F_GETFL shows none of them) */
#define O_OPEN_ONLY_FLAGS (O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_CLOEXEC)

#define MFD_CLOEXEC		0x0001U
#define MFD_ALLOW_SEALING	0x0002U
#define MFD_HUGETLB		0x0004U
#define MFD_NOEXEC_SEAL		0x0008U
#define MFD_EXEC		0x0010U

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_DUPFD_CLOEXEC	1030
#define FD_CLOEXEC	1
#define SETFL_MASK	(O_APPEND | O_NONBLOCK | O_DIRECT | O_NOATIME)
#define F_ADD_SEALS	1033
#define F_GET_SEALS	1034
#define F_SEAL_SEAL	0x0001
#define F_SEAL_SHRINK	0x0002
#define F_SEAL_GROW	0x0004
#define F_SEAL_WRITE	0x0008
#define F_SEAL_FUTURE_WRITE 0x0010
#define F_SEAL_EXEC	0x0020
#define F_ALL_SEALS	(F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | \
			 F_SEAL_WRITE | F_SEAL_FUTURE_WRITE | F_SEAL_EXEC)

#define FALLOC_FL_KEEP_SIZE	0x01
#define FALLOC_FL_PUNCH_HOLE	0x02
#define FALLOC_FL_NO_HIDE_STALE	0x04
#define FALLOC_FL_COLLAPSE_RANGE 0x08
#define FALLOC_FL_ZERO_RANGE	0x10
#define FALLOC_FL_INSERT_RANGE	0x20
#define FALLOC_FL_UNSHARE_RANGE	0x40
#define FALLOC_FL_WRITE_ZEROES	0x80

/* what a process may hold open, as RLIMIT_NOFILE's usual soft limit */
#define NR_OPEN_DEFAULT	1024
/* ext4: the largest file, and the largest folio its page cache uses */
#define MAX_LFS_FILESIZE	0x7fffffffffffffffLL
#define EXT4_MAX_FOLIO_ORDER	9

enum inode_kind {
	INODE_DISK,
	INODE_SHMEM,
	INODE_DIR,		/* the scratch directory itself */
	INODE_ANON,		/* an anonymous inode: a userfaultfd's */
};

#define NAME_MAX	255	/* a name in the directory */
#define MFD_NAME_MAX_LEN (NAME_MAX - 6)	/* after "memfd:" */

/* The readahead state of one open file (struct file_ra_state). */
struct file_ra_state {
	unsigned long start;		/* where the current window starts */
	unsigned int size;		/* pages in it */
	unsigned int async_size;	/* the tail whose first page is marked */
	unsigned int ra_pages;		/* the window's maximum */
	unsigned int mmap_miss;		/* read-around gives up past MMAP_LOTSAMISS */
	unsigned int order;		/* of the folios the window is read in */
	long long prev_pos;
};

struct address_space {
	struct inode *host;
	struct xarray i_pages;		/* pgoff -> folio, in each slot it covers */
	unsigned long nrpages;
	struct list_head i_mmap;	/* VMAs mapping it (vm_area_struct.shared) */
};

struct inode {
	unsigned long i_ino;
	enum inode_kind kind;
	long long i_size;
	unsigned int i_nlink;		/* names in the directory: 0 or 1 */
	long i_count;			/* open files, plus one while it has a name */
	unsigned int seals;		/* F_SEAL_*; shmem only */
	bool sealable;			/* memfd with MFD_ALLOW_SEALING */
	bool executable;		/* memfd without MFD_NOEXEC_SEAL: mode 0777 */
	/*
	 * ext4's auto_da_alloc (EXT4_STATE_DA_ALLOC_CLOSE): truncated to
	 * 0, the file is written back when a file of it is released
	 */
	bool da_alloc_close;
	struct address_space i_data;
	/*
	 * Disk files: what the disk holds per page, written back from the
	 * page cache.  An entry is a fill byte (xa_mk_value) or a PAGE_SIZE
	 * buffer; a page without one is a hole and reads as zeroes.
	 */
	struct xarray i_blocks;
	char name[NAME_MAX + 16];	/* what maps shows, e.g. "memfd:x" */
	struct mmsim_machine *machine;
	struct list_head list;		/* machine->inodes */
	long seen_count;		/* validate_mm() scratch */
};

/*
 * What a file does beyond what its inode's kind decides: only files of
 * anonymous inodes have operations of their own.
 */
struct file_operations {
	/* the last reference is gone */
	void (*release)(struct file *file);
};

struct file {
	struct inode *f_inode;
	struct address_space *f_mapping;
	const struct file_operations *f_op;	/* NULL for disk and shmem files */
	void *private_data;		/* the userfaultfd_ctx of a userfaultfd */
	unsigned int f_mode;		/* FMODE_* */
	unsigned int f_flags;		/* O_* as opened */
	long f_count;			/* descriptors and VMAs */
	struct file_ra_state f_ra;
	struct list_head list;		/* machine->files */
	long seen_count;		/* validate_mm() scratch */
};

/* A name in the scratch directory. */
struct dentry {
	char d_name[NAME_MAX + 1];
	struct inode *d_inode;
	struct list_head list;		/* machine->dentries */
};

static inline struct inode *file_inode(const struct file *f)
{
	return f->f_inode;
}

/* A regular file: a disk file or shmem (S_ISREG). */
static inline bool file_is_regular(const struct file *f)
{
	enum inode_kind kind = f->f_inode->kind;

	return kind == INODE_DISK || kind == INODE_SHMEM;
}

/*
 * May pread() and pwrite() name an offset (FMODE_PREAD and FMODE_PWRITE)?
 * Not on an anonymous inode: they are -ESPIPE there.
 */
static inline bool file_can_pread(const struct file *f)
{
	return f->f_inode->kind != INODE_ANON;
}

/*
 * Is the file on a noexec mount (the kernel's path_noexec())?  Anonymous
 * inodes are: their pseudo file system is SB_I_NOEXEC, as the scratch
 * directory and the memfds' mount are not.
 */
static inline bool path_noexec(const struct file *f)
{
	return f->f_inode->kind == INODE_ANON;
}

static inline bool shmem_mapping(const struct address_space *mapping)
{
	return mapping->host->kind == INODE_SHMEM;
}

static inline bool vma_is_shmem(const struct vm_area_struct *vma)
{
	return vma->vm_file && shmem_mapping(vma->vm_file->f_mapping);
}

static inline unsigned long i_size_pages(const struct inode *inode)
{
	/* unsigned: a shmem file may be LLONG_MAX bytes long */
	return (unsigned long)(((unsigned long long)inode->i_size + PAGE_SIZE - 1) >> PAGE_SHIFT);
}

/* mm/fs.c */
struct inode *new_inode(struct mmsim_machine *m, enum inode_kind kind,
			const char *name);
struct file *alloc_file(struct inode *inode, unsigned int f_mode,
			unsigned int f_flags);
void iput(struct inode *inode);
struct file *get_file(struct file *f);
void fput(struct file *f);
struct file *fget(struct mmsim_process *p, int fd);
struct file *fget_raw(struct mmsim_process *p, int fd);
int fd_install(struct mmsim_process *p, struct file *f, bool cloexec);
int dup_fdtable(struct mmsim_process *child, struct mmsim_process *parent);
void close_files(struct mmsim_process *p);
bool file_is_writably_mapped(struct address_space *mapping);
int do_truncate(struct inode *inode, long long length);
long vfs_fallocate(struct file *file, int mode, long long off, long long len);
void ext4_zero_partial_blocks(struct inode *inode, long long lstart,
			      long long length);
long vfs_fsync(struct file *f);
int fs_init(struct mmsim_machine *m);
void fs_exit(struct mmsim_machine *m);

/* mm/filemap.c */
struct folio *filemap_get_folio(struct address_space *mapping, unsigned long index);
int filemap_add_folio(struct address_space *mapping, struct folio *f,
		      unsigned long index);
void filemap_remove_folio(struct address_space *mapping, struct folio *f);
struct folio *filemap_alloc_folio(struct mmsim_machine *m, unsigned int order);
int filemap_write_and_wait(struct address_space *mapping);
int filemap_write_and_wait_range(struct address_space *mapping,
				 unsigned long first, unsigned long last);
void folio_writeback(struct folio *f);
int read_block_into(struct inode *inode, struct folio *page, unsigned long index);
int filemap_read_folio(struct address_space *mapping, struct folio *f);
void ext4_read_folio_flags(struct inode *inode, struct folio *f);
long filemap_read(struct file *file, long long pos, unsigned long len, int *byte);
long generic_perform_write(struct file *file, long long pos, unsigned long len,
			   int byte);
void folio_mark_dirty(struct folio *f);
void free_inode_blocks(struct inode *inode, unsigned long start,
		       unsigned long end);
/* zeroing part of a disk file's blocks: prepare (may fail), then commit */
struct blocks_zeroing {
	long long start, end;
	int nr;
	struct {
		unsigned long index;
		void *block;
	} part[2];
};
int zero_blocks_prepare(struct inode *inode, long long start, long long end,
			struct blocks_zeroing *z);
void zero_blocks_commit(struct inode *inode, struct blocks_zeroing *z);
void zero_blocks_abort(struct blocks_zeroing *z);
int pagecache_prepare_partial(struct address_space *mapping, long long pos);
int disk_zero_eof_tail(struct inode *inode, long long old_size, long long upto);
int shift_inode_blocks(struct inode *inode, unsigned long from, long shift);

/* mm/readahead.c */
void page_cache_sync_readahead(struct file *file, unsigned long index,
			       unsigned long req);
void page_cache_async_readahead(struct file *file, struct folio *f,
				unsigned long index, unsigned long req);
void page_cache_read_around(struct file *file, unsigned long index,
			    unsigned long vma_pgoff, unsigned long vma_pages,
			    bool exec);
void file_ra_state_init(struct file *file);
long force_page_cache_readahead(struct file *file, unsigned long index,
				unsigned long nr);

/* mm/truncate.c */
void truncate_pagecache(struct inode *inode, long long newsize);
void truncate_pagecache_range(struct inode *inode, long long start, long long end);
void unmap_mapping_range(struct address_space *mapping, unsigned long first,
			 unsigned long last, bool even_cows);
void truncate_inode_pages_range(struct address_space *mapping, long long start,
				long long end);
void truncate_inode_pages_final(struct address_space *mapping);

/* mm/shmem.c */
struct file *shmem_file_setup(struct mmsim_machine *m, const char *name,
			      long long size);
int shmem_get_folio(struct inode *inode, unsigned long index, bool alloc,
		    struct folio **foliop);
long shmem_fallocate(struct file *file, int mode, long long off, long long len);
bool shmem_may_write(const struct inode *inode);

/* mm/memfd.c */
long memfd_fcntl(struct file *file, unsigned int cmd, unsigned long arg);
int memfd_check_seals_mmap(struct file *file, vm_flags_t *vm_flags);

#endif
