package dev.ccwconsole.device;

import java.util.Map;

/** Names for the Linux errno numbers the device layer reports (asm-generic numbering, spec §2.2). */
final class ErrnoNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(5, "EIO"), Map.entry(9, "EBADF"),
            Map.entry(11, "EAGAIN"), Map.entry(12, "ENOMEM"), Map.entry(13, "EACCES"), Map.entry(14, "EFAULT"),
            Map.entry(16, "EBUSY"), Map.entry(17, "EEXIST"), Map.entry(19, "ENODEV"), Map.entry(22, "EINVAL"),
            Map.entry(25, "ENOTTY"), Map.entry(38, "ENOSYS"), Map.entry(87, "EUSERS"), Map.entry(95, "EOPNOTSUPP"));

    private ErrnoNames() {
    }

    static String name(int errno) {
        return NAMES.getOrDefault(Math.abs(errno), "errno " + Math.abs(errno));
    }
}
