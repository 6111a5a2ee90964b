# mmap of a userfaultfd with PROT_EXEC fails with -EPERM, not -ENODEV: its anonymous inode's file system is noexec, which do_mmap() judges before whether the file has an ->mmap at all; without PROT_EXEC it is -ENODEV, and MAP_FIXED unmaps nothing (found by mmsim fuzz --seed 7, sequence 15201: the model gave -ENODEV)
require userfaultfd
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
u4 = userfaultfd(0) == 3
mmap(r + 501 * PAGE, 9 * PAGE, PROT_EXEC, MAP_PRIVATE | MAP_FIXED | MAP_NORESERVE, u4, 16 * PAGE) == -EPERM
mmap(r + 501 * PAGE, 9 * PAGE, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_FIXED, u4, 0) == -EPERM
mmap(r + 501 * PAGE, 9 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, u4, 0) == -ENODEV
mmap(r + 501 * PAGE, 9 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_SHARED | MAP_FIXED, u4, 0) == -EACCES
vma(r + 501 * PAGE) == [r, r + 4 * MiB)
vma_prot(r + 501 * PAGE) == "---p"
