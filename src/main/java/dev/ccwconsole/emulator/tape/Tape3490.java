package dev.ccwconsole.emulator.tape;

import dev.ccwconsole.emulator.device.AbstractDeviceModel;
import dev.ccwconsole.emulator.device.DeviceCommand;
import dev.ccwconsole.emulator.device.DeviceIdentity;
import dev.ccwconsole.emulator.device.DeviceResponse;
import dev.ccwconsole.emulator.device.UnitCheckException;
import dev.ccwconsole.emulator.device.UnitStatus;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An IBM 3490 cartridge tape drive (Sense ID {@code FF 3490 50 3490 50}, spec §8.1) with one cartridge: write,
 * read forward, read backward, block and file spacing, tape marks, rewind and rewind-unload.
 *
 * <p>Read backward transfers the block last byte first, as the drive reads it moving backwards: {@code input[0]}
 * is the block's last byte. (The channel stores a read-backward transfer at descending addresses, so the block
 * lands in memory in its original order; that is the channel's business.) With a count shorter than the block,
 * the last {@code count} bytes of the block are transferred.
 *
 * <p>Unit exception reports a tape mark met by a read or space command, and the end of tape after a write that
 * took the recorded data past the configured capacity (the block is still written).
 */
public final class Tape3490 extends AbstractDeviceModel {

    public static final DeviceIdentity IDENTITY = new DeviceIdentity(0x3490, 0x50, 0x3490, 0x50, List.of());

    static final int WRITE = 0x01;
    static final int READ_FORWARD = 0x02;
    static final int READ_BACKWARD = 0x0C;
    static final int REWIND = 0x07;
    static final int REWIND_UNLOAD = 0x0F;
    static final int WRITE_TAPE_MARK = 0x1F;
    static final int BACKSPACE_BLOCK = 0x27;
    static final int BACKSPACE_FILE = 0x2F;
    static final int FORWARD_SPACE_BLOCK = 0x37;
    static final int FORWARD_SPACE_FILE = 0x3F;

    private final TapeConfig config;
    private final TapeMedium medium;
    private boolean loaded = true;
    private int position;

    public Tape3490(TapeConfig config) {
        super(IDENTITY);
        this.config = config;
        this.medium = config.image().<TapeMedium>map(FileTapeMedium::open).orElseGet(MemoryTapeMedium::new);
    }

    public boolean loaded() {
        return loaded;
    }

    /** Blocks and tape marks between the load point and the head. */
    public int position() {
        return position;
    }

    public int recordedBlocks() {
        return medium.size();
    }

    /**
     * The operator loads the cartridge again after a rewind-unload: the drive becomes ready at load point and
     * presents device end as unsolicited status (not-ready to ready).
     */
    public void mount() {
        if (!loaded) {
            loaded = true;
            position = 0;
            presentUnsolicited(UnitStatus.DEVICE_END);
        }
    }

    @Override
    public void beginChannelProgram() {
        // A tape keeps no chain-scoped state: position and medium persist across programs.
    }

    @Override
    protected int senseLength() {
        return TapeSense.LENGTH;
    }

    @Override
    protected byte[] statusSense() {
        return TapeSense.build(0, stateBits(), 0);
    }

    private int stateBits() {
        int bits = config.fileProtected() ? TapeSense.BYTE1_FILE_PROTECTED : 0;
        return loaded && position == 0 ? bits | TapeSense.BYTE1_AT_LOAD_POINT : bits;
    }

    @Override
    protected byte[] commandRejectSense(int message) {
        return TapeSense.build(TapeSense.BYTE0_COMMAND_REJECT, stateBits(), TapeSense.ERA_COMMAND_REJECT);
    }

    @Override
    protected DeviceResponse executeDeviceCommand(DeviceCommand command) {
        int code = command.code();
        if (!isTapeCommand(code)) {
            return null;
        }
        if (!loaded) {
            throw new UnitCheckException(TapeSense.build(TapeSense.BYTE0_INTERVENTION_REQUIRED, stateBits(),
                    TapeSense.ERA_INTERVENTION_REQUIRED));
        }
        try {
            return switch (code) {
                case WRITE -> write(command);
                case WRITE_TAPE_MARK -> record(TapeBlock.TAPE_MARK, 0);
                case READ_FORWARD -> forward(command.count(), true);
                case FORWARD_SPACE_BLOCK -> forward(0, false);
                case READ_BACKWARD -> backward(command.count(), true);
                case BACKSPACE_BLOCK -> backward(0, false);
                case FORWARD_SPACE_FILE -> forwardSpaceFile();
                case BACKSPACE_FILE -> backspaceFile();
                case REWIND -> rewind(false);
                default -> rewind(true);
            };
        } catch (UncheckedIOException e) {
            throw new UnitCheckException(TapeSense.build(0x10, stateBits(), 0));
        }
    }

    private static boolean isTapeCommand(int code) {
        return code == WRITE || code == READ_FORWARD || code == READ_BACKWARD || code == REWIND
                || code == REWIND_UNLOAD || code == WRITE_TAPE_MARK || code == BACKSPACE_BLOCK
                || code == BACKSPACE_FILE || code == FORWARD_SPACE_BLOCK || code == FORWARD_SPACE_FILE;
    }

    private DeviceResponse write(DeviceCommand command) {
        if (command.count() == 0) {
            throw commandReject(MSG_INVALID_PARAMETER);
        }
        return record(TapeBlock.of(command.output()), command.count());
    }

    private DeviceResponse record(TapeBlock block, int consumed) {
        if (config.fileProtected()) {
            throw new UnitCheckException(TapeSense.build(TapeSense.BYTE0_COMMAND_REJECT, stateBits(),
                    TapeSense.ERA_COMMAND_REJECT));
        }
        medium.writeAt(position, block);
        position++;
        int status = medium.bytesRecorded() > config.capacityBytes() ? UnitStatus.CE_DE | UnitStatus.UNIT_EXCEPTION
                : UnitStatus.CE_DE;
        return new DeviceResponse(status, new byte[0], consumed, false);
    }

    /** Read forward or forward space block: a tape mark is passed with unit exception. */
    private DeviceResponse forward(int count, boolean transfer) {
        if (position >= medium.size()) {
            throw new UnitCheckException(TapeSense.build(TapeSense.BYTE0_DATA_CHECK, stateBits(), 0));
        }
        TapeBlock block = medium.block(position++);
        if (block.tapeMark()) {
            return DeviceResponse.status(UnitStatus.CE_DE | UnitStatus.UNIT_EXCEPTION);
        }
        return transfer ? DeviceResponse.read(block.data(), count) : DeviceResponse.status(UnitStatus.CE_DE);
    }

    /** Read backward or backspace block; at load point there is nothing behind the head. */
    private DeviceResponse backward(int count, boolean transfer) {
        if (position == 0) {
            throw commandReject(MSG_INVALID_SEQUENCE);
        }
        TapeBlock block = medium.block(--position);
        if (block.tapeMark()) {
            return DeviceResponse.status(UnitStatus.CE_DE | UnitStatus.UNIT_EXCEPTION);
        }
        if (!transfer) {
            return DeviceResponse.status(UnitStatus.CE_DE);
        }
        byte[] data = block.data();
        byte[] reversed = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            reversed[i] = data[data.length - 1 - i];
        }
        return DeviceResponse.read(reversed, count);
    }

    /** Moves past the next tape mark. */
    private DeviceResponse forwardSpaceFile() {
        while (position < medium.size()) {
            if (medium.block(position++).tapeMark()) {
                return DeviceResponse.status(UnitStatus.CE_DE);
            }
        }
        throw new UnitCheckException(TapeSense.build(TapeSense.BYTE0_DATA_CHECK, stateBits(), 0));
    }

    /** Moves back over the previous tape mark, stopping on its load-point side. */
    private DeviceResponse backspaceFile() {
        if (position == 0) {
            throw commandReject(MSG_INVALID_SEQUENCE);
        }
        while (position > 0) {
            if (medium.block(--position).tapeMark()) {
                return DeviceResponse.status(UnitStatus.CE_DE);
            }
        }
        // Reached the load point without a tape mark.
        throw commandReject(MSG_INVALID_SEQUENCE);
    }

    private DeviceResponse rewind(boolean unload) {
        position = 0;
        loaded = !unload;
        return DeviceResponse.status(UnitStatus.CE_DE);
    }

    @Override
    public void close() {
        medium.close();
    }
}
