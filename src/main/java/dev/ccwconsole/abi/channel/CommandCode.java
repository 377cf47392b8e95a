package dev.ccwconsole.abi.channel;

import java.util.Optional;

/**
 * Names of common command codes: the device-independent ones of spec §5.3 and the ECKD set of spec §8.3.
 * The names are the usual ones; a code's meaning is ultimately device dependent.
 */
public enum CommandCode {
    WRITE(0x01, "write"),
    READ(0x02, "read / read IPL"),
    NOP(0x03, "control no-operation"),
    SENSE(0x04, "basic sense"),
    WRITE_DATA(0x05, "write data"),
    READ_DATA(0x06, "read data"),
    SEEK(0x07, "seek"),
    TIC(0x08, "transfer in channel"),
    READ_HOME_ADDRESS_SPECIAL(0x0A, "read home address (special)"),
    SEEK_CYLINDER(0x0B, "seek cylinder"),
    READ_BACKWARD(0x0C, "read backward"),
    READ_KEY_AND_DATA(0x0E, "read key and data"),
    ERASE(0x11, "erase"),
    READ_COUNT(0x12, "read count"),
    UNCONDITIONAL_RESERVE(0x14, "unconditional reserve"),
    WRITE_RECORD_ZERO(0x15, "write record zero"),
    READ_RECORD_ZERO(0x16, "read record zero"),
    READ_HOME_ADDRESS(0x1A, "read home address"),
    SEEK_HEAD(0x1B, "seek head"),
    WRITE_CKD(0x1D, "write count, key and data"),
    READ_CKD(0x1E, "read count, key and data"),
    SET_FILE_MASK(0x1F, "set file mask"),
    READ_SECTOR(0x22, "read sector"),
    SET_SECTOR(0x23, "set sector"),
    PERFORM_SUBSYSTEM_FUNCTION(0x27, "perform subsystem function"),
    SEARCH_KEY_EQUAL(0x29, "search key equal"),
    SEARCH_ID_EQUAL(0x31, "search ID equal"),
    SENSE_PATH_GROUP_ID(0x34, "sense path group ID"),
    SEARCH_HOME_ADDRESS_EQUAL(0x39, "search home address equal"),
    READ_SUBSYSTEM_DATA(0x3E, "read subsystem data"),
    LOCATE_RECORD(0x47, "locate record"),
    SEARCH_KEY_HIGH(0x49, "search key high"),
    LOCATE_RECORD_EXTENDED(0x4B, "locate record extended"),
    SEARCH_ID_HIGH(0x51, "search ID high"),
    SUSPEND_MULTIPATH_RECONNECTION(0x5B, "suspend multipath reconnection"),
    READ_MULTIPLE_CKD(0x5E, "read multiple count, key and data"),
    DEFINE_EXTENT(0x63, "define extent"),
    READ_DEVICE_CHARACTERISTICS(0x64, "read device characteristics"),
    SEARCH_KEY_EQUAL_OR_HIGH(0x69, "search key equal or high"),
    SEARCH_ID_EQUAL_OR_HIGH(0x71, "search ID equal or high"),
    WRITE_UPDATE_DATA(0x85, "write update data"),
    READ_DATA_MT(0x86, "read data (multi-track)"),
    READ_KEY_AND_DATA_MT(0x8E, "read key and data (multi-track)"),
    READ_COUNT_MT(0x92, "read count (multi-track)"),
    RELEASE(0x94, "release"),
    READ_RECORD_ZERO_MT(0x96, "read record zero (multi-track)"),
    READ_HOME_ADDRESS_MT(0x9A, "read home address (multi-track)"),
    WRITE_CKD_NEXT_TRACK(0x9D, "write count, key and data next track"),
    READ_CKD_MT(0x9E, "read count, key and data (multi-track)"),
    SET_PATH_GROUP_ID(0xAF, "set path group ID"),
    SEARCH_ID_EQUAL_MT(0xB1, "search ID equal (multi-track)"),
    RESERVE(0xB4, "reserve"),
    SEARCH_ID_HIGH_MT(0xD1, "search ID high (multi-track)"),
    READ_TRACK(0xDE, "read track"),
    SENSE_ID(0xE4, "sense ID"),
    PREFIX(0xE7, "prefix"),
    SEARCH_ID_EQUAL_OR_HIGH_MT(0xF1, "search ID equal or high (multi-track)"),
    DIAGNOSTIC_CONTROL(0xF3, "diagnostic control"),
    READ_CONFIGURATION_DATA(0xFA, "read configuration data");

    public static final String UNKNOWN = "unknown";

    private static final CommandCode[] BY_CODE = new CommandCode[256];

    static {
        for (CommandCode c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;
    private final String label;

    CommandCode(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public CommandClass commandClass() {
        return CommandClass.of(code);
    }

    public static Optional<CommandCode> of(int code) {
        return code < 0 || code > 0xFF ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }

    /** The name of {@code code}, or {@value #UNKNOWN}. */
    public static String nameOf(int code) {
        return of(code).map(CommandCode::label).orElse(UNKNOWN);
    }
}
