package dev.ccwconsole.service;

import java.util.List;

/**
 * A finished START: the final interrupt, every interrupt seen for it in order, the read data per read CCW (copied
 * out of the DMA window on the interrupt thread, before the area was reused), and the time from accept to final.
 */
public record OperationResult(String operationId, IrqRecord finalIrq, List<IrqRecord> interrupts, List<ReadData> data,
        long elapsedMicros) {

    /** Bytes a read CCW received (its whole count; the SCSW residual count says how many the device stored). */
    public record ReadData(int ccw, byte[] bytes) {
    }
}
