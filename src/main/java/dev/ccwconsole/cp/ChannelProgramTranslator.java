package dev.ccwconsole.cp;

import dev.ccwconsole.abi.Errno;
import dev.ccwconsole.abi.channel.Orb;

/**
 * What vfio-ccw does with a START request's channel program before it reaches the hardware (spec §6.1): the
 * ORB preconditions, segment discovery along TICs and the prefetch of every CCW. A pure function of the ORB,
 * the guest memory and the kernel profile; refusals come back as {@link TranslationResult.Rejected}.
 *
 * <p>The "program already held" check (EBUSY) belongs to the caller, which owns that state.
 */
public final class ChannelProgramTranslator {

    private ChannelProgramTranslator() {
    }

    public static TranslationResult translate(Orb orb, GuestMemoryReader memory, TranslationProfile profile) {
        if (orb.transportMode()) {
            return rejected(Errno.EOPNOTSUPP, "transport mode (ORB B bit) is not supported");
        }
        if (!orb.prefetch() && profile.prefetchRequired()) {
            return rejected(Errno.EOPNOTSUPP, "ORB without prefetch (accepted from kernel 5.8)");
        }
        try {
            var segments = new SegmentDiscovery(memory, orb, profile).discover();
            return new TranslationResult.Translated(
                    new TranslatedProgram(orb, new CcwPrefetcher(memory, orb.idawFormat(), segments).prefetch()));
        } catch (Refusal refusal) {
            return new TranslationResult.Rejected(refusal.error());
        }
    }

    private static TranslationResult rejected(Errno errno, String reason) {
        return new TranslationResult.Rejected(new CpError(errno, reason, CpError.ORB, CpError.NONE));
    }
}
