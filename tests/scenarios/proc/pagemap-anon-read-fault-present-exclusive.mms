# Without the zero page, a read of untouched private anonymous memory maps a page of the process's own: pagemap is exactly PM_PRESENT | PM_MMAP_EXCLUSIVE, never PM_FILE, as after a write; a later write keeps that page, and write-protecting the VMA keeps every page mapped and exclusive.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 4 * PAGE, MADV_NOHUGEPAGE)
read(p, 4 * PAGE) == 0
for i in 0..4: pagemap(p + i * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
# a write stores into the page the read made (no copy), the others are untouched
f = frame(p)
write(p, 1, 'w')
frame(p) == f
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p + PAGE, PAGE) == 0
# write-protecting the VMA keeps them mapped
mprotect(p, 4 * PAGE, PROT_READ)
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
frame(p) == f
