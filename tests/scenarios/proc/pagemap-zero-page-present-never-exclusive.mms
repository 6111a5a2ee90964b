# A read of untouched private anonymous memory maps the shared zero page: pagemap is exactly PM_PRESENT, never PM_MMAP_EXCLUSIVE, never PM_FILE.
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 4 * PAGE, MADV_NOHUGEPAGE)
read(p, 4 * PAGE) == 0
for i in 0..4: pagemap(p + i * PAGE) == PM_PRESENT
kpageflags(p) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
# a write replaces one of them with a page of the process's own; the others stay the zero page
write(p, 1, 'w')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + PAGE) == PM_PRESENT
# write-protecting the VMA keeps the zero page mapped
mprotect(p, 4 * PAGE, PROT_READ)
pagemap(p + 3 * PAGE) == PM_PRESENT
