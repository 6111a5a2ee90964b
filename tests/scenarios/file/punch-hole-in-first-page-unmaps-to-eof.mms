# ext4 punches a hole or zeroes a range through truncate_pagecache_range(), whose whole-page bounds compare as unsigned: a range that ends inside the file's first page zaps the shared mappings of the whole file from the page after its start (page 0 goes too here, as the large folio holding it splits); the COW copy stays. A range inside a later page leaves a page of another folio mapped.
require files
require !soft_dirty
require scratch_fs == ext4
f = open("f", O_RDWR | O_CREAT, 0600)
pwrite(f, 'a', 6 * PAGE, 0) == 6 * PAGE
s = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0)
p = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, f, 0)
read(s, 6 * PAGE) == 'a'
read(p, 6 * PAGE) == 'a'
write(p + 5 * PAGE, PAGE, 'c')
fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, PAGE + 100, 200) == 0
pagemap(s + 5 * PAGE) & PM_PRESENT == PM_PRESENT
fallocate(f, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 100, 200) == 0
smaps(s, "Rss") == 0
pagemap(p + 4 * PAGE) == 0
read(p + 5 * PAGE) == 'c'
read(s + 100, 200) == 0
read(s + 300, PAGE - 300) == 'a'
read(s + 2 * PAGE, 4 * PAGE) == 'a'
# FALLOC_FL_ZERO_RANGE the same
read(s, 6 * PAGE)
smaps(s, "Rss") == 6 * PAGE
fallocate(f, FALLOC_FL_ZERO_RANGE, 0, 3055) == 0
smaps(s, "Rss") == 0
read(s, 3055) == 0
read(s + 3055, PAGE - 3055) == 'a'
read(s + 2 * PAGE, 4 * PAGE) == 'a'
