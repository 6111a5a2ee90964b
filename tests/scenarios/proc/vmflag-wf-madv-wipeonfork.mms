# MADV_WIPEONFORK sets VmFlags wf: the child gets the VMA (still wf) but no pages, reading zero; the parent keeps its data; MADV_KEEPONFORK clears wf.
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
madvise(p, 4 * PAGE, MADV_WIPEONFORK) == 0
vmflag(p, "wf") == 1
c = fork()
@c vma(p) == [p, p + 4 * PAGE)
@c vmflag(p, "wf") == 1
@c pagemap(p) == 0
@c smaps(p, "Rss") == 0
@c read(p, 4 * PAGE) == 0
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p, 4 * PAGE) == 'a'
madvise(p, 4 * PAGE, MADV_KEEPONFORK) == 0
vmflag(p, "wf") == 0
d = fork()
@d read(p, 4 * PAGE) == 'a'
