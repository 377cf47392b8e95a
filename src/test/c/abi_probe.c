/*
 * abi_probe.c - prints the VFIO / vfio-ccw userspace ABI as the installed uapi headers define it, one
 * "key=value" line per fact (decimal values), for VfioAbiConformanceTest to compare with the Java codecs.
 *
 * Keys:  header.version      LINUX_VERSION_CODE of the headers
 *        sizeof.<struct>     struct size in bytes
 *        offset.<struct>.<field> / size.<struct>.<field>
 *        ioctl.<NAME>        request number
 *        const.<NAME>        flag, index or other constant
 *        errno.<NAME>        errno number
 *        ioc.<dir>.<type>.<nr>.<size>  the generic _IOC encoding, to check IoctlEncoding
 * Facts from headers newer than 6.1 (iommufd, cdev ioctls) are printed only when the headers have them.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <linux/ioctl.h>
#include <linux/version.h>
#include <linux/vfio.h>
#include <linux/vfio_ccw.h>
#if defined(__has_include)
#if __has_include(<linux/iommufd.h>)
#include <linux/iommufd.h>
#define HAVE_IOMMUFD_H 1
#endif
#endif

#define SIZEOF(s)       printf("sizeof.%s=%zu\n", #s, sizeof(struct s))
#define FIELD(s, f)     printf("offset.%s.%s=%zu\nsize.%s.%s=%zu\n", #s, #f, offsetof(struct s, f), \
                               #s, #f, sizeof(((struct s *)0)->f))
#define IOCTL(r)        printf("ioctl.%s=%lu\n", #r, (unsigned long)(r))
/* every constant is a 32-bit flag word or small number: print its unsigned 32-bit view ((1 << 31) stays positive) */
#define CONST(c)        printf("const.%s=%u\n", #c, (unsigned int)(c))
#define ERRNO(e)        printf("errno.%s=%d\n", #e, e)
#define IOC(d, t, n, s) printf("ioc.%d.%d.%d.%d=%lu\n", d, t, n, s, (unsigned long)_IOC(d, t, n, s))

static void structs(void)
{
	SIZEOF(vfio_info_cap_header);
	FIELD(vfio_info_cap_header, id);
	FIELD(vfio_info_cap_header, version);
	FIELD(vfio_info_cap_header, next);

	SIZEOF(vfio_group_status);
	FIELD(vfio_group_status, argsz);
	FIELD(vfio_group_status, flags);

	SIZEOF(vfio_device_info);
	FIELD(vfio_device_info, argsz);
	FIELD(vfio_device_info, flags);
	FIELD(vfio_device_info, num_regions);
	FIELD(vfio_device_info, num_irqs);
	FIELD(vfio_device_info, cap_offset);

	SIZEOF(vfio_region_info);
	FIELD(vfio_region_info, argsz);
	FIELD(vfio_region_info, flags);
	FIELD(vfio_region_info, index);
	FIELD(vfio_region_info, cap_offset);
	FIELD(vfio_region_info, size);
	FIELD(vfio_region_info, offset);

	SIZEOF(vfio_region_info_cap_type);
	FIELD(vfio_region_info_cap_type, header);
	FIELD(vfio_region_info_cap_type, type);
	FIELD(vfio_region_info_cap_type, subtype);

	SIZEOF(vfio_irq_info);
	FIELD(vfio_irq_info, argsz);
	FIELD(vfio_irq_info, flags);
	FIELD(vfio_irq_info, index);
	FIELD(vfio_irq_info, count);

	SIZEOF(vfio_irq_set);
	FIELD(vfio_irq_set, argsz);
	FIELD(vfio_irq_set, flags);
	FIELD(vfio_irq_set, index);
	FIELD(vfio_irq_set, start);
	FIELD(vfio_irq_set, count);
	printf("offset.vfio_irq_set.data=%zu\n", offsetof(struct vfio_irq_set, data));

	SIZEOF(vfio_iommu_type1_info);
	FIELD(vfio_iommu_type1_info, argsz);
	FIELD(vfio_iommu_type1_info, flags);
	FIELD(vfio_iommu_type1_info, iova_pgsizes);
	FIELD(vfio_iommu_type1_info, cap_offset);

	SIZEOF(vfio_iommu_type1_dma_map);
	FIELD(vfio_iommu_type1_dma_map, argsz);
	FIELD(vfio_iommu_type1_dma_map, flags);
	FIELD(vfio_iommu_type1_dma_map, vaddr);
	FIELD(vfio_iommu_type1_dma_map, iova);
	FIELD(vfio_iommu_type1_dma_map, size);

	SIZEOF(vfio_iommu_type1_dma_unmap);
	FIELD(vfio_iommu_type1_dma_unmap, argsz);
	FIELD(vfio_iommu_type1_dma_unmap, flags);
	FIELD(vfio_iommu_type1_dma_unmap, iova);
	FIELD(vfio_iommu_type1_dma_unmap, size);

	SIZEOF(ccw_io_region);
	FIELD(ccw_io_region, orb_area);
	FIELD(ccw_io_region, scsw_area);
	FIELD(ccw_io_region, irb_area);
	FIELD(ccw_io_region, ret_code);

	SIZEOF(ccw_cmd_region);
	FIELD(ccw_cmd_region, command);
	FIELD(ccw_cmd_region, ret_code);

	SIZEOF(ccw_schib_region);
	FIELD(ccw_schib_region, schib_area);

	SIZEOF(ccw_crw_region);
	FIELD(ccw_crw_region, crw);
	FIELD(ccw_crw_region, pad);
}

static void ioctls(void)
{
	IOCTL(VFIO_GET_API_VERSION);
	IOCTL(VFIO_CHECK_EXTENSION);
	IOCTL(VFIO_SET_IOMMU);
	IOCTL(VFIO_GROUP_GET_STATUS);
	IOCTL(VFIO_GROUP_SET_CONTAINER);
	IOCTL(VFIO_GROUP_UNSET_CONTAINER);
	IOCTL(VFIO_GROUP_GET_DEVICE_FD);
	IOCTL(VFIO_DEVICE_GET_INFO);
	IOCTL(VFIO_DEVICE_GET_REGION_INFO);
	IOCTL(VFIO_DEVICE_GET_IRQ_INFO);
	IOCTL(VFIO_DEVICE_SET_IRQS);
	IOCTL(VFIO_DEVICE_RESET);
	IOCTL(VFIO_IOMMU_GET_INFO);
	IOCTL(VFIO_IOMMU_MAP_DMA);
	IOCTL(VFIO_IOMMU_UNMAP_DMA);
	IOCTL(VFIO_DEVICE_FEATURE);
#ifdef VFIO_DEVICE_BIND_IOMMUFD
	IOCTL(VFIO_DEVICE_BIND_IOMMUFD);
	IOCTL(VFIO_DEVICE_ATTACH_IOMMUFD_PT);
	IOCTL(VFIO_DEVICE_DETACH_IOMMUFD_PT);
	SIZEOF(vfio_device_bind_iommufd);
	FIELD(vfio_device_bind_iommufd, argsz);
	FIELD(vfio_device_bind_iommufd, flags);
	FIELD(vfio_device_bind_iommufd, iommufd);
	FIELD(vfio_device_bind_iommufd, out_devid);
	SIZEOF(vfio_device_attach_iommufd_pt);
	FIELD(vfio_device_attach_iommufd_pt, argsz);
	FIELD(vfio_device_attach_iommufd_pt, flags);
	FIELD(vfio_device_attach_iommufd_pt, pt_id);
#endif
#ifdef HAVE_IOMMUFD_H
	IOCTL(IOMMU_DESTROY);
	IOCTL(IOMMU_IOAS_ALLOC);
	IOCTL(IOMMU_IOAS_ALLOW_IOVAS);
	IOCTL(IOMMU_IOAS_COPY);
	IOCTL(IOMMU_IOAS_IOVA_RANGES);
	IOCTL(IOMMU_IOAS_MAP);
	IOCTL(IOMMU_IOAS_UNMAP);
	IOCTL(IOMMU_OPTION);
	IOCTL(IOMMU_VFIO_IOAS);
	SIZEOF(iommu_ioas_alloc);
	FIELD(iommu_ioas_alloc, size);
	FIELD(iommu_ioas_alloc, flags);
	FIELD(iommu_ioas_alloc, out_ioas_id);
	SIZEOF(iommu_ioas_map);
	FIELD(iommu_ioas_map, size);
	FIELD(iommu_ioas_map, flags);
	FIELD(iommu_ioas_map, ioas_id);
	FIELD(iommu_ioas_map, __reserved);
	FIELD(iommu_ioas_map, user_va);
	FIELD(iommu_ioas_map, length);
	FIELD(iommu_ioas_map, iova);
	SIZEOF(iommu_ioas_unmap);
	FIELD(iommu_ioas_unmap, size);
	FIELD(iommu_ioas_unmap, ioas_id);
	FIELD(iommu_ioas_unmap, iova);
	FIELD(iommu_ioas_unmap, length);
	CONST(IOMMU_IOAS_MAP_FIXED_IOVA);
	CONST(IOMMU_IOAS_MAP_WRITEABLE);
	CONST(IOMMU_IOAS_MAP_READABLE);
#endif
}

static void constants(void)
{
	CONST(VFIO_API_VERSION);
	CONST(VFIO_TYPE);
	CONST(VFIO_BASE);
	CONST(VFIO_TYPE1_IOMMU);
	CONST(VFIO_TYPE1v2_IOMMU);
	CONST(VFIO_GROUP_FLAGS_VIABLE);
	CONST(VFIO_GROUP_FLAGS_CONTAINER_SET);
	CONST(VFIO_DEVICE_FLAGS_RESET);
	CONST(VFIO_DEVICE_FLAGS_PCI);
	CONST(VFIO_DEVICE_FLAGS_PLATFORM);
	CONST(VFIO_DEVICE_FLAGS_AMBA);
	CONST(VFIO_DEVICE_FLAGS_CCW);
	CONST(VFIO_DEVICE_FLAGS_AP);
	CONST(VFIO_DEVICE_FLAGS_FSL_MC);
	CONST(VFIO_DEVICE_FLAGS_CAPS);
	CONST(VFIO_REGION_INFO_FLAG_READ);
	CONST(VFIO_REGION_INFO_FLAG_WRITE);
	CONST(VFIO_REGION_INFO_FLAG_MMAP);
	CONST(VFIO_REGION_INFO_FLAG_CAPS);
	CONST(VFIO_REGION_INFO_CAP_SPARSE_MMAP);
	CONST(VFIO_REGION_INFO_CAP_TYPE);
	CONST(VFIO_REGION_INFO_CAP_MSIX_MAPPABLE);
	CONST(VFIO_REGION_INFO_CAP_NVLINK2_SSATGT);
	CONST(VFIO_REGION_INFO_CAP_NVLINK2_LNKSPD);
	CONST(VFIO_REGION_TYPE_PCI_VENDOR_TYPE);
	CONST(VFIO_REGION_TYPE_GFX);
	CONST(VFIO_REGION_TYPE_CCW);
	CONST(VFIO_REGION_TYPE_MIGRATION_DEPRECATED);
	CONST(VFIO_REGION_SUBTYPE_CCW_ASYNC_CMD);
	CONST(VFIO_REGION_SUBTYPE_CCW_SCHIB);
	CONST(VFIO_REGION_SUBTYPE_CCW_CRW);
	CONST(VFIO_IRQ_INFO_EVENTFD);
	CONST(VFIO_IRQ_INFO_MASKABLE);
	CONST(VFIO_IRQ_INFO_AUTOMASKED);
	CONST(VFIO_IRQ_INFO_NORESIZE);
	CONST(VFIO_IRQ_SET_DATA_NONE);
	CONST(VFIO_IRQ_SET_DATA_BOOL);
	CONST(VFIO_IRQ_SET_DATA_EVENTFD);
	CONST(VFIO_IRQ_SET_ACTION_MASK);
	CONST(VFIO_IRQ_SET_ACTION_UNMASK);
	CONST(VFIO_IRQ_SET_ACTION_TRIGGER);
	CONST(VFIO_IRQ_SET_DATA_TYPE_MASK);
	CONST(VFIO_IRQ_SET_ACTION_TYPE_MASK);
	CONST(VFIO_IOMMU_INFO_PGSIZES);
	CONST(VFIO_IOMMU_INFO_CAPS);
	CONST(VFIO_DMA_MAP_FLAG_READ);
	CONST(VFIO_DMA_MAP_FLAG_WRITE);
	CONST(VFIO_DMA_MAP_FLAG_VADDR);
	CONST(VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP);
	CONST(VFIO_DMA_UNMAP_FLAG_ALL);
	CONST(VFIO_DMA_UNMAP_FLAG_VADDR);
	CONST(VFIO_CCW_CONFIG_REGION_INDEX);
	CONST(VFIO_CCW_NUM_REGIONS);
	CONST(VFIO_CCW_IO_IRQ_INDEX);
	CONST(VFIO_CCW_CRW_IRQ_INDEX);
	CONST(VFIO_CCW_REQ_IRQ_INDEX);
	CONST(VFIO_CCW_NUM_IRQS);
	CONST(ORB_AREA_SIZE);
	CONST(SCSW_AREA_SIZE);
	CONST(IRB_AREA_SIZE);
	CONST(SCHIB_AREA_SIZE);
	CONST(VFIO_CCW_ASYNC_CMD_HSCH);
	CONST(VFIO_CCW_ASYNC_CMD_CSCH);
}

static void errnos(void)
{
	ERRNO(EPERM);
	ERRNO(ENOENT);
	ERRNO(EINTR);
	ERRNO(EIO);
	ERRNO(EBADF);
	ERRNO(EAGAIN);
	ERRNO(ENOMEM);
	ERRNO(EACCES);
	ERRNO(EFAULT);
	ERRNO(EBUSY);
	ERRNO(EEXIST);
	ERRNO(ENODEV);
	ERRNO(EINVAL);
	ERRNO(ENOTTY);
	ERRNO(ENOSPC);
	ERRNO(ENOSYS);
	ERRNO(EUSERS);
	ERRNO(EOPNOTSUPP);
}

static void encodings(void)
{
	/* a spread of directions, types, numbers and sizes, including the extremes of each bit field */
	IOC(_IOC_NONE, ';', 100, 0);
	IOC(_IOC_READ, 'V', 5, 16);
	IOC(_IOC_WRITE, 0xff, 0xff, 16383);
	IOC(_IOC_READ | _IOC_WRITE, 1, 0, 1);
	IOC(_IOC_READ | _IOC_WRITE, ';', 0x88, 40);
}

int main(void)
{
	printf("header.version=%d\n", LINUX_VERSION_CODE);
	structs();
	ioctls();
	constants();
	errnos();
	encodings();
	return 0;
}
