# Without the zero page, a read fault gives a private VMA an anon_vma and a page of its own, so fork copies the page table entries of a VMA that was only ever read: the child maps the parent's pages at once, both sides now not exclusive.
require !zero_page
require root
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 2 * PAGE) == 0
read(q, 2 * PAGE) == 0
write(q + PAGE, 1, 'q')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(q) == PM_PRESENT | PM_MMAP_EXCLUSIVE
f = frame(p)
c = fork()
# p: read faults only, yet it has an anon_vma: its entries are copied
@c pagemap(p) == PM_PRESENT
@c pagemap(p + PAGE) == PM_PRESENT
@c frame(p) == f
# q: its read-faulted page and its written page are copied alike
@c pagemap(q) == PM_PRESENT
@c pagemap(q + PAGE) == PM_PRESENT
# the parent keeps its entries, shared now
pagemap(p) == PM_PRESENT
frame(p) == f
# the child's read needs no fault: the shared page stays
@c read(p) == 0
@c pagemap(p) == PM_PRESENT
@c pagemap(p + PAGE) == PM_PRESENT
@c frame(p) == f
