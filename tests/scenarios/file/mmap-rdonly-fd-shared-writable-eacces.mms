# A MAP_SHARED mapping with PROT_WRITE of a file opened O_RDONLY fails with -EACCES (PROT_WRITE alone too); PROT_READ or PROT_NONE is allowed.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
ro = open("data", O_RDONLY)
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0) == -EACCES
mmap(NULL, PAGE, PROT_WRITE, MAP_SHARED, ro, 0) == -EACCES
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED_VALIDATE, ro, 0) == -EACCES
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, ro, 0)
read(s) == 'd'
vma_prot(s) == "r--s"
n = mmap(NULL, PAGE, PROT_NONE, MAP_SHARED, ro, 0)
vma_prot(n) == "---s"
# the same request on the O_RDWR descriptor succeeds
w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
vma_prot(w) == "rw-s"
