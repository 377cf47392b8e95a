package dev.ccwconsole.abi.vfio;

/**
 * The content of one region-info capability, without its place in the buffer (that is
 * {@link PlacedCapability}): the typed {@link TypeCapability} or, for any other id, {@link RawCapability}.
 */
public sealed interface RegionCapability permits TypeCapability, RawCapability {

    int id();

    int version();

    /** Bytes of the capability including its 8-byte header, as encoded. */
    int encodedLength();

    String describe();
}
