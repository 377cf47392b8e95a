package dev.ccwconsole.emulator;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Orb;
import dev.ccwconsole.cp.ChannelProgramTranslator;
import dev.ccwconsole.cp.GuestMemoryReader;
import dev.ccwconsole.cp.GuestRead;
import dev.ccwconsole.cp.IovaRange;
import dev.ccwconsole.cp.Segment;
import dev.ccwconsole.cp.TranslatedCcw;
import dev.ccwconsole.cp.TranslationProfile;
import dev.ccwconsole.cp.TranslationResult;
import dev.ccwconsole.fsm.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code cp_init} + {@code cp_prefetch} as the emulated driver applies them at START: the rules are the cp
 * package's (spec §6.1); this class answers its memory reads from the container's IOMMU and pins the data areas
 * of every CCW that moves data, releasing everything pinned so far when a pin fails.
 */
final class ProgramTranslation {

    record Result(int retCode, HeldProgram program) {
        static Result failed(int retCode) {
            return new Result(retCode, null);
        }
    }

    private ProgramTranslation() {
    }

    static Result translate(Orb orb, EmulatedIommu iommu, Profile profile) {
        TranslationProfile rules = profile == Profile.SEED_5_2 ? TranslationProfile.LINUX_5_2 : TranslationProfile.MAINLINE;
        TranslationResult result = ChannelProgramTranslator.translate(orb, new IommuReader(iommu), rules);
        if (result instanceof TranslationResult.Rejected rejected) {
            return Result.failed(rejected.error().errno().retCode());
        }
        // indexed loops: this runs on every START, and the lists are random-access (no iterator per level)
        List<HeldProgram.Pin> pins = new ArrayList<>(4);
        List<Segment> segments = result.program().segments();
        for (int s = 0; s < segments.size(); s++) {
            List<TranslatedCcw> ccws = segments.get(s).ccws();
            for (int c = 0; c < ccws.size(); c++) {
                TranslatedCcw ccw = ccws.get(c);
                if (!ccw.movesData()) {
                    continue;
                }
                List<IovaRange> areas = ccw.dataAreas();
                for (int a = 0; a < areas.size(); a++) {
                    IovaRange area = areas.get(a);
                    int rc = iommu.pin(area.iova(), (int) area.length());
                    if (rc != 0) {
                        new HeldProgram(iommu, pins).free();
                        return Result.failed(rc);
                    }
                    pins.add(new HeldProgram.Pin(area.iova(), (int) area.length()));
                }
            }
        }
        return new Result(0, new HeldProgram(iommu, pins));
    }

    /** {@code vfio_dma_rw} and the pin check through the emulated container (spec §2.7). */
    private static final class IommuReader implements GuestMemoryReader {
        private final EmulatedIommu iommu;

        IommuReader(EmulatedIommu iommu) {
            this.iommu = iommu;
        }

        @Override
        public GuestRead read(long iova, int length) {
            byte[] bytes = new byte[length];
            int rc = iommu.kernelRead(iova, bytes, length);
            return rc == 0 ? GuestRead.data(bytes) : GuestRead.fault(Errno.fromRetCode(rc).orElse(Errno.EFAULT));
        }

        @Override
        public Optional<Errno> readInto(long iova, byte[] dst) {
            int rc = iommu.kernelRead(iova, dst, dst.length);
            return rc == 0 ? Optional.empty() : Optional.of(Errno.fromRetCode(rc).orElse(Errno.EFAULT));
        }

        @Override
        public Optional<Errno> checkPinnable(long pageIova) {
            int rc = iommu.checkPin(pageIova, PAGE_SIZE);
            return rc == 0 ? Optional.empty() : Errno.fromRetCode(rc);
        }
    }
}
