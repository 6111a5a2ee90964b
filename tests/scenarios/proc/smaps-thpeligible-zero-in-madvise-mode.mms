# With THP in "madvise" mode (the profile here; "always" would differ), smaps THPeligible is 0 for an anonymous VMA without MADV_HUGEPAGE, however large, and for one with MADV_NOHUGEPAGE.
require thp.enabled != always
require thp.hugepages-16kB.enabled != always
require thp.hugepages-32kB.enabled != always
require thp.hugepages-64kB.enabled != always
require thp.hugepages-128kB.enabled != always
require thp.hugepages-256kB.enabled != always
require thp.hugepages-512kB.enabled != always
require thp.hugepages-1024kB.enabled != always
require thp.hugepages-2048kB.enabled != always
p = mmap(NULL, 4 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
smaps(p, "THPeligible") == 0
vmflag(p, "hg") == 0
madvise(p, 4 * MiB, MADV_NOHUGEPAGE)
smaps(p, "THPeligible") == 0
