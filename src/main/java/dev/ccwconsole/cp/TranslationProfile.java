package dev.ccwconsole.cp;

/**
 * The kernel-version dependent translation rules (spec §0.3, §6.1).
 *
 * @param prefetchRequired         5.2-5.7: an ORB without P is refused with EOPNOTSUPP; since 5.8 it is accepted
 *                                 (and prefetched anyway)
 * @param legacyIdaFormatsAccepted since 6.3: IDA CCWs with format-1 or 2K format-2 IDAWs are translated; before,
 *                                 an IDA CCW under ORB H = 0 or T = 1 is EOPNOTSUPP while counting the segment
 */
public record TranslationProfile(String name, boolean prefetchRequired, boolean legacyIdaFormatsAccepted) {

    /** The 5.2 seed series (async region, CP_PROCESSING/CP_PENDING) up to 5.7. */
    public static final TranslationProfile LINUX_5_2 = new TranslationProfile("5.2", true, false);
    /** 5.8 to 6.2: prefetch no longer required, IDA still restricted to 4K format-2. */
    public static final TranslationProfile LINUX_5_8 = new TranslationProfile("5.8", false, false);
    /** 6.3 and later (mainline). */
    public static final TranslationProfile MAINLINE = new TranslationProfile("6.3", false, true);

    /** The rules of kernel {@code major.minor}. */
    public static TranslationProfile forKernel(int major, int minor) {
        int version = major * 1000 + minor;
        if (version >= 6003) {
            return MAINLINE;
        }
        return version >= 5008 ? LINUX_5_8 : LINUX_5_2;
    }
}
