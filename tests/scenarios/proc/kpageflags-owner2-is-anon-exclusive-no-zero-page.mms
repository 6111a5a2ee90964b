# Without the zero page, KPF_OWNER_2 shows PG_anon_exclusive of an anonymous page the same way: set on a freshly faulted page, cleared on the shared page by fork, set on each copy-on-write copy, and set again when the parent writes the page once the child has its own copy; a read of untouched memory allocates a page that has it too.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_NOHUGEPAGE)
write(p, 2 * PAGE, 'a')
kpageflags(p) & KPF_OWNER_2 == KPF_OWNER_2
c = fork()
kpageflags(p) & KPF_OWNER_2 == 0
@c kpageflags(p) & KPF_OWNER_2 == 0
@c write(p, 1, 'c')
@c kpageflags(p) & KPF_OWNER_2 == KPF_OWNER_2
# the parent's page is mapped once again but stays not-exclusive until the parent's next write fault
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & KPF_OWNER_2 == 0
write(p, 1, 'b')
kpageflags(p) & KPF_OWNER_2 == KPF_OWNER_2
# the other page is still shared with the child
kpageflags(p + PAGE) & KPF_OWNER_2 == 0
# a read fault allocates an anonymous page of the process's own, exclusive from the start
z = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(z) == 0
kpageflags(z) & (KPF_OWNER_2 | KPF_ANON | KPF_ZERO_PAGE) == KPF_OWNER_2 | KPF_ANON
pagemap(z) == PM_PRESENT | PM_MMAP_EXCLUSIVE
