# A read that misses the cache sizes its readahead by the cached run before it, found by walking the page cache backwards, and the kernel's walk (xas_prev) has a quirk: starting inside a large folio it reads on from the folio's first slot while counting from where it started, so the run comes out the folio's offset shorter (found by mmsim fuzz --seed 100, sequence 133507: the model counted the whole run)
require files
require fault_around_bytes > 4096
require read_ahead_kb >= 128
require !soft_dirty
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open(".", O_TMPFILE | O_RDWR, 0600) == 3
ftruncate(f0, 200 * PAGE) == 0
# one order-3 folio at 24; pages 14 to 23 read in
pwrite(f0, 'y', 8 * PAGE, 24 * PAGE) == 8 * PAGE
pread(f0, 16 * PAGE, 14 * PAGE) == MIXED
# a read from 30 to 38 misses at 32: the walk back from 31 reads 24, 23 ... 13
# (the miss) while counting 31, 30 ... 20, so the run is 11 pages, and the
# window 11 + 7 = 18 pages, [32, 50)
pread(f0, 9 * PAGE, 30 * PAGE) == MIXED
mmap(r, 128 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, f0, 0) == r
# fault-around with MADV_RANDOM maps the cached pages of each window, reads nothing more
madvise(r, 128 * PAGE, MADV_RANDOM) == 0
read(r + 33 * PAGE) == 0
read(r + 49 * PAGE) == 0
pagemap(r + 32 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 48 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 50 * PAGE) == 0
pagemap(r + 55 * PAGE) == 0
