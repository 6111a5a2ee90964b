# an anonymous fault installs its page table before it looks for a page:
# one that SIGBUS ends leaves the table, so PAGEMAP_SCAN reports the
# table's empty entries as written, and a failed write leaves an anon_vma
# (which keeps two such VMAs apart, where failed reads, bound for the
# zero page, do not)
require zero_page
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_SIGBUS)
r = mmap(NULL, 2048 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
b = r + 512 * PAGE - (r & (PMD_SIZE - 1))
a = mmap(b, 1024 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, a, 1024 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
pagemap_scan(a, 1024 * PAGE, 0, 0, 0, PAGE_IS_WRITTEN, PAGE_IS_WRITTEN) == 0
read(a + 3 * PAGE) == SIGBUS
pagemap_scan(a, 1024 * PAGE, 0, 0, 0, PAGE_IS_WRITTEN, PAGE_IS_WRITTEN) == 1
scan_region(0) == [a, a + 512 * PAGE)
write(a + 600 * PAGE, 1, 'x') == SIGBUS
pagemap_scan(a, 1024 * PAGE, 0, 0, 0, PAGE_IS_WRITTEN, PAGE_IS_WRITTEN) == 1
scan_region(0) == [a, a + 1024 * PAGE)
smaps(a, "Rss") == 0
# anon_vmas: failed writes make them, failed reads do not
c = mmap(r + 1800 * PAGE, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DONTDUMP)
uffdio_register(u, c, 20 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(c) == SIGBUS
read(c + 10 * PAGE) == SIGBUS
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DODUMP)
vma(c) == [c, c + 20 * PAGE)
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DONTDUMP)
write(c, 1, 'x') == SIGBUS
write(c + 10 * PAGE, 1, 'x') == SIGBUS
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DODUMP)
vma(c) == [c, c + 10 * PAGE)
