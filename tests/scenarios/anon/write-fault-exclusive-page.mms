# A write fault on untouched private anonymous memory allocates a fresh anonymous page: present, PM_MMAP_EXCLUSIVE, no PM_FILE, mapcount 1, kpageflags ANON|MMAP and not ZERO_PAGE.
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'w')
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE | PM_FILE | PM_SWAP) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
kpageflags(p) & (KPF_ANON | KPF_MMAP | KPF_ZERO_PAGE) == KPF_ANON | KPF_MMAP
read(p) == 'w'
read(p + 1, PAGE - 1) == 0
