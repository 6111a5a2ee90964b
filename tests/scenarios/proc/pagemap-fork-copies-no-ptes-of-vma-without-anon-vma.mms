# fork copies no page table entries of a private VMA that has no anon_vma (only zero-page reads so far): the child's pagemap there is 0 until it faults; once a page was written, the zero-page entries are copied too.
require zero_page
require root
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 2 * PAGE) == 0
read(q, 2 * PAGE) == 0
write(q + PAGE, 1, 'q')
pagemap(p) == PM_PRESENT
pagemap(q) == PM_PRESENT
c = fork()
# p: read faults only, no anon_vma: nothing copied
@c pagemap(p) == 0
@c pagemap(p + PAGE) == 0
@c frame(p) == NONE
# q: has an anon_vma: its zero-page entry and its written page are copied
@c pagemap(q) == PM_PRESENT
@c pagemap(q + PAGE) == PM_PRESENT
# the parent keeps its entries
pagemap(p) == PM_PRESENT
# the child faults the zero page in again on read
@c read(p) == 0
@c pagemap(p) == PM_PRESENT
@c pagemap(p + PAGE) == 0
