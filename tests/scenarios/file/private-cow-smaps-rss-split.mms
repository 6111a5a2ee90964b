# smaps of a MAP_PRIVATE file mapping splits its Rss: a COW'd page is Anonymous and Private_Dirty, a read page shared with a MAP_SHARED mapping is Shared_Clean, and Pss counts that one at half.
require files
require fault_around_bytes > 4096
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..2: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
s = mmap(a + 16 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'd'
read(s) == 'd'
write(p, 1, 'p')
smaps(p, "Rss") == 8 * KiB
smaps(p, "Anonymous") == 4 * KiB
smaps(p, "Private_Dirty") == 4 * KiB
smaps(p, "Shared_Clean") == 4 * KiB
smaps(p, "Private_Clean") == 0
smaps(p, "Shared_Dirty") == 0
smaps(p, "Pss") == 6 * KiB
smaps(p, "Pss_Dirty") == 4 * KiB
# the shared mapping: its page 0 is mapped by it alone now, page 1 by both
smaps(s, "Rss") == 8 * KiB
smaps(s, "Private_Clean") == 4 * KiB
smaps(s, "Shared_Clean") == 4 * KiB
smaps(s, "Pss") == 6 * KiB
smaps(s, "Anonymous") == 0
