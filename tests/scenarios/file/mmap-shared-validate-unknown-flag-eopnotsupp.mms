# MAP_SHARED_VALIDATE (MAP_SHARED | MAP_PRIVATE, 3) refuses an unknown flag bit with -EOPNOTSUPP; MAP_SHARED ignores the same bit; without it MAP_SHARED_VALIDATE maps like MAP_SHARED.
require files
require !soft_dirty
MAP_SHARED_VALIDATE == MAP_SHARED | MAP_PRIVATE
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE | 0x400000, fd, 0) == -EOPNOTSUPP
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED_VALIDATE | 0x800000, fd, 0) == -EOPNOTSUPP
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED | 0x400000, fd, 0)
vma_prot(s) == "r--s"
v = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED_VALIDATE, fd, 0)
vma_prot(v) == "rw-s"
vmflag(v, "sh") == 1
write(v, 1, 'v')
pread(fd, 1, 0) == 'v'
# known flags pass the validation
l = mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE | MAP_POPULATE | MAP_NORESERVE, fd, 0)
pagemap(l) == PM_PRESENT | PM_FILE
