# without the zero page, an anonymous fault installs its page table, then
# prepares an anon_vma and allocates a page, and only then asks the
# userfaultfd: one that SIGBUS ends leaves the table, so PAGEMAP_SCAN
# reports the table's empty entries as written, and leaves the anon_vma
# whether it was a read or a write (which keeps two such VMAs apart)
require !zero_page
require userfaultfd
require !soft_dirty
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
# anon_vmas: failed reads make them as failed writes do
c = mmap(r + 1800 * PAGE, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DONTDUMP)
uffdio_register(u, c, 20 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(c) == SIGBUS
read(c + 10 * PAGE) == SIGBUS
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DODUMP)
vma(c) == [c, c + 10 * PAGE)
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DONTDUMP)
write(c, 1, 'x') == SIGBUS
write(c + 10 * PAGE, 1, 'x') == SIGBUS
madvise(c + 10 * PAGE, 10 * PAGE, MADV_DODUMP)
vma(c) == [c, c + 10 * PAGE)
# the page allocated before the userfaultfd was asked is freed: nothing is mapped or counted
pagemap(c) == 0
smaps(c, "Rss") == 0
