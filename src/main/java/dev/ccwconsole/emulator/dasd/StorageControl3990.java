package dev.ccwconsole.emulator.dasd;

import java.util.List;

/**
 * The 3990 storage control models as Sense ID shows them (spec §8.1): CU model byte and the command-information
 * words for Read Configuration Data (0xFA, 256), Perform Subsystem Function (0x27, 4) and Read Subsystem Data
 * (0x3E, 0x40 on a 3990-3, 0x60 on a 3990-6).
 */
public enum StorageControl3990 {
    MODEL_3(3, 0xEC, 0x423E0040),
    MODEL_6(6, 0xE9, 0x423E0060);

    public static final int CU_TYPE = 0x3990;

    private final int number;
    private final int modelByte;
    private final int readSubsystemDataCiw;

    StorageControl3990(int number, int modelByte, int readSubsystemDataCiw) {
        this.number = number;
        this.modelByte = modelByte;
        this.readSubsystemDataCiw = readSubsystemDataCiw;
    }

    public int number() {
        return number;
    }

    public int modelByte() {
        return modelByte;
    }

    public List<Integer> commandInformationWords() {
        return List.of(0x40FA0100, 0x41270004, readSubsystemDataCiw);
    }

    /** Parses {@code 3990-3} or {@code 3990-6}. */
    public static StorageControl3990 parse(String text) {
        for (StorageControl3990 cu : values()) {
            if (text.equals("3990-" + cu.number)) {
                return cu;
            }
        }
        throw new IllegalArgumentException("unknown storage control " + text + " (known: 3990-3, 3990-6)");
    }
}
