# MADV_DONTFORK keeps a range out of forked children: the child has no VMA there (vma() is NONE, reads raise SIGSEGV) while the parent keeps its mapping, data and exclusive pages.
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'd')
madvise(p + PAGE, 2 * PAGE, MADV_DONTFORK) == 0
vmflag(p + PAGE, "dc") == 1
c = fork()
@c vma(p + PAGE) == NONE
@c vma(p + 2 * PAGE) == NONE
@c read(p + PAGE) == SIGSEGV
@c write(p + 2 * PAGE, 1, 'x') == SIGSEGV
@c read(p, PAGE) == 'd'
@c read(p + 3 * PAGE, PAGE) == 'd'
@c vma(p) == [p, p + PAGE)
read(p, 4 * PAGE) == 'd'
mapcount(p + PAGE) == 1
pagemap(p + PAGE) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c exit()
