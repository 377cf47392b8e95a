package dev.ccwconsole.emulator.dasd;

import java.util.Optional;

/**
 * Where written tracks live. Only tracks a program has written are stored; every other track reads as freshly
 * initialised ({@link CkdVolume}), so an unwritten volume of any size costs nothing.
 */
public interface TrackStore extends AutoCloseable {

    /** The stored track with this number (cylinder × 15 + head), if it was ever written. */
    Optional<CkdTrack> load(int trackNumber);

    /** Stores a track; when this returns the track is durable (for a file-backed store, forced to disk). */
    void store(int trackNumber, CkdTrack track);

    /** Number of tracks holding a stored image. */
    int storedTrackCount();

    @Override
    void close();
}
