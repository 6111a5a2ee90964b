# memfd_create judges its flags and name before any huge page size: a size in bits 26-31 without MFD_HUGETLB, unknown bits, MFD_EXEC with MFD_NOEXEC_SEAL, and a name over 249 bytes are -EINVAL with MFD_HUGETLB too; then a page size x86_64 has no huge pages of (64 KiB, 4 MiB, 2^12, 2^63 bytes) is -ENODEV.
require files
memfd_create("m", MFD_HUGE_2MB) == -EINVAL
memfd_create("m", 21 << MFD_HUGE_SHIFT) == -EINVAL
memfd_create("m", MFD_HUGETLB | 0x100) == -EINVAL
memfd_create("m", MFD_HUGETLB | MFD_EXEC | MFD_NOEXEC_SEAL) == -EINVAL
memfd_create("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", MFD_HUGETLB) == -EINVAL
memfd_create("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", MFD_HUGETLB | MFD_HUGE_8MB) == -EINVAL
memfd_create("m", MFD_HUGETLB | MFD_HUGE_64KB) == -ENODEV
memfd_create("m", MFD_HUGETLB | (22 << MFD_HUGE_SHIFT)) == -ENODEV
memfd_create("m", MFD_HUGETLB | (12 << MFD_HUGE_SHIFT)) == -ENODEV
memfd_create("m", MFD_HUGETLB | (63 << MFD_HUGE_SHIFT)) == -ENODEV
m = memfd_create("m", 0) == 3
