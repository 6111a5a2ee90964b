# process_vm_writev() dirties every folio it wrote as it unpins it, whatever the PTE says: an anonymous page written through its own dirty PTE, and page-cache pages (found by mmsim fuzz --seed 2, sequence 259: the model left an anonymous page it faulted in for writing clean)
require files
require root
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r
# the write fault makes a dirty PTE; the unpin dirties the folio too
process_vm_writev(r, PAGE, 'b') == PAGE
kpageflags(r) & KPF_DIRTY == KPF_DIRTY
# a store dirties only the PTE
write(r + PAGE, PAGE, 'a') == 0
kpageflags(r + PAGE) & KPF_DIRTY == 0
process_vm_writev(r + PAGE, 1, 'b') == 1
kpageflags(r + PAGE) & KPF_DIRTY == KPF_DIRTY
# reading dirties nothing
process_vm_readv(r + 2 * PAGE, PAGE) == PAGE
kpageflags(r + 2 * PAGE) & KPF_DIRTY == 0
# a clean page of a disk file is dirtied, and writeback cleans it
fd = open("f", O_RDWR | O_CREAT, 0600) == 3
pwrite(fd, 'a', 4 * PAGE, 0) == 4 * PAGE
fsync(fd) == 0
s = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
read(s) == 'a'
kpageflags(s) & KPF_DIRTY == 0
process_vm_writev(s, 1, 'c') == 1
kpageflags(s) & KPF_DIRTY == KPF_DIRTY
pread(fd, 1, 0) == 'c'
fsync(fd) == 0
kpageflags(s) & KPF_DIRTY == 0
