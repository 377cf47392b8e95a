/**
 * Host discovery and lifecycle through sysfs, {@code /dev/vfio} and {@code /etc/mdevctl.d}, every path
 * hung off one {@link dev.ccwconsole.nativ.sysfs.HostPaths} root so tests run on fixture trees.
 *
 * <p>Reading ({@link dev.ccwconsole.nativ.sysfs.SysfsReader}) is separate from parsing
 * ({@link dev.ccwconsole.nativ.sysfs.SysfsParsers}, pure functions of the file content). Discovery
 * ({@link dev.ccwconsole.nativ.sysfs.SysfsDiscovery}) never fails because of one bad file: a missing
 * required file, garbage or an unreadable link makes that field null and adds a
 * {@link dev.ccwconsole.nativ.sysfs.SysfsProblem} (host path, content, reason) to the item; a missing
 * optional file (kernel-version dependent: {@code dev_busid}, {@code driver_override}, {@code shared},
 * {@code cmg}, {@code chid}) is just null. Problems that belong to no item (a directory entry that is not a
 * bus-id or UUID) go on the inventory.
 *
 * <p>Writes ({@link dev.ccwconsole.nativ.sysfs.SysfsLifecycle}) go through libc so that a kernel refusal
 * arrives with its errno; a multi-step operation that stops reports the steps already done.
 */
package dev.ccwconsole.nativ.sysfs;
