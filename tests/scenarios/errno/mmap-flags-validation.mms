# mmap needs a mapping type (MAP_PRIVATE here): none gives -EINVAL; unknown flag bits and unknown prot bits are ignored
mmap(NULL, PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0) == -EINVAL
# without MAP_ANONYMOUS the fd is looked up first: -1 is a bad file descriptor, whatever the mapping type
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, -1, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, 0, -1, 0) == -EBADF
# an unknown flag bit is not checked for MAP_PRIVATE
a = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | 0x8000000, -1, 0)
vma_prot(a) == "rw-p"
# prot bits mmap does not know are ignored (mprotect would refuse them)
b = mmap(NULL, PAGE, PROT_READ | 0x100, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vma_prot(b) == "r--p"
c = mmap(NULL, PAGE, PROT_READ | PROT_SEM, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vma_prot(c) == "r--p"
# with MAP_ANONYMOUS the fd is ignored
d = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, 12345, 0)
vma_prot(d) == "r--p"
