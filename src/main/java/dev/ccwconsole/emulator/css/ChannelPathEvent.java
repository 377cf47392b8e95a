package dev.ccwconsole.emulator.css;

/** What happened to a channel path, in the kernel's vocabulary (spec §3.5: CHP_OFFLINE/ONLINE, VARY_OFF/ON). */
public enum ChannelPathEvent {
    /** Configured off / lost: PAM bit cleared; vfio-ccw queues CRW 0x040600xx. */
    OFFLINE,
    /** Configured on: PAM bit set; vfio-ccw queues CRW 0x040200xx. */
    ONLINE,
    /** Logical vary off: only the host's mask changes; no CRW. */
    VARY_OFF,
    /** Logical vary on: no CRW. */
    VARY_ON
}
