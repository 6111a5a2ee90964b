# vma_prot of file mappings: "rw-s" and "r--s" for shared ones, "rw-p", "r--p" and "r-xp" for private ones, "---s" after mprotect(PROT_NONE); mprotect changes only the first three columns.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
vma_prot(s) == "rw-s"
t = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
vma_prot(t) == "r--s"
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
vma_prot(p) == "rw-p"
q = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 0)
vma_prot(q) == "r--p"
x = mmap(NULL, PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0)
vma_prot(x) == "r-xp"
mprotect(s + PAGE, PAGE, PROT_NONE) == 0
vma_prot(s) == "rw-s"
vma_prot(s + PAGE) == "---s"
mprotect(s + PAGE, PAGE, PROT_READ | PROT_EXEC) == 0
vma_prot(s + PAGE) == "r-xs"
