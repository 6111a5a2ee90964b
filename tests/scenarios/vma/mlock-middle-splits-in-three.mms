# mlock on the middle of a VMA sets VM_LOCKED there, splits the VMA in three and populates the locked pages.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p + 4 * PAGE, 4 * PAGE)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
vmflag(p + 4 * PAGE, "lo") == 1
vmflag(p, "lo") == 0
pagemap(p + 4 * PAGE) & PM_PRESENT == PM_PRESENT
pagemap(p) & PM_PRESENT == 0
