# On a kernel that never maps the shared zero page (mm_forbids_zeropage():
# pvm_no_zero_page=1 on the kernel command line, s390 with storage keys), a
# read of untouched private memory allocates a page of the process's own, as
# a write would: exclusive, anonymous, counted in Rss, and writable at once.
require !zero_page
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 2 * PAGE) == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
frame(p + PAGE) != frame(p)
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
smaps(p, "Rss") == 8 * KiB
smaps(p, "Anonymous") == 8 * KiB
# the write that follows finds the page writable: it stays the same page
f = frame(p)
write(p, 1, 'a')
frame(p) == f
read(p + 1, PAGE - 1) == 0
