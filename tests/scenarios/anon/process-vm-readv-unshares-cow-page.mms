# process_vm_readv pins the pages it reads; a read-only pin of an anonymous page shared copy-on-write after fork unshares it first, so the reader ends up with a page of its own (same data) and the other process keeps the old one
require !soft_dirty
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'u')
f = frame(p)
c = fork()
mapcount(p) == 2
pagemap(p) & PM_MMAP_EXCLUSIVE == 0
process_vm_readv(p, PAGE) == PAGE
frame(p) != f
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p, PAGE) == 'u'
@c frame(p) == f
@c mapcount(p) == 1
# the page the read did not touch is still shared
mapcount(p + PAGE) == 2
# an exclusive page is pinned as it is
g = frame(p)
process_vm_readv(p, PAGE) == PAGE
frame(p) == g
