package dev.ccwconsole.emulator;

import java.util.List;

/**
 * A channel program the driver holds between a successful START and its final interrupt: the data pages it
 * pinned (spec §6.1 step 4). Freeing it unpins them (spec §3.6, §6.3).
 */
final class HeldProgram {

    /** One pinned range. */
    record Pin(long iova, int length) {
    }

    private final EmulatedIommu iommu;
    private final List<Pin> pins;
    private boolean freed;

    HeldProgram(EmulatedIommu iommu, List<Pin> pins) {
        this.iommu = iommu;
        this.pins = pins; // the translation's own list, handed over and never changed after
    }

    List<Pin> pins() {
        return List.copyOf(pins);
    }

    /** {@code cp_free}: unpin everything; idempotent. */
    void free() {
        if (!freed) {
            freed = true;
            for (int i = 0; i < pins.size(); i++) {
                Pin p = pins.get(i);
                iommu.unpin(p.iova(), p.length());
            }
        }
    }

    boolean overlaps(long iova, long size) {
        for (Pin p : pins) {
            if (p.iova() < iova + size && iova < p.iova() + Math.max(1, p.length())) {
                return true;
            }
        }
        return false;
    }
}
