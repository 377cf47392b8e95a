/**
 * The native backend's foundations: libc through JNA (the only package where JNA appears), bound by
 * direct mapping in {@link dev.ccwconsole.nativ.LibcDirect} and exposed with Java signatures by
 * {@link dev.ccwconsole.nativ.Libc}. Every failing call is one {@link dev.ccwconsole.nativ.NativeCallException}
 * with errno, name, call and path/fd. {@link dev.ccwconsole.nativ.EventFd} and
 * {@link dev.ccwconsole.nativ.EpollLoop} carry VFIO interrupts (one daemon thread for all eventfds;
 * callbacks run on it and must not block); {@link dev.ccwconsole.nativ.AnonymousMapping} provides
 * page-aligned memory for DMA mapping. {@code struct epoll_event} is packed on x86-64 only, see
 * {@link dev.ccwconsole.nativ.EpollEventLayout}. Sysfs discovery and lifecycle live in {@code nativ.sysfs}.
 *
 * <p>The device SPI on top: {@link dev.ccwconsole.nativ.NativeHosts} is the entry point the service calls;
 * {@link dev.ccwconsole.nativ.NativeHost} implements {@code Host} over sysfs and opens mdevs by the
 * container/group sequence of spec §2.3 (or the cdev + iommufd one of §2.4, {@link dev.ccwconsole.nativ.VfioAccess});
 * {@code NativeVfioCcwDevice} passes ioctls and region reads/writes through as -errno results, delivers
 * eventfd counts on the one epoll thread and keeps a shadow of the kernel FSM ({@code NativeFsmObserver},
 * spec §4.5) from what it observes, because the kernel does not export the state.
 */
package dev.ccwconsole.nativ;
