package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Schib;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.region.RegionOffset;
import dev.ccwconsole.fsm.Event;
import java.util.Optional;

/**
 * pread/pwrite on the device fd ({@code vfio_ccw_mdev_read/write} and the region ops of {@code vfio_ccw_async.c}
 * and {@code vfio_ccw_chp.c}): offset decoding, bounds, the I/O mutex (try-lock for writers, spec §4.4), and
 * each region's semantics (spec §3.1–§3.5).
 */
final class RegionAccess {

    private final VfioCcwDriver driver;

    RegionAccess(VfioCcwDriver driver) {
        this.driver = driver;
    }

    long read(byte[] dst, int length, long fileOffset) {
        CcwRegion region = target(fileOffset, length);
        if (region == null) {
            return Errno.EINVAL.retCode();
        }
        int pos = (int) (fileOffset & RegionOffset.POSITION_MASK);
        return switch (region) {
            case IO -> copyOut(driver.buffers.io, pos, dst, length);
            case ASYNC_CMD -> copyOut(driver.buffers.cmd, pos, dst, length);
            case SCHIB -> readSchib(pos, dst, length);
            case CRW -> readCrw(pos, dst, length);
        };
    }

    long write(byte[] src, int length, long fileOffset) {
        CcwRegion region = target(fileOffset, length);
        if (region == null) {
            return Errno.EINVAL.retCode();
        }
        int pos = (int) (fileOffset & RegionOffset.POSITION_MASK);
        return switch (region) {
            case IO -> writeIo(src, pos, length);
            case ASYNC_CMD -> writeAsync(src, pos, length);
            case SCHIB, CRW -> Errno.EINVAL.retCode(); // read-only regions (E-29, E-30)
        };
    }

    /**
     * spec §3.1: index = offset >> 10; pos + count beyond the region, or an unknown index, is EINVAL (null here:
     * this runs twice per START cycle, so no Optional).
     */
    private CcwRegion target(long fileOffset, int length) {
        if (fileOffset < 0 || length < 0) {
            return null;
        }
        RegionOffset ro = RegionOffset.of(fileOffset);
        if (ro.index() >= driver.regions.size()) {
            return null;
        }
        CcwRegion region = driver.regions.get(ro.index());
        if (ro.position() + (long) length > region.size()) {
            return null;
        }
        return region;
    }

    private long copyOut(byte[] buffer, int pos, byte[] dst, int length) {
        driver.ioMutex.lock();
        try {
            System.arraycopy(buffer, pos, dst, 0, length);
            return length;
        } finally {
            driver.ioMutex.unlock();
        }
    }

    private long writeIo(byte[] src, int pos, int length) {
        if (!driver.ioMutex.tryLock()) {
            return Errno.EAGAIN.retCode(); // E-22: no side effect
        }
        int retCode;
        try {
            System.arraycopy(src, 0, driver.buffers.io, pos, length);
            retCode = driver.fsm.fire(Event.IO_REQ);
            driver.buffers.setIoRetCode(retCode);
        } finally {
            driver.ioMutex.unlock();
        }
        driver.fsm.afterIoWrite(retCode);
        return retCode != 0 ? retCode : length;
    }

    private long writeAsync(byte[] src, int pos, int length) {
        if (!driver.ioMutex.tryLock()) {
            return Errno.EAGAIN.retCode();
        }
        try {
            System.arraycopy(src, 0, driver.buffers.cmd, pos, length);
            int retCode = driver.fsm.fire(Event.ASYNC_REQ);
            driver.buffers.setCmdRetCode(retCode);
            return retCode != 0 ? retCode : length;
        } finally {
            driver.ioMutex.unlock();
        }
    }

    /** Every read issues a fresh STORE SUBCHANNEL (spec §3.4, E-29). */
    private long readSchib(int pos, byte[] dst, int length) {
        driver.ioMutex.lock();
        try {
            Optional<Schib> schib = driver.subchannel.stsch();
            if (schib.isEmpty()) {
                return Errno.ENODEV.retCode();
            }
            byte[] bytes = schib.get().encode();
            System.arraycopy(bytes, 0, driver.buffers.schib, 0, bytes.length);
            System.arraycopy(driver.buffers.schib, pos, dst, 0, length);
            return length;
        } finally {
            driver.ioMutex.unlock();
        }
    }

    /** Every read consumes one CRW, whatever pos and count (spec §3.5, E-30). */
    private long readCrw(int pos, byte[] dst, int length) {
        driver.ioMutex.lock();
        try {
            RegionBuffers.putInt(driver.buffers.crw, 0, driver.dequeueCrw());
            System.arraycopy(driver.buffers.crw, pos, dst, 0, length);
            RegionBuffers.putInt(driver.buffers.crw, 0, 0);
            return length;
        } finally {
            driver.ioMutex.unlock();
        }
    }
}
