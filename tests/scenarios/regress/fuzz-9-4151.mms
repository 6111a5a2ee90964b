# a disk file's page read from blocks on the disk is PG_mappedtodisk (KPF_OWNER_2), as ext4_mpage_readpages() marks a folio whose blocks are all mapped, by readahead and by a single read alike; a hole is not, nor a page a partial write filled from the disk (buffer heads), and the flag stays when the page is written or zeroed in part (found by mmsim fuzz --seed 9, sequence 4151: FALLOC_FL_INSERT_RANGE dropped the cache, and the model's pages read back lacked it)
require files
require read_ahead_kb >= 256
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f = open("f1", O_RDWR | O_CREAT, 0600) == 3
pwrite(f, 'a', 10 * PAGE, 0) == 10 * PAGE
pwrite(f, 'b', 10 * PAGE, 20 * PAGE) == 10 * PAGE
fsync(f) == 0
mmap(r, 40 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, f, 0) == r
# written and written back, never read from the disk
read(r, PAGE) == 'a'
kpageflags(r) & KPF_OWNER_2 == 0
# the cache from page 0 on written back and dropped, the blocks moved up a page
fallocate(f, FALLOC_FL_INSERT_RANGE, 0, PAGE) == 0
pwrite(f, 'c', 1, 3 * PAGE) == 1
madvise(r + 20 * PAGE, 10 * PAGE, MADV_RANDOM) == 0
read(r + 25 * PAGE, 1) == 'b'
kpageflags(r + 25 * PAGE) & KPF_OWNER_2 == KPF_OWNER_2
pread(f, 64 * MiB, 0) == MIXED
read(r, 31 * PAGE) == MIXED
kpageflags(r) & KPF_OWNER_2 == 0
kpageflags(r + PAGE) & KPF_OWNER_2 == KPF_OWNER_2
kpageflags(r + 3 * PAGE) & (KPF_OWNER_2 | KPF_PRIVATE) == KPF_PRIVATE
kpageflags(r + 12 * PAGE) & KPF_OWNER_2 == 0
kpageflags(r + 21 * PAGE) & KPF_OWNER_2 == KPF_OWNER_2
pwrite(f, 'd', 1, PAGE) == 1
fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE + 100, 100) == 0
kpageflags(r + PAGE) & (KPF_OWNER_2 | KPF_PRIVATE | KPF_DIRTY) == KPF_OWNER_2 | KPF_PRIVATE | KPF_DIRTY
kpageflags(r + 2 * PAGE) & (KPF_OWNER_2 | KPF_PRIVATE | KPF_DIRTY) == KPF_OWNER_2 | KPF_PRIVATE | KPF_DIRTY
fsync(f) == 0
kpageflags(r + PAGE) & (KPF_OWNER_2 | KPF_DIRTY) == KPF_OWNER_2
# a large folio read from blocks that follow a hole goes to buffer heads: KPF_PRIVATE, no KPF_OWNER_2
g = open("f2", O_RDWR | O_CREAT, 0600) == 4
pwrite(g, 'a', 40 * PAGE, 40 * PAGE) == 40 * PAGE
fsync(g) == 0
fallocate(g, FALLOC_FL_INSERT_RANGE, 0, 4 * PAGE) == 0
fallocate(g, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 64 * PAGE, 2 * PAGE) == 0
pread(g, 64 * MiB, 0) == MIXED
mmap(r + 100 * PAGE, 100 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0) == r + 100 * PAGE
read(r + 100 * PAGE, 84 * PAGE) == MIXED
kpageflags(r + 143 * PAGE) & (KPF_OWNER_2 | KPF_PRIVATE) == 0
kpageflags(r + 144 * PAGE) & (KPF_OWNER_2 | KPF_PRIVATE) == KPF_OWNER_2
kpageflags(r + 164 * PAGE) & (KPF_OWNER_2 | KPF_PRIVATE | KPF_COMPOUND_HEAD) == KPF_PRIVATE | KPF_COMPOUND_HEAD
kpageflags(r + 170 * PAGE) & (KPF_OWNER_2 | KPF_PRIVATE | KPF_COMPOUND_TAIL) == KPF_OWNER_2 | KPF_COMPOUND_TAIL
