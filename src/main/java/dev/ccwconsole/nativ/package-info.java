/**
 * The native backend's foundations: libc through JNA (the only package where JNA appears), bound by
 * direct mapping in {@link dev.ccwconsole.nativ.LibcDirect} and exposed with Java signatures by
 * {@link dev.ccwconsole.nativ.Libc}. Every failing call is one {@link dev.ccwconsole.nativ.NativeCallException}
 * with errno, name, call and path/fd. {@link dev.ccwconsole.nativ.EventFd} and
 * {@link dev.ccwconsole.nativ.EpollLoop} carry VFIO interrupts (one daemon thread for all eventfds;
 * callbacks run on it and must not block); {@link dev.ccwconsole.nativ.AnonymousMapping} provides
 * page-aligned memory for DMA mapping. {@code struct epoll_event} is packed on x86-64 only, see
 * {@link dev.ccwconsole.nativ.EpollEventLayout}. Sysfs discovery and lifecycle live in {@code nativ.sysfs}.
 */
package dev.ccwconsole.nativ;
