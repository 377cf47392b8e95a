package dev.ccwconsole.emulator.dasd;

import dev.ccwconsole.emulator.device.AbstractDeviceModel;
import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceIdentity;
import dev.ccwconsole.emulator.device.DeviceResponse;
import java.io.UncheckedIOException;

/**
 * An IBM 3390 DASD behind a 3990 storage control: a CKD volume with the ECKD command set of spec §8.3, the
 * sense of §8.4 and the device characteristics of §8.5. Define Extent and Locate Record state lives for one
 * channel program; inside a Locate Record domain only the commands of its operation are accepted.
 */
public final class Dasd3390 extends AbstractDeviceModel {

    private final DasdConfig config;
    private final CkdVolume volume;
    private final ChainState chain = new ChainState();
    private final TrackCursor cursor;
    private final DasdContext context;
    private final ExtentCommands extent;
    private final SeekSearchCommands seekSearch;
    private final ReadCommands reads;
    private final WriteCommands writes;
    private final SubsystemCommands subsystem;

    public Dasd3390(DasdConfig config) {
        super(identityOf(config));
        this.config = config;
        this.volume = config.image()
                .map(path -> CkdVolume.image(path, config.model(), config.volser()))
                .orElseGet(() -> CkdVolume.inMemory(config.model(), config.volser()));
        this.cursor = new TrackCursor(volume, chain);
        this.context = new DasdContext(volume, chain, cursor);
        this.extent = new ExtentCommands(context);
        this.seekSearch = new SeekSearchCommands(context);
        this.reads = new ReadCommands(context);
        this.writes = new WriteCommands(context);
        this.subsystem = new SubsystemCommands(
                DeviceCharacteristics.of(config.model(), config.controlUnit()),
                ConfigurationData.of(config.model(), config.controlUnit(), volume.volser(), config.unitAddress()));
    }

    /** Sense ID: FF 3990 &lt;cu model&gt; 3390 &lt;model&gt; 00 and the 3990's CIWs (spec §8.1). */
    public static DeviceIdentity identityOf(DasdConfig config) {
        StorageControl3990 cu = config.controlUnit();
        return new DeviceIdentity(StorageControl3990.CU_TYPE, cu.modelByte(), 0x3390, config.model().modelByte(),
                cu.commandInformationWords());
    }

    public DasdConfig config() {
        return config;
    }

    /** The volume serial of the label (an existing image keeps its own). */
    public String volser() {
        return volume.volser();
    }

    /** Tracks that hold a stored image; 0 until a program writes. */
    public int storedTrackCount() {
        return volume.storedTrackCount();
    }

    /** True after Reserve or Unconditional Reserve until Release. */
    public boolean reserved() {
        return subsystem.reserved();
    }

    @Override
    public void beginChannelProgram() {
        chain.reset();
        cursor.resynchronise();
    }

    @Override
    protected int senseLength() {
        return DasdSense.LENGTH;
    }

    @Override
    protected byte[] statusSense() {
        return cursor.statusSense();
    }

    @Override
    protected byte[] commandRejectSense(int message) {
        return context.reject(message).sense();
    }

    @Override
    protected DeviceResponse executeDeviceCommand(DeviceCommand command) {
        int code = command.code();
        boolean domainCommand = chain.inDomain();
        if (domainCommand && !allowedInDomain(code, chain.locateOperation())) {
            throw context.reject(MSG_INVALID_SEQUENCE);
        }
        DeviceResponse response;
        try {
            response = dispatch(command);
        } catch (UncheckedIOException e) {
            // The image file failed: equipment check, format 1 message 0 (spec §8.4).
            throw cursor.check(DasdSense.BYTE0_EQUIPMENT_CHECK, 0, 0x10);
        }
        if (response != null && domainCommand) {
            chain.consumeDomain();
        }
        return response;
    }

    private static boolean allowedInDomain(int code, int operation) {
        return switch (operation) {
            case ChainState.OP_READ_DATA -> (code & 0x7F) == ReadCommands.READ_DATA;
            case ChainState.OP_WRITE_DATA -> (code & 0x7F) == WriteCommands.WRITE_DATA;
            case ChainState.OP_FORMAT_WRITE -> code == WriteCommands.WRITE_COUNT_KEY_DATA
                    || code == WriteCommands.WRITE_RECORD_ZERO;
            case ChainState.OP_READ_TRACKS -> code == ReadCommands.READ_TRACK;
            default -> false;
        };
    }

    private DeviceResponse dispatch(DeviceCommand c) {
        int code = c.code();
        if (SeekSearchCommands.isSearch(code)) {
            return seekSearch.searchId(c);
        }
        return switch (code) {
            case ExtentCommands.DEFINE_EXTENT -> extent.defineExtent(c);
            case ExtentCommands.LOCATE_RECORD -> extent.locateRecord(c);
            case ExtentCommands.SET_FILE_MASK -> extent.setFileMask(c);
            case SeekSearchCommands.SEEK, SeekSearchCommands.SEEK_CYLINDER, SeekSearchCommands.SEEK_HEAD ->
                    seekSearch.seek(c);
            case SeekSearchCommands.READ_SECTOR -> seekSearch.readSector(c);
            case SeekSearchCommands.SET_SECTOR -> seekSearch.setSector(c);
            case ReadCommands.READ_DATA, ReadCommands.READ_DATA | 0x80 -> reads.readData(c);
            case ReadCommands.READ_KEY_DATA, ReadCommands.READ_KEY_DATA | 0x80 -> reads.readKeyData(c);
            case ReadCommands.READ_COUNT, ReadCommands.READ_COUNT | 0x80 -> reads.readCount(c);
            case ReadCommands.READ_RECORD_ZERO, ReadCommands.READ_RECORD_ZERO | 0x80 -> reads.readRecordZero(c);
            case ReadCommands.READ_HOME_ADDRESS, ReadCommands.READ_HOME_ADDRESS | 0x80 -> reads.readHomeAddress(c);
            case ReadCommands.READ_COUNT_KEY_DATA, ReadCommands.READ_COUNT_KEY_DATA | 0x80 ->
                    reads.readCountKeyData(c);
            case ReadCommands.READ_TRACK -> reads.readTrack(c);
            case WriteCommands.WRITE_DATA, WriteCommands.WRITE_UPDATE_DATA -> writes.writeData(c);
            case WriteCommands.WRITE_COUNT_KEY_DATA -> writes.writeCountKeyData(c);
            case WriteCommands.WRITE_RECORD_ZERO -> writes.writeRecordZero(c);
            case SubsystemCommands.READ_DEVICE_CHARACTERISTICS -> subsystem.readDeviceCharacteristics(c);
            case SubsystemCommands.READ_CONFIGURATION_DATA -> subsystem.readConfigurationData(c);
            case SubsystemCommands.RESERVE, SubsystemCommands.RELEASE, SubsystemCommands.UNCONDITIONAL_RESERVE ->
                    subsystem.reserveOrRelease(c, sense());
            case SubsystemCommands.SENSE_PATH_GROUP_ID -> subsystem.sensePathGroupId(c);
            case SubsystemCommands.SET_PATH_GROUP_ID -> subsystem.setPathGroupId(c, context);
            default -> null;
        };
    }

    @Override
    public void close() {
        volume.close();
    }
}
