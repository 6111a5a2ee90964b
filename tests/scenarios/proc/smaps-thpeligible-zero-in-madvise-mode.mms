# With THP in "madvise" mode (the profile here; "always" would differ), smaps THPeligible is 0 for an anonymous VMA without MADV_HUGEPAGE, however large, and for one with MADV_NOHUGEPAGE.
p = mmap(NULL, 4 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
smaps(p, "THPeligible") == 0
vmflag(p, "hg") == 0
madvise(p, 4 * MiB, MADV_NOHUGEPAGE)
smaps(p, "THPeligible") == 0
