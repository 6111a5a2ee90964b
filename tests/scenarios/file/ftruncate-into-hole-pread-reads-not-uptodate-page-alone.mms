# pread() and the page ext4 left cached but not up to date by a truncation into a hole: readahead for a read of the pages before it passes it by (page_cache_ra_unbounded() skips what is cached), so mincore() still calls it not resident; a pread of that page reads it alone (filemap_update_page()), and then it is resident.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 16 * PAGE) == 0
ftruncate(fd, 8 * PAGE + 100) == 0
p = mmap(NULL, 9 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
mincore(p, 9 * PAGE) == 0
# a read of 8 pages: a readahead window of 32 pages, cut at the end of file
pread(fd, 8 * PAGE, 0) == 0
mincore(p, 9 * PAGE) == 0xff
pread(fd, 100, 8 * PAGE) == 0
mincore(p, 9 * PAGE) == 0x1ff
pread(fd, 1, 8 * PAGE + 100) == NONE
smaps(p, "Rss") == 0
