# A hole punched inside a memfd's first page zaps the shared mappings from the page after the hole's start to the end of the file, though the hole holds no whole page: shmem_fallocate() compares its whole-page bounds as unsigned, and an end rounded down to 0 becomes the largest offset. The data stays, zeroed only in the hole; private COW copies stay. A hole inside a later page unmaps nothing (found by mmsim fuzz --seed 200, sequence 83721).
require files
require !soft_dirty
m = memfd_create("m", 0)
pwrite(m, 'a', 6 * PAGE, 0) == 6 * PAGE
s = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
p = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
read(s, 6 * PAGE) == 'a'
read(p, 6 * PAGE) == 'a'
write(p + 5 * PAGE, PAGE, 'c')
# a hole inside page 1: nothing is unmapped
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, PAGE + 100, 200) == 0
smaps(s, "Rss") == 6 * PAGE
pagemap(p + 2 * PAGE) & PM_PRESENT == PM_PRESENT
read(s + PAGE + 100, 200) == 0
# a hole inside page 0, not at its start: page 0 stays, pages 1 to 5 go
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 100, 200) == 0
pagemap(s) & PM_PRESENT == PM_PRESENT
pagemap(p) & PM_PRESENT == PM_PRESENT
smaps(s, "Rss") == PAGE
pagemap(p + 2 * PAGE) == 0
pagemap(p + 5 * PAGE) & PM_PRESENT == PM_PRESENT
read(p + 5 * PAGE) == 'c'
read(s + 3 * PAGE, 3 * PAGE) == 'a'
read(s + 100, 200) == 0
# a hole from offset 0 inside page 0: every page goes, page 0 too
read(s, 6 * PAGE)
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 3055) == 0
smaps(s, "Rss") == 0
pagemap(p) == 0
pagemap(p + 5 * PAGE) & PM_PRESENT == PM_PRESENT
read(s + 3055, PAGE - 3055) == 'a'
read(s, 3055) == 0
