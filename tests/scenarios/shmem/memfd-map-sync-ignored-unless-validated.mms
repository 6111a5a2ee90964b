# On a memfd MAP_SYNC is ignored with MAP_SHARED or MAP_PRIVATE (shmem has no DAX) and refused with -EOPNOTSUPP under MAP_SHARED_VALIDATE, as is an unknown flag bit.
require files
m = memfd_create("m", 0)
ftruncate(m, PAGE)
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED | MAP_SYNC, m, 0)
vma_prot(s) == "r--s"
p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_SYNC, m, 0)
vma_prot(p) == "r--p"
mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE | MAP_SYNC, m, 0) == -EOPNOTSUPP
mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE | 0x400000, m, 0) == -EOPNOTSUPP
v = mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE, m, 0)
vma_prot(v) == "r--s"
