# MAP_HUGETLB with no huge pages reserved in the pool (nr_hugepages 0) fails with -ENOMEM
mmap(NULL, 2 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, -1, 0) == -ENOMEM
mmap(NULL, 2 * MiB, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, -1, 0) == -ENOMEM
# a length that is not a multiple of the huge page size is rounded up, and fails the same way
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, -1, 0) == -ENOMEM
# the same mapping without MAP_HUGETLB is fine
p = mmap(NULL, 2 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vmflag(p, "ht") == 0
