package dev.ccwconsole.service;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.region.CcwRegion;
import dev.ccwconsole.abi.vfio.ArgszProtocol;
import dev.ccwconsole.abi.vfio.RegionInfoReply;
import dev.ccwconsole.abi.vfio.VfioDeviceInfo;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.abi.vfio.VfioRegionInfo;
import dev.ccwconsole.device.VfioCcwDevice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spec §2.3 steps 5-6: VFIO_DEVICE_GET_INFO, then every region's GET_REGION_INFO with the argsz retry of §2.5 (start
 * with the 32-byte header as QEMU does, grow to what the kernel asks for), keeping the final buffer.
 */
final class RegionDiscovery {

    /** A sane bound on re-queries: vfio-ccw needs at most one retry. */
    private static final int MAX_QUERIES = 4;

    private RegionDiscovery() {
    }

    static VfioDeviceInfo deviceInfo(VfioCcwDevice device) {
        byte[] arg = VfioDeviceInfo.request().encode();
        int rc = device.ioctl(VfioIoctl.DEVICE_GET_INFO.request(), arg);
        if (rc < 0) {
            throw new IllegalStateException("VFIO_DEVICE_GET_INFO on " + device.subchannel() + ": "
                    + Errno.describeRetCode(rc));
        }
        return VfioDeviceInfo.decode(arg);
    }

    static List<RegionInfo> regions(VfioCcwDevice device, VfioDeviceInfo info) {
        List<RegionInfo> out = new ArrayList<>();
        for (int index = 0; index < info.numRegions(); index++) {
            out.add(region(device, index));
        }
        return out;
    }

    static RegionInfo region(VfioCcwDevice device, int index) {
        int argsz = VfioRegionInfo.SIZE;
        for (int query = 1; query <= MAX_QUERIES; query++) {
            byte[] buf = Arrays.copyOf(VfioRegionInfo.request(index, argsz).encode(), argsz);
            int rc = device.ioctl(VfioIoctl.DEVICE_GET_REGION_INFO.request(), buf);
            if (rc < 0) {
                throw new IllegalStateException("VFIO_DEVICE_GET_REGION_INFO index " + index + " on "
                        + device.subchannel() + ": " + Errno.describeRetCode(rc));
            }
            VfioRegionInfo header = VfioRegionInfo.decode(Arrays.copyOf(buf, VfioRegionInfo.SIZE));
            ArgszProtocol.Decision next = ArgszProtocol.next(argsz, header);
            if (next instanceof ArgszProtocol.Retry retry) {
                argsz = retry.argsz();
                continue;
            }
            if (next instanceof ArgszProtocol.Failed failed) {
                throw new IllegalStateException("region " + index + " of " + device.subchannel() + ": " + failed.reason());
            }
            RegionInfoReply reply = RegionInfoReply.decode(buf);
            return new RegionInfo(index, CcwRegion.identify(reply), reply, buf, query);
        }
        throw new IllegalStateException("region " + index + " of " + device.subchannel() + ": argsz kept growing");
    }
}
