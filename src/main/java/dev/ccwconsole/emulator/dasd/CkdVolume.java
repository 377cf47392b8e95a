package dev.ccwconsole.emulator.dasd;

/**
 * A 3390 volume: geometry, volume serial and the track store. A track that was never written reads as freshly
 * initialised (home address and an 8-byte record zero; cylinder 0 track 0 also carries the IPL records and the
 * VOL1 label, see {@link VolumeLabel}); such tracks are generated on every read and never stored.
 */
public final class CkdVolume implements AutoCloseable {

    private final Model3390 model;
    private final String volser;
    private final TrackStore store;

    public CkdVolume(Model3390 model, String volser, TrackStore store) {
        this.model = model;
        this.volser = VolumeLabel.requireVolser(volser);
        this.store = store;
    }

    /** An in-memory volume. */
    public static CkdVolume inMemory(Model3390 model, String volser) {
        return new CkdVolume(model, volser, new MemoryTrackStore());
    }

    /** A volume backed by an image file, created when absent; an existing image keeps its volume serial. */
    public static CkdVolume image(java.nio.file.Path path, Model3390 model, String volser) {
        ImageTrackStore store = ImageTrackStore.open(path, model, VolumeLabel.requireVolser(volser));
        return new CkdVolume(model, store.volser(), store);
    }

    public Model3390 model() {
        return model;
    }

    public String volser() {
        return volser;
    }

    public boolean contains(int cylinder, int head) {
        return cylinder >= 0 && cylinder < model.cylinders() && head >= 0 && head < Model3390.HEADS;
    }

    public static int trackNumber(int cylinder, int head) {
        return cylinder * Model3390.HEADS + head;
    }

    /** A working copy of a track. */
    public CkdTrack track(int cylinder, int head) {
        if (!contains(cylinder, head)) {
            throw new IllegalArgumentException("no track " + cylinder + "/" + head + " on a 3390-" + model.number());
        }
        return store.load(trackNumber(cylinder, head)).orElseGet(() -> fresh(cylinder, head));
    }

    private CkdTrack fresh(int cylinder, int head) {
        return cylinder == 0 && head == 0 ? VolumeLabel.labelTrack(volser) : CkdTrack.fresh(cylinder, head);
    }

    /** Stores a track; durable when this returns. */
    public void write(CkdTrack track) {
        store.store(trackNumber(track.cylinder(), track.head()), track);
    }

    /** Tracks with a stored image (0 for a volume nothing was ever written to). */
    public int storedTrackCount() {
        return store.storedTrackCount();
    }

    @Override
    public void close() {
        store.close();
    }
}
