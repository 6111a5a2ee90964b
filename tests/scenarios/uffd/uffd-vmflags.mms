# smaps VmFlags of registered VMAs: um (MISSING), uw (WP), ui (MINOR); a
# registration in other modes replaces them, one in modes the VMA has
# already keeps them all; unregistering clears them
require userfaultfd
require files
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
m = memfd_create("m", 0)
ftruncate(m, 10 * PAGE)
s = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
vmflag(s, "um") == 0
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
vmflag(s, "um") == 1
vmflag(s, "uw") == 0
vmflag(s, "ui") == 0
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_WP)
vmflag(s, "um") == 0
vmflag(s, "uw") == 1
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR | UFFDIO_REGISTER_MODE_MISSING)
vmflag(s, "uw") == 0
vmflag(s, "um") == 1
vmflag(s, "ui") == 1
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR)
vmflag(s, "um") == 1
vmflag(s, "ui") == 1
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP | UFFDIO_REGISTER_MODE_MINOR)
vmflag(s, "um") == 1
vmflag(s, "uw") == 1
vmflag(s, "ui") == 1
uffdio_unregister(u, s, 10 * PAGE)
vmflag(s, "um") == 0
vmflag(s, "uw") == 0
vmflag(s, "ui") == 0
