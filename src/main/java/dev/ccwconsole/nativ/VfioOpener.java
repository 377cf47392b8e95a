package dev.ccwconsole.nativ;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.vfio.IommuIoasAlloc;
import dev.ccwconsole.abi.vfio.IommuType;
import dev.ccwconsole.abi.vfio.IommufdIoctl;
import dev.ccwconsole.abi.vfio.VfioDeviceAttachIommufdPt;
import dev.ccwconsole.abi.vfio.VfioDeviceBindIommufd;
import dev.ccwconsole.abi.vfio.VfioGroupStatus;
import dev.ccwconsole.abi.vfio.VfioIoctl;
import dev.ccwconsole.device.OpenOptions;
import dev.ccwconsole.nativ.sysfs.HostPaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Opens an mdev the way spec §2.3 (container/group) or §2.4 (cdev + iommufd) prescribes and maps its DMA
 * window. Each step's failure is a {@code DeviceException} naming the file or ioctl and the errno, after
 * everything opened before it was closed again ({@link OpenSteps}). Stateless; any thread.
 */
final class VfioOpener {

    /** What an open produced; the device owns it from here on. */
    record Opened(int deviceFd, String devicePath, VfioAttachment attachment, DmaWindow dma) {
    }

    private final HostPaths paths;

    VfioOpener(HostPaths paths) {
        this.paths = paths;
    }

    Opened open(UUID uuid, OpenOptions options, VfioAccess access, NativeFsmObserver fsm) {
        Optional<String> cdev = access == VfioAccess.CDEV_WHEN_AVAILABLE ? cdevName(uuid) : Optional.empty();
        return cdev.isPresent() ? openCdev(uuid, cdev.get(), options, fsm) : openGroup(uuid, options, fsm);
    }

    /** Spec §2.3 steps 1-4 and 8. */
    private Opened openGroup(UUID uuid, OpenOptions options, NativeFsmObserver fsm) {
        OpenSteps steps = new OpenSteps();
        String containerPath = paths.display(paths.vfioContainer());
        int container = openFile(steps, paths.vfioContainer(), "VFIO container");
        int version = byValue(steps, container, VfioIoctl.GET_API_VERSION, 0, containerPath);
        if (version != VfioIoctl.API_VERSION) {
            throw steps.fail("ioctl " + VfioIoctl.GET_API_VERSION.cName(), containerPath, Errno.EINVAL.number(),
                    "VFIO API version " + version + ", expected " + VfioIoctl.API_VERSION);
        }
        String type = IommuType.of(options.iommuType()).map(IommuType::cName).orElse("type " + options.iommuType());
        if (byValue(steps, container, VfioIoctl.CHECK_EXTENSION, options.iommuType(), containerPath) != 1) {
            throw steps.fail("ioctl " + VfioIoctl.CHECK_EXTENSION.cName(), containerPath, Errno.EINVAL.number(),
                    type + " (" + options.iommuType() + ") is not supported by this kernel's VFIO IOMMU drivers");
        }
        int groupNumber = groupNumber(steps, uuid);
        Path groupFile = paths.vfioGroup(groupNumber);
        String groupPath = paths.display(groupFile);
        int group = openFile(steps, groupFile, "VFIO group of mdev " + uuid);
        byte[] status = VfioGroupStatus.request().encode();
        struct(steps, group, VfioIoctl.GROUP_GET_STATUS, status, groupPath);
        if (!VfioGroupStatus.decode(status).viable()) {
            throw steps.fail("ioctl " + VfioIoctl.GROUP_GET_STATUS.cName(), groupPath, Errno.EINVAL.number(),
                    "group " + groupNumber + " is not viable: every device in it must be bound to a VFIO driver");
        }
        byte[] containerFdArg = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(0, container).array();
        struct(steps, group, VfioIoctl.GROUP_SET_CONTAINER, containerFdArg, groupPath);
        steps.acquired("container attachment of " + groupPath, () -> NativeIoctl.call(group,
                VfioIoctl.GROUP_UNSET_CONTAINER.request(), null));
        byValue(steps, container, VfioIoctl.SET_IOMMU, options.iommuType(), containerPath);
        int device;
        try {
            device = Libc.ioctl(group, VfioIoctl.GROUP_GET_DEVICE_FD.request(), uuid.toString());
        } catch (NativeCallException e) {
            fsm.openRefused(e.errno());
            throw steps.fail("ioctl " + VfioIoctl.GROUP_GET_DEVICE_FD.cName() + "(" + uuid + ")", groupPath,
                    e.errno(), "the driver refused to open the device (EINVAL: FSM NOT_OPER, spec §2.3 step 4)");
        }
        String devicePath = groupPath + " device " + uuid;
        opened(steps, device, devicePath, fsm);
        VfioAttachment attachment = new GroupAttachment(container, containerPath, group, groupPath);
        return withDma(steps, device, devicePath, attachment, options, containerPath);
    }

    /** Spec §2.4: iommufd, device cdev, bind, IOAS, attach, then the fixed-IOVA map. */
    private Opened openCdev(UUID uuid, String cdev, OpenOptions options, NativeFsmObserver fsm) {
        OpenSteps steps = new OpenSteps();
        String iommufdPath = paths.display(paths.iommufd());
        int iommufd = openFile(steps, paths.iommufd(), "iommufd");
        Path deviceFile = paths.vfioDeviceCdevs().resolve(cdev);
        String devicePath = paths.display(deviceFile);
        int device = openFile(steps, deviceFile, "device cdev of mdev " + uuid);
        byte[] bind = VfioDeviceBindIommufd.request(iommufd).encode();
        int rc = NativeIoctl.call(device, VfioIoctl.DEVICE_BIND_IOMMUFD.request(), bind);
        if (rc < 0) {
            fsm.openRefused(-rc);
            throw steps.fail("ioctl " + VfioIoctl.DEVICE_BIND_IOMMUFD.cName(), devicePath, -rc,
                    "binding the device to " + iommufdPath + " (the driver's open) was refused");
        }
        opened(steps, device, devicePath, fsm);
        byte[] alloc = IommuIoasAlloc.request().encode();
        rc = NativeIoctl.call(iommufd, IommufdIoctl.IOAS_ALLOC.request(), alloc);
        if (rc < 0) {
            throw steps.fail("ioctl " + IommufdIoctl.IOAS_ALLOC.cName(), iommufdPath, -rc, "allocating an IOAS");
        }
        long ioas = IommuIoasAlloc.decode(alloc).outIoasId();
        struct(steps, device, VfioIoctl.DEVICE_ATTACH_IOMMUFD_PT, VfioDeviceAttachIommufdPt.request(ioas).encode(),
                devicePath);
        return withDma(steps, device, devicePath, new IommufdAttachment(iommufd, iommufdPath, ioas), options,
                iommufdPath);
    }

    /** The device fd exists: the driver ran OPEN; a later failure closes it again (FSM CLOSE). */
    private static void opened(OpenSteps steps, int device, String devicePath, NativeFsmObserver fsm) {
        fsm.opened();
        steps.acquired(devicePath, () -> {
            Libc.close(device);
            fsm.closed();
        });
    }

    /** Spec §2.3 step 8 / §2.4: allocate the window below 2 GiB and map it read/write. */
    private static Opened withDma(OpenSteps steps, int device, String devicePath, VfioAttachment attachment,
            OpenOptions options, String iommuPath) {
        DmaWindow dma = DmaWindow.allocate(options.dmaIova(), options.dmaSize());
        steps.acquired("DMA memory", dma::close);
        int rc = attachment.mapDma(dma);
        if (rc < 0) {
            throw steps.fail("ioctl DMA map", iommuPath, -rc, "mapping 0x" + Long.toHexString(options.dmaSize())
                    + " bytes at IOVA 0x" + Long.toHexString(options.dmaIova()) + " read/write");
        }
        steps.handedOver();
        return new Opened(device, devicePath, attachment, dma);
    }

    private int openFile(OpenSteps steps, Path file, String role) {
        String display = paths.display(file);
        try {
            int fd = Libc.open(file.toString(), LinuxConstants.O_RDWR | LinuxConstants.O_CLOEXEC);
            steps.acquired(display, OpenSteps.closing(fd));
            return fd;
        } catch (NativeCallException e) {
            throw steps.fail("open", display, e.errno(), role + " (opened O_RDWR)");
        }
    }

    private static int byValue(OpenSteps steps, int fd, VfioIoctl ioctl, long value, String path) {
        try {
            return Libc.ioctlValue(fd, ioctl.request(), value);
        } catch (NativeCallException e) {
            throw steps.fail("ioctl " + ioctl.cName(), path, e.errno(), "argument " + value + " by value");
        }
    }

    private static void struct(OpenSteps steps, int fd, VfioIoctl ioctl, byte[] arg, String path) {
        int rc = NativeIoctl.call(fd, ioctl.request(), arg);
        if (rc < 0) {
            throw steps.fail("ioctl " + ioctl.cName(), path, -rc, ioctl.argument());
        }
    }

    /** {@code /sys/bus/mdev/devices/<uuid>/iommu_group} → {@code /sys/kernel/iommu_groups/<N>} (spec §1.5). */
    private int groupNumber(OpenSteps steps, UUID uuid) {
        Path link = paths.mdev(uuid).resolve("iommu_group");
        String display = paths.display(link);
        try {
            return Integer.parseInt(Files.readSymbolicLink(link).getFileName().toString());
        } catch (NoSuchFileException e) {
            throw steps.fail("readlink", display, Errno.ENOENT.number(), "no such mdev, or it has no IOMMU group");
        } catch (NotLinkException | NumberFormatException e) {
            throw steps.fail("readlink", display, Errno.EINVAL.number(), "not a link to an IOMMU group number");
        } catch (IOException e) {
            throw steps.fail("readlink", display, Errno.EIO.number(), String.valueOf(e.getMessage()));
        }
    }

    /** The {@code vfio-dev/vfio<M>} name when the host has device cdevs (spec §1.5, §2.4). */
    private Optional<String> cdevName(UUID uuid) {
        if (!Files.isDirectory(paths.vfioDeviceCdevs())) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(paths.mdev(uuid).resolve("vfio-dev"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("vfio\\d+")).sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
