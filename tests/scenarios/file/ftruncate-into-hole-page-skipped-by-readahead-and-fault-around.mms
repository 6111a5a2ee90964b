# ext4 zeroes the partial block of a truncation through the page cache, making the page if it is not cached (__filemap_get_folio(FGP_CREAT) in __ext4_block_zero_page_range()); over a hole it leaves it cached, not up to date, with buffers.  A later fault elsewhere reads around it but passes it by (readahead skips what is cached), and fault-around does not map it (only up-to-date folios); a fault on the page itself reads it in, buffers kept (KPF_PRIVATE).  Found by mmsim fuzz --seed 100, sequence 101249: the model made no page, so readahead read page 33 in and fault-around mapped it.
require files
require fault_around_bytes >= 65536
require read_ahead_kb >= 32
require !soft_dirty
require root
require scratch_fs == ext4
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
f0 = open("f3", O_RDWR | O_CREAT, 0600) == 3
pwrite(f0, 'y', 56 * PAGE, 45 * PAGE) == 56 * PAGE
# to inside page 33, a hole
ftruncate(f0, 33 * PAGE + 715) == 0
mmap(r + 516 * PAGE, 8 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, f0, 28 * PAGE) == r + 516 * PAGE
read(r + 520 * PAGE) == 0
pagemap(r + 520 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(r + 521 * PAGE) == 0
smaps(r + 520 * PAGE, "Rss") == 20 * KiB
read(r + 521 * PAGE) == 0
kpageflags(r + 521 * PAGE) & KPF_PRIVATE == KPF_PRIVATE
