package dev.ccwconsole.abi.vfio;

import dev.ccwconsole.abi.Hex;
import java.util.Arrays;

/**
 * A capability this product does not decode, kept byte for byte: its id and version and every byte after
 * the 8-byte header up to the next capability or the end of the buffer (the chain carries no lengths).
 */
public record RawCapability(int id, int version, byte[] body) implements RegionCapability {

    public RawCapability {
        Unsigned.u16("id", id);
        Unsigned.u16("version", version);
        if (id == TypeCapability.ID) {
            throw new IllegalArgumentException("id 2 is the TYPE capability: use TypeCapability");
        }
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public int encodedLength() {
        return VfioInfoCapHeader.SIZE + body.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawCapability other && id == other.id && version == other.version
                && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id + version) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RawCapability[id=" + id + ", version=" + version + ", body=" + Hex.of(body) + "]";
    }

    @Override
    public String describe() {
        String name = RegionCapabilityId.of(id).map(c -> c.name() + ", not decoded").orElse("unknown");
        return "id " + id + " (" + name + ") v" + version + ": " + body.length + " bytes " + Hex.of(body);
    }
}
