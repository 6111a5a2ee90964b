# MADV_HUGEPAGE makes an anonymous VMA THPeligible 1 when it has room for a PMD-aligned huge page (a 4 MiB VMA always does); a 16-page VMA with MADV_HUGEPAGE stays 0 (only the PMD size is enabled here).
require thp
require thp.enabled != always
require thp.hugepages-16kB.enabled == never
require thp.hugepages-32kB.enabled == never
require thp.hugepages-64kB.enabled == never
require thp.hugepages-128kB.enabled != always
require thp.hugepages-256kB.enabled != always
require thp.hugepages-512kB.enabled != always
require thp.hugepages-1024kB.enabled != always
require thp.hugepages-2048kB.enabled != always
r = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 6 * MiB, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
smaps(p, "THPeligible") == 0
madvise(p, 4 * MiB, MADV_HUGEPAGE) == 0
smaps(p, "THPeligible") == 1
vmflag(p, "hg") == 1
madvise(q, 16 * PAGE, MADV_HUGEPAGE) == 0
vmflag(q, "hg") == 1
smaps(q, "THPeligible") == 0
# the advice can be taken back
madvise(p, 4 * MiB, MADV_NOHUGEPAGE) == 0
smaps(p, "THPeligible") == 0
