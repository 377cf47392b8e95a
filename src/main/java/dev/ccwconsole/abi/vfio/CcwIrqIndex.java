package dev.ccwconsole.abi.vfio;

import java.util.Optional;

/** The vfio-ccw IRQ indexes ({@code VFIO_CCW_*_IRQ_INDEX}, spec §2.2, §3.6). */
public enum CcwIrqIndex {
    IO(0, "I/O interrupt: the IRB is in the I/O region", "4.12"),
    CRW(1, "channel report: read the CRW region until it is zero", "5.8"),
    REQ(2, "device request: the kernel wants the device back (unplug it)", "5.11");

    /** {@code VFIO_CCW_NUM_IRQS} in 6.1 headers (1 in 5.2, 2 in 5.8). */
    public static final int NUM_IRQS = 3;

    private final int index;
    private final String meaning;
    private final String sinceKernel;

    CcwIrqIndex(int index, String meaning, String sinceKernel) {
        this.index = index;
        this.meaning = meaning;
        this.sinceKernel = sinceKernel;
    }

    public int index() {
        return index;
    }

    public String meaning() {
        return meaning;
    }

    /** First kernel release with this IRQ (spec §3.6). */
    public String sinceKernel() {
        return sinceKernel;
    }

    public static Optional<CcwIrqIndex> of(long index) {
        for (CcwIrqIndex irq : values()) {
            if (irq.index == index) {
                return Optional.of(irq);
            }
        }
        return Optional.empty();
    }
}
