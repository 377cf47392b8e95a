package dev.ccwconsole.emulator.dasd;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps written tracks in a map; lost when the emulator stops. */
public final class MemoryTrackStore implements TrackStore {

    private final Map<Integer, CkdTrack> tracks = new HashMap<>();

    @Override
    public synchronized Optional<CkdTrack> load(int trackNumber) {
        CkdTrack track = tracks.get(trackNumber);
        return track == null ? Optional.empty() : Optional.of(track.copy());
    }

    @Override
    public synchronized void store(int trackNumber, CkdTrack track) {
        tracks.put(trackNumber, track.copy());
    }

    @Override
    public synchronized int storedTrackCount() {
        return tracks.size();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
