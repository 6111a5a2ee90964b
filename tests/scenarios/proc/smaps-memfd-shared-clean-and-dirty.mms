# A MAP_SHARED memfd mapping: a page only read is Private_Clean, a written page Private_Dirty, while one mapping maps them; mapped from two places they are Shared_Clean / Shared_Dirty; none of it is Anonymous.
# files and shmem come to the model with the page cache (issue 4)
require files
fd = memfd_create("smaps-shm", 0)
ftruncate(fd, 2 * PAGE)
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
read(s) == 0
write(s + PAGE, PAGE, 'w')
smaps(s, "Rss") == 8 * KiB
smaps(s, "Private_Clean") == 4 * KiB
smaps(s, "Private_Dirty") == 4 * KiB
smaps(s, "Shared_Clean") == 0
smaps(s, "Shared_Dirty") == 0
smaps(s, "Anonymous") == 0
smaps(s, "Pss_Dirty") == 4 * KiB
t = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(t, 2 * PAGE) == MIXED
smaps(s, "Shared_Clean") == 4 * KiB
smaps(s, "Shared_Dirty") == 4 * KiB
smaps(s, "Private_Clean") == 0
smaps(s, "Private_Dirty") == 0
smaps(s, "Pss") == 4 * KiB
smaps(s, "Pss_Dirty") == 2 * KiB
# the second mapping's PTEs are clean, but the dirty folio makes its page Shared_Dirty there too
smaps(t, "Shared_Dirty") == 4 * KiB
smaps(t, "Shared_Clean") == 4 * KiB
