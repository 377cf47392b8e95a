package dev.ccwconsole.abi.channel;

import java.util.Optional;

/**
 * Command-information word of Sense ID data (spec §8.1): byte 0 = entry type {@code 01} in bits 0-1, bits 2-3
 * reserved, command type in bits 4-7; byte 1 the command code to use; bytes 2-3 the byte count. So
 * {@code 0x40FA0100} is "read configuration data via 0xFA, 256 bytes".
 */
public record Ciw(int type, int command, int count) {

    public static final int SIZE = 4;
    static final int ENTRY_TYPE = 0x40;

    public Ciw {
        Fields.unsigned("type", type, 4);
        Fields.unsigned("command", command, 8);
        Fields.unsigned("count", count, 16);
    }

    public static Ciw fromWord(int word) {
        if ((word >>> 28) != ENTRY_TYPE >>> 4) {
            throw new IllegalArgumentException(String.format("not a CIW (entry type must be 01): 0x%08x", word));
        }
        return new Ciw((word >>> 24) & 0x0F, (word >>> 16) & 0xFF, word & 0xFFFF);
    }

    public int word() {
        return (ENTRY_TYPE << 24) | (type << 24) | (command << 16) | count;
    }

    public Optional<CiwType> ciwType() {
        return CiwType.of(type);
    }

    public String typeName() {
        return ciwType().map(CiwType::label).orElse("unknown type " + type);
    }

    public String describe() {
        return String.format("CIW %08x: %s via command %02x (%s), %d bytes", word(), typeName(), command,
                CommandCode.nameOf(command), count);
    }
}
