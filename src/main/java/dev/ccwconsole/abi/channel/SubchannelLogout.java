package dev.ccwconsole.abi.channel;

/**
 * Subchannel logout, word 0 of a format-0 ESW (spec §5.5). Bit 0 is reserved.
 *
 * @param extendedStatusFlags ESF, bits 1-7
 * @param lpum                last-path-used mask, bits 8-15
 * @param ancillaryReport     A, bit 16
 * @param fieldValidityFlags  FVF, bits 17-21
 * @param storageAccessCode   SA, bits 22-23
 * @param terminationCode     TC, bits 24-25 (00 halt signal, 01 stop/stack/normal, 10 clear signal)
 * @param deviceStatusCheck   D, bit 26
 * @param secondaryError      E, bit 27
 * @param ioErrorAlert        A, bit 28
 * @param sequenceCode        SC, bits 29-31
 */
public record SubchannelLogout(int extendedStatusFlags, int lpum, boolean ancillaryReport, int fieldValidityFlags,
        int storageAccessCode, int terminationCode, boolean deviceStatusCheck, boolean secondaryError,
        boolean ioErrorAlert, int sequenceCode) {

    static final int RESERVED_MASK = 0x8000_0000;

    public SubchannelLogout {
        Fields.unsigned("extendedStatusFlags", extendedStatusFlags, 7);
        Fields.unsigned("lpum", lpum, 8);
        Fields.unsigned("fieldValidityFlags", fieldValidityFlags, 5);
        Fields.unsigned("storageAccessCode", storageAccessCode, 2);
        Fields.unsigned("terminationCode", terminationCode, 2);
        Fields.unsigned("sequenceCode", sequenceCode, 3);
    }

    static SubchannelLogout fromWord(int w) {
        return new SubchannelLogout((w >>> 24) & 0x7F, (w >>> 16) & 0xFF, (w & 0x8000) != 0, (w >>> 10) & 0x1F,
                (w >>> 8) & 0x3, (w >>> 6) & 0x3, (w & 0x20) != 0, (w & 0x10) != 0, (w & 0x08) != 0, w & 0x7);
    }

    public int word() {
        return (extendedStatusFlags << 24) | (lpum << 16) | (ancillaryReport ? 0x8000 : 0)
                | (fieldValidityFlags << 10) | (storageAccessCode << 8) | (terminationCode << 6)
                | (deviceStatusCheck ? 0x20 : 0) | (secondaryError ? 0x10 : 0) | (ioErrorAlert ? 0x08 : 0)
                | sequenceCode;
    }

    public String terminationCodeName() {
        switch (terminationCode) {
            case 0:
                return "halt signal";
            case 1:
                return "stop, stack or normal";
            case 2:
                return "clear signal";
            default:
                return "reserved";
        }
    }

    public String describe() {
        return String.format("SUBLOG ESF %02x LPUM %02x%s FVF %02x SA %d TC %d (%s)%s%s%s SC %d",
                extendedStatusFlags, lpum, ancillaryReport ? " ancillary" : "", fieldValidityFlags,
                storageAccessCode, terminationCode, terminationCodeName(),
                deviceStatusCheck ? " device-status-check" : "", secondaryError ? " secondary-error" : "",
                ioErrorAlert ? " io-error-alert" : "", sequenceCode);
    }
}
