# mlock does not reject an unaligned start: it rounds the start down and the end up to whole pages, then locks and populates them
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p + 1, 1) == 0
vma(p) == [p, p + PAGE)
vmflag(p, "lo") == 1
pagemap(p) & PM_PRESENT == PM_PRESENT
# start in the middle of one page, end one byte into the next: two pages
mlock(p + 3 * PAGE + PAGE / 2, PAGE / 2 + 1) == 0
vma(p + 3 * PAGE) == [p + 3 * PAGE, p + 5 * PAGE)
vmflag(p + 4 * PAGE, "lo") == 1
pagemap(p + 4 * PAGE) & PM_PRESENT == PM_PRESENT
vmflag(p + 2 * PAGE, "lo") == 0
pagemap(p + 2 * PAGE) == 0
# mlock2 rounds the same way
mlock2(p + 6 * PAGE + 5, 1, MLOCK_ONFAULT) == 0
vma(p + 6 * PAGE) == [p + 6 * PAGE, p + 7 * PAGE)
vmflag(p + 6 * PAGE, "lf") == 1
